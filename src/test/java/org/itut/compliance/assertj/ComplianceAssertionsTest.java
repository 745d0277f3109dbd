package org.itut.compliance.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itut.compliance.Outcome.FAIL;
import static org.itut.compliance.Outcome.INDETERMINATE;
import static org.itut.compliance.Outcome.PASS;
import static org.itut.compliance.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.itut.compliance.Citation;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.Test;

/** The AssertJ assertions pass on what is there and, when they fail, list what was found instead. */
class ComplianceAssertionsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);
    private static final Citation A1_16 = new Citation("ITU-T A.1", "09/2019", "1.6", "t", Status.VERIFIED, "");
    private static final Citation A1_162 = new Citation("ITU-T A.1", "09/2019", "1.6.2", "t", Status.VERIFIED, "");

    private static final Report REPORT = new Report(AS_OF, List.of(
            new Finding("A1-1.6-ca-convener", FAIL, Level.WARNING, "CG-X", "No convener or co-convener is recorded", A1_16, Map.of(), null),
            new Finding("A1-1.6-ca-convener", PASS, null, "JCG-IoTSec", "2 co-conveners", A1_16, Map.of("conveners", "A, B"), null),
            new Finding("A1-1.6-report", INDETERMINATE, null, "JCG-IoTSec", "The report's date is unknown", A1_162, Map.of(),
                    LocalDate.of(2025, 11, 3)),
            new Finding("A1-9-x", FAIL, Level.VIOLATION, "SG17", "A violation 100% sure", A1_162, Map.of(), LocalDate.of(2026, 1, 5))),
            List.of(), List.of(), List.of());

    @Test
    void should_pass_on_a_clean_report() throws Exception {
        // GIVEN the bundled register, whose correspondence group has a convener, judged without the approval
        // rules (Res. 1 sections 7-9, A.8), whose INDETERMINATE findings on the register are required by
        // procedures.md §4.4 and checked in Circular101Test, and without the meeting, document and rapporteur rules,
        // whose INDETERMINATE findings on the register are required by §4.0-§4.2 (MeetingsAndDocumentsRegisterTest)
        Report full = TestEngine.get().evaluate(FactReader.readRegister(), AS_OF);
        Report report = new Report(full.asOf(), full.findings().stream().filter(f -> !f.rule().matches("^(RES1-[789]\\.|A8-).*"))
                .filter(f -> !f.rule().matches("^(A1-(1\\.[13457]\\.|2\\.3\\.3|3\\.|AppI-)|RES1-(4\\.7|5\\.2|6\\.1)-).*"))
                .toList(), full.determinations(), full.rules(), full.editions());
        // THEN
        assertThat(report).hasNoViolations().hasNoIndeterminate()
                .hasFinding("A1-1.6-ca-convener").about("JCG-IoTSec").withOutcome(PASS).citing("1.6").hasCount(1);
    }

    @Test
    void should_narrow_findings_by_subject_outcome_level_due_date_and_citation() {
        assertThat(REPORT).hasFinding("A1-1.6-ca-convener").about("CG-X").withOutcome(FAIL).withLevel(Level.WARNING).citing("1.6")
                .withMessageContaining("No convener");
        assertThat(REPORT).hasFinding("A1-1.6-report").dueOn(LocalDate.of(2025, 11, 3)).citing("1.6.2").citing("ITU-T A.1 (09/2019)");
        assertThat(REPORT).hasFinding("A1-1.6-ca-convener").about("JCG-IoTSec").single().hasOutcome(PASS).hasEvidence("conveners", "A, B")
                .isAbout("JCG-IoTSec").cites("1.6");
        assertThat(REPORT).hasNoFindingOf("A1-2-none");
    }

    @Test
    void should_list_the_violations_when_there_are_some() {
        assertThatThrownBy(() -> assertThat(REPORT).hasNoViolations())
                .hasMessageContaining("to have no failure at VIOLATION or above, but it has 1:")
                .hasMessageContaining("A1-9-x · SG17 · FAIL VIOLATION · due 2026-01-05 · A violation 100% sure [ITU-T A.1 (09/2019) clause 1.6.2]");
    }

    @Test
    void should_list_the_indeterminate_findings_when_there_are_some() {
        assertThatThrownBy(() -> assertThat(REPORT).hasNoIndeterminate())
                .hasMessageContaining("to have no INDETERMINATE finding, but it has 1:")
                .hasMessageContaining("A1-1.6-report · JCG-IoTSec · INDETERMINATE");
    }

    @Test
    void should_show_what_was_found_instead_of_the_expected_outcome() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFinding("A1-1.6-ca-convener").about("JCG-IoTSec").withOutcome(FAIL))
                .hasMessageContaining("to have a finding of rule \"A1-1.6-ca-convener\" about \"JCG-IoTSec\" with outcome FAIL,")
                .hasMessageContaining("but the findings of rule \"A1-1.6-ca-convener\" about \"JCG-IoTSec\" are:")
                .hasMessageContaining("A1-1.6-ca-convener · JCG-IoTSec · PASS · 2 co-conveners")
                .hasMessageNotContaining("CG-X");
    }

    @Test
    void should_show_the_subjects_there_are_when_the_subject_is_wrong() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFinding("A1-1.6-ca-convener").about("SG20"))
                .hasMessageContaining("A1-1.6-ca-convener · CG-X · FAIL WARNING")
                .hasMessageContaining("A1-1.6-ca-convener · JCG-IoTSec · PASS");
    }

    @Test
    void should_name_the_rules_with_findings_when_a_rule_has_none() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFinding("A1-7-missing"))
                .hasMessageContaining("to have a finding of rule \"A1-7-missing\", but it has none (no rule of that id was evaluated)")
                .hasMessageContaining("A1-1.6-ca-convener, A1-1.6-report, A1-9-x");
    }

    @Test
    void should_match_a_clause_as_a_whole() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFinding("A1-1.6-report").citing("1.6"))
                .hasMessageContaining("citing \"1.6\"");
        assertThatThrownBy(() -> assertThat(REPORT).hasFinding("A1-1.6-ca-convener").citing("1"))
                .hasMessageContaining("citing \"1\"");
    }

    @Test
    void should_check_level_and_due_date() {
        assertThatThrownBy(() -> assertThat(REPORT).hasFinding("A1-9-x").withLevel(Level.WARNING))
                .hasMessageContaining("with level WARNING").hasMessageContaining("FAIL VIOLATION");
        assertThatThrownBy(() -> assertThat(REPORT).hasFinding("A1-9-x").dueOn(LocalDate.of(2026, 1, 6)))
                .hasMessageContaining("due on 2026-01-06").hasMessageContaining("due 2026-01-05");
    }

    @Test
    void should_keep_the_description_along_the_chain() {
        assertThatThrownBy(() -> assertThat(REPORT).as("SG17 register").hasFinding("A1-9-x").withOutcome(Outcome.PASS))
                .hasMessageContaining("[SG17 register]");
    }

    @Test
    void should_check_one_finding() {
        Finding f = REPORT.findings().get(0);
        assertThat(f).hasOutcome(FAIL).hasLevel(Level.WARNING).isAbout("CG-X").cites("1.6").hasMessageContaining("convener");
        assertThatThrownBy(() -> assertThat(f).hasOutcome(PASS))
                .hasMessageContaining("Expecting the finding to have outcome PASS, but it is:")
                .hasMessageContaining("A1-1.6-ca-convener · CG-X · FAIL WARNING");
    }
}
