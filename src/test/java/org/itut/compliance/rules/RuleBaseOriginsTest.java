package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.itut.compliance.Finding;
import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Engine;
import org.itut.compliance.internal.Parameters;
import org.itut.compliance.internal.RuleBase;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The executable model the build generates and the DRL compiled at run time ({@code -Ditut.rules=drl}) are two
 * ways to one rule base: on every case of every case file and on the bundled register they give equal reports,
 * finding for finding (every field), determination for determination.
 */
class RuleBaseOriginsTest {
    private static Engine precompiled;
    private static Engine drl;

    @BeforeAll
    static void build() {
        Parameters parameters = Parameters.bundled();
        precompiled = new Engine(RuleBase.build(RuleBase.Origin.PRECOMPILED), parameters);
        drl = new Engine(RuleBase.build(RuleBase.Origin.DRL), parameters);
    }

    @Test
    void both_rule_bases_hold_the_same_rules_with_the_same_metadata_from_the_same_files() {
        // GIVEN the two rule bases
        RuleBase a = precompiled.rules();
        RuleBase b = drl.rules();
        // THEN each is what it says, and they agree on rules, metadata, files and the rule-set digest
        assertThat(a.origin()).isEqualTo(RuleBase.Origin.PRECOMPILED);
        assertThat(b.origin()).isEqualTo(RuleBase.Origin.DRL);
        assertThat(a.metas()).hasSizeGreaterThan(150).isEqualTo(b.metas());
        assertThat(a.files()).isEqualTo(b.files());
        assertThat(a.sha256()).isEqualTo(b.sha256());
        assertThat(precompiled.catalogue()).isEqualTo(drl.catalogue());
    }

    @TestFactory
    List<DynamicNode> every_case_gives_equal_reports_on_both_rule_bases() {
        List<DynamicNode> files = new ArrayList<>();
        for (String rel : CaseFiles.caseFiles()) {
            CaseFiles.CaseFile file = CaseFiles.load(rel);
            files.add(DynamicContainer.dynamicContainer(rel, file.cases().stream()
                    .map(c -> (DynamicNode) DynamicTest.dynamicTest(c.name(), () -> assertEqualReports(c.given(), c.asOf(), rel)))
                    .toList()));
        }
        assertThat(files).hasSizeGreaterThan(80);
        return files;
    }

    @Test
    void the_register_gives_equal_reports_on_both_rule_bases_on_several_dates() throws Exception {
        // GIVEN the bundled register, judged before, across and after the edition changes
        Submission register = FactReader.readRegister();
        for (LocalDate asOf : List.of(LocalDate.of(2018, 6, 1), LocalDate.of(2022, 3, 1), LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 4, 4), LocalDate.of(2027, 1, 1))) {
            // WHEN it is evaluated on each rule base THEN the reports are equal, and not trivially
            Report report = assertEqualReports(register, asOf, "the register as of " + asOf);
            assertThat(report.findings()).as("findings on the register as of %s", asOf).hasSizeGreaterThan(50);
        }
    }

    private static Report assertEqualReports(Submission facts, LocalDate asOf, String what) {
        Report a = precompiled.evaluate(facts, asOf);
        Report b = drl.evaluate(facts, asOf);
        assertThat(a.findings()).as("findings of %s, precompiled vs DRL; only precompiled: %s; only DRL: %s", what,
                minus(a.findings(), b.findings()), minus(b.findings(), a.findings())).isEqualTo(b.findings());
        assertThat(a.determinations()).as("determinations of %s", what).isEqualTo(b.determinations());
        assertThat(a).as("the whole report on %s", what).isEqualTo(b);
        return a;
    }

    private static List<Finding> minus(List<Finding> x, List<Finding> y) {
        List<Finding> rest = new ArrayList<>(x);
        y.forEach(rest::remove);
        return rest;
    }
}
