package org.itut.compliance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 parts 2-4 on the bundled register as of 2026-02-15: one edition policy (carried-forward, never
 * "verified" beside "text not encoded"), TSB as the subject of TSB's acts, and no FAIL for conduct the text allows.
 */
class EditionsAndAttributionRegisterTest {
    private static Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        report = TestEngine.get().evaluate(FactReader.readRegister(), LocalDate.of(2026, 2, 15));
    }

    @Test
    void should_never_say_verified_beside_text_not_encoded() {
        assertThat(report.findings()).noneMatch(f -> f.citation().status() == Status.VERIFIED
                && (f.citation().note().contains("not encoded") || f.message().contains("not encoded")));
    }

    @Test
    void should_cap_every_carried_forward_finding_at_warning_and_name_the_text_applied() {
        List<Finding> carried = report.findings().stream().filter(f -> f.citation().status() == Status.CARRIED_FORWARD).toList();
        assertThat(carried).isNotEmpty().allSatisfy(f -> {
            assertThat(f.level() == null || !f.level().atLeast(Level.VIOLATION)).as(f.rule()).isTrue();
            assertThat(f.citation().textApplied()).as(f.rule()).isNotEmpty();
        });
    }

    @Test
    void should_list_a18_and_a8_of_january_2024_among_the_editions_and_tell_applied_from_merely_in_force() {
        assertThat(report.editions()).extracting(e -> e.instrument() + " " + e.edition())
                .contains("ITU-T A.18 05/2025", "ITU-T A.8 01/2024", "ITU-T A.7 08/2024", "ITU-T A.1 09/2019",
                        "WTSA Res. 1 Rev. Geneva, 2022");
        EditionApplied a8 = report.editions().stream().filter(e -> e.instrument().equals("ITU-T A.8")).findFirst().orElseThrow();
        assertThat(a8.applied()).isFalse();
        assertThat(a8.inForceOnAsOf()).isTrue();
        EditionApplied a18 = report.editions().stream().filter(e -> e.edition().equals("05/2025")).findFirst().orElseThrow();
        assertThat(a18.applied()).isTrue();
        assertThat(a18.textApplied()).isEqualTo("ITU-T A.1 10/2016");
        // Res. 1 (New Delhi, 2024) stays unregistered: its existence is unconfirmed.
        assertThat(report.editions()).noneMatch(e -> e.edition().contains("2024") && e.instrument().contains("Res. 1"));
    }

    @Test
    void should_pass_res1_4_3_on_the_2025_acts_as_carried_forward() {
        Finding f = report.findingsOf("RES1-4.3-tsag-monitors-jcas").get(0);
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
        assertThat(f.citation().reference()).isEqualTo("WTSA Res. 1 (Rev. Geneva, 2022), clause not mapped");
        assertThat(f.citation().textApplied()).isEqualTo("WTSA Res. 1 (Rev. Hammamet, 2016) clause 4.3");
    }

    @Test
    void should_make_tsb_the_subject_of_its_acts_and_keep_each_finding_distinct_by_its_evidence() {
        List<Finding> tsb = report.findings().stream().filter(f -> f.subject().equals("TSB")).toList();
        assertThat(tsb).extracting(Finding::rule).contains("A1-1.1.1-meeting-approved-by-director",
                "RES1-7.1.3-q-distributed-one-month", "RES1-7.3.2-q-consultation-period");
        Set<String> keys = new HashSet<>();
        for (Finding f : tsb) {
            assertThat(f.evidence()).as(f.rule() + ": " + f.message()).containsKey("target");
            assertThat(keys.add(f.rule() + "|" + f.due() + "|" + f.evidence())).as("distinct: " + f.rule() + " " + f.evidence()).isTrue();
        }
        // No group is the subject of the Director's approval of its meetings any more.
        assertThat(report.findingsOf("A1-1.1.1-meeting-approved-by-director")).allMatch(f -> f.subject().equals("TSB"));
    }

    @Test
    void should_report_no_fail_for_conduct_the_report_calls_allowed_or_acceptable() {
        assertThat(report.findings(Outcome.FAIL)).noneMatch(f -> f.message().contains("acceptable")
                || f.message().contains("as its terms allow") || f.message().contains("Stale reference")
                || f.message().contains("co-chairs") || f.message().contains("blank"));
        assertThat(report.findingsOf("A1-1.6-ca-conclude-by-contribution-deadline")).allMatch(f -> f.outcome() != Outcome.FAIL);
        assertThat(report.findingsOf("A1-5.2-jca-chairman")).allMatch(f -> f.outcome() == Outcome.PASS);
        assertThat(report.findingsOf("A1-5.2-jca-anticipated-lifetime")).allMatch(f -> f.outcome() == Outcome.PASS);
    }

    @Test
    void should_judge_the_jcg_report_against_the_meetings_of_every_group_it_reports_to() {
        assertThat(report.findingsOf("A1-1.6-ca-report-by-contribution-deadline"))
                .extracting(f -> f.evidence().get("to"))
                .contains("TSAG", "SG17", "SG20");
    }
}
