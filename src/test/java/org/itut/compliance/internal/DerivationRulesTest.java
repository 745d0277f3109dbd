package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Rules that only derive facts (classify once, then judge) carry {@code @derivation} instead of a
 * citation. Each must be alive: it fires on the bundled register or on the facts of some case file.
 */
class DerivationRulesTest {

    /** The derivation rules, listed so that adding one is a conscious change. */
    private static final Set<String> DERIVATIONS = Set.of(
            "A8-aap-approval-status", "RES1-9.5-tap-approval-status",
            "derive-meeting-calendar", "derive-fact-index", "derive-group-status", "determine-group-status", "derive-inventories",
            "index-document-concerns", "index-document-addressees", "index-document-covers", "index-decision-subjects",
            "index-details-planned-meetings", "index-consultation-subjects",
            "RES1-7.2.3-frame", "RES1-7.2.3-tally", "RES1-7.3.2-frame", "RES1-7.3.2-tally",
            "RES1-7.4.1-frame", "RES1-7.4.1-tally", "RES1-9.4.1-frame", "RES1-9.4.1-tally",
            "derive-context-group", "derive-context-meeting", "derive-context-document", "derive-context-decision",
            "derive-context-consultation", "derive-context-question", "derive-annotations", "publish-conclusion",
            "determine-context", "determine-data-quality");

    private static final RuleBase RULES = RuleBase.build();
    private static final Parameters PARAMETERS = Parameters.bundled();

    @Test
    void the_derivation_rules_are_exactly_the_listed_ones() {
        Set<String> actual = new TreeSet<>();
        RULES.metas().stream().filter(RuleMeta::derivation).forEach(m -> actual.add(m.id()));
        assertThat(actual).isEqualTo(new TreeSet<>(DERIVATIONS));
    }

    @Test
    void every_derivation_rule_fires_on_the_register_or_on_some_case() throws Exception {
        Set<String> fired = new TreeSet<>();
        fire(FactReader.readRegister(), LocalDate.of(2026, 4, 4), fired);
        for (String file : org.itut.compliance.rules.CaseFilesAccess.caseFiles()) {
            for (var c : org.itut.compliance.rules.CaseFilesAccess.cases(file)) {
                fire(c.given(), c.asOf(), fired);
            }
        }
        assertThat(fired).containsAll(DERIVATIONS);
    }

    private static void fire(Submission s, LocalDate asOf, Set<String> fired) {
        KieSession session = RULES.kieBase().newKieSession();
        try {
            Evaluation out = new Evaluation(RULES, PARAMETERS, asOf);
            session.setGlobal("out", out);
            session.addEventListener(out.listener());
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(new AsOf(asOf));
            List<Object> facts = s.all();
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }
}
