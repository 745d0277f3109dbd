package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.itut.compliance.Outcome;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.TestEngine;
import org.junit.jupiter.api.Test;

/** Every rule is cited, has cases both ways, and lives beside a case file that mirrors it. */
class RuleCatalogueTest {

    @Test
    void every_rule_file_has_a_case_file_and_every_case_file_a_rule_file() {
        Set<String> rules = new TreeSet<>(CaseFiles.ruleFiles().stream().map(f -> f.replaceAll("\\.drl$", "")).toList());
        Set<String> cases = new TreeSet<>(CaseFiles.caseFiles().stream().map(f -> f.replaceAll("\\.yaml$", "")).toList());
        assertThat(cases).as("case files (cases/X.yaml for rules/X.drl)").isEqualTo(rules);
    }

    @Test
    void the_rule_base_holds_every_rule_written_in_the_rule_files() {
        int written = CaseFiles.ruleFiles().stream().mapToInt(f -> CaseFiles.rulesIn(f).size()).sum();
        int checking = TestEngine.get().rules().size();
        assertThat(checking).as("checking rules in the rule base").isPositive().isLessThanOrEqualTo(written);
    }

    @Test
    void every_rule_carries_its_citation_metadata() {
        for (RuleInfo r : TestEngine.get().rules()) {
            assertThat(r.instrument()).as(r.id() + " instrument").isNotBlank();
            assertThat(r.clause()).as(r.id() + " clause").isNotBlank();
            assertThat(r.title()).as(r.id() + " title").isNotBlank();
            assertThat(r.level()).as(r.id() + " level").isNotNull();
            assertThat(r.status()).as(r.id() + " status").isNotNull();
            assertThat(r.catalogue()).as(r.id() + " catalogue entries").isNotEmpty();
            assertThat(r.id()).as("rule id").matches("^(A1|A7|A8|RES1|GEN)-[A-Za-z0-9.]+(-[a-z0-9]+)+$|^TOR(-[a-z0-9]+)+$");
        }
    }

    @Test
    void every_rule_has_a_case_that_flags_and_a_case_that_passes() {
        Map<String, Set<Outcome>> seen = new TreeMap<>();
        for (String f : CaseFiles.caseFiles()) {
            for (CaseFiles.Case c : CaseFiles.load(f).cases()) {
                for (CaseFiles.Expected x : c.expect()) {
                    seen.computeIfAbsent(x.rule(), k -> new TreeSet<>()).add(Outcome.valueOf(x.outcome()));
                }
            }
        }
        List<String> lacking = new ArrayList<>();
        for (RuleInfo r : TestEngine.get().rules()) {
            Set<Outcome> s = seen.getOrDefault(r.id(), Set.of());
            if (!s.contains(Outcome.FAIL) || !s.contains(Outcome.PASS)) {
                lacking.add(r.id() + " " + s);
            }
        }
        assertThat(lacking).as("rules without both a FAIL case and a PASS case").isEmpty();
    }
}
