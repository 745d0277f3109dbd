package org.itut.compliance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The meeting, document and rapporteur rules on the bundled register (the facts of the five source
 * documents), against the walkthrough of the provision catalogue (procedures.md §4.0–§4.3).
 */
class MeetingsAndDocumentsRegisterTest {
    private static final String REPORT = "JCG-IoTSec-report-TSAG-2026-01";
    private static final String DRAFT_TOR = "TSAG-TD-draft-ToR-JCG-IoTSec";
    private static Submission register;
    private static Report afterTsag;

    @BeforeAll
    static void evaluate() throws Exception {
        register = FactReader.readRegister();
        afterTsag = TestEngine.get().evaluate(register, LocalDate.of(2026, 2, 1));
    }

    private static List<Finding> of(Report r, String rule, String evidenceKey, String evidenceValue) {
        return r.findingsOf(rule).stream().filter(f -> evidenceValue.equals(f.evidence().get(evidenceKey))).toList();
    }

    @Test
    void should_leave_the_jcg_report_td_availability_indeterminate_due_19_january_with_no_recent_event_exemption() {
        // GIVEN the JCG-IoTSec progress report, a TD for TSAG 26-30 January 2026 with unknown receipt and posting dates
        // WHEN the register is judged after the meeting
        List<Finding> f = of(afterTsag, "A1-3.3.3-td-availability-7d", "document", REPORT);
        // THEN it is indeterminate, due seven days before the first day, owed by the JCG, with no exemption (§4.2)
        assertThat(f).hasSize(1);
        Finding td = f.get(0);
        assertThat(td.outcome()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(td.due()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(td.subject()).isEqualTo("JCG-IoTSec");
        assertThat(td.evidence()).containsEntry("target", "TSAG-2026-01");
        assertThat(td.evidence().get("exemption")).startsWith("none").contains("2025-12-08").contains("2026-01-05");
        // Issue 9 part 3: the A.1 (09/2019) table of contents evidences clause 3.3, not the sub-clause number 3.3.3.
        assertThat(td.citation().clause()).isEqualTo("3.3");
        assertThat(td.citation().edition()).isEqualTo("09/2019");
        assertThat(td.citation().status()).isEqualTo(org.itut.compliance.Status.CARRIED_FORWARD);
        assertThat(td.citation().textApplied()).isEqualTo("ITU-T A.1 (10/2016) clause 3.3.3");
        assertThat(of(afterTsag, "A1-3.3.3-recent-event-report-2d", "document", REPORT)).isEmpty();
    }

    @Test
    void should_pass_the_jcg_report_and_the_draft_tor_as_tds_not_contributions() {
        // GIVEN the convener report (001) and the chairs' draft-ToR TD (002), both TDs to TSAG meetings
        // THEN A.1 3.1.1 passes both (§4.2, §4.3)
        assertThat(of(afterTsag, "A1-3.1.1-contributor-eligibility", "document", REPORT))
                .singleElement().satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.PASS);
                    assertThat(f.subject()).isEqualTo("JCG-IoTSec");
                });
        assertThat(of(afterTsag, "A1-3.1.1-contributor-eligibility", "document", DRAFT_TOR))
                .singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.PASS));
        // and neither is judged as a contribution
        assertThat(of(afterTsag, "A1-3.1.8-contribution-deadline", "document", REPORT)).isEmpty();
    }

    @Test
    void should_put_the_jcg_report_in_the_obligations_view_as_pending_before_the_due_date() {
        // GIVEN the register judged on 10 January 2026, before the TD is due
        Report before = TestEngine.get().evaluate(register, LocalDate.of(2026, 1, 10));
        // WHEN a secretariat lists the January obligations
        List<Finding> january = before.obligations(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        // THEN the availability of the JCG report for TSAG is there, pending, due 19 January, with its target
        assertThat(january).filteredOn(f -> f.rule().equals("A1-3.3.3-td-availability-7d") && REPORT.equals(f.evidence().get("document")))
                .singleElement().satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.PENDING);
                    assertThat(f.due()).isEqualTo(LocalDate.of(2026, 1, 19));
                    assertThat(f.evidence()).containsEntry("target", "TSAG-2026-01");
                });
    }

    @Test
    void should_not_apply_the_a1_meeting_rules_to_jcg_meetings() {
        // GIVEN JCG-IoTSec meetings #1 to #6 (Circular 67 and the progress report)
        java.util.Collection<String> jcgMeetings = List.of("JCG-IoTSec-1", "JCG-IoTSec-2", "JCG-IoTSec-3", "JCG-IoTSec-4", "JCG-IoTSec-5", "JCG-IoTSec-6");
        // THEN the A.1 meeting rules either do not match them or say NOT_APPLICABLE (§4.1, §4.2)
        for (Finding f : afterTsag.findings()) {
            boolean aboutJcgMeeting = jcgMeetings.contains(f.evidence().getOrDefault("target", ""))
                    || jcgMeetings.contains(f.evidence().getOrDefault("meeting", ""));
            if (aboutJcgMeeting && (f.rule().startsWith("A1-1.") || f.rule().startsWith("A1-2.3.3") || f.rule().startsWith("A1-3.")
                    || f.rule().startsWith("RES1-5"))) {
                assertThat(f.outcome()).as(f.rule() + " on " + f.evidence()).isEqualTo(Outcome.NOT_APPLICABLE);
            }
        }
        assertThat(of(afterTsag, "A1-1.3.2-collective-letter-timing", "target", "JCG-IoTSec-1"))
                .singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE));
        assertThat(of(afterTsag, "A1-2.3.3.13-no-rgm-during-sg-wp", "meeting", "JCG-IoTSec-1"))
                .singleElement().satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
                    assertThat(f.message()).contains("SG20-2025-09").contains("not a rapporteur meeting");
                });
        assertThat(afterTsag.findings()).filteredOn(f -> f.rule().startsWith("A1-1.7") && f.subject().startsWith("JCG")).isEmpty();
    }

    @Test
    void should_derive_the_meeting_calendar_of_the_walkthrough_for_sg17_and_tsag() {
        // THEN the due dates of §4.0 appear on the open-world (indeterminate) findings
        assertThat(due("A1-1.3.2-collective-letter-timing", "SG17-2025-12")).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(due("A1-1.3.2-collective-letter-timing", "TSAG-2026-01")).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(due("A1-1.1.4-timetable-one-year", "SG17-2025-12")).isEqualTo(LocalDate.of(2024, 12, 3));
        assertThat(due("A1-1.1.4-timetable-one-year", "TSAG-2026-01")).isEqualTo(LocalDate.of(2025, 1, 26));
        for (String rule : List.of("A1-1.3.2-collective-letter-timing", "A1-1.1.4-timetable-one-year", "A1-1.1.1-meeting-approved-by-director")) {
            assertThat(of(afterTsag, rule, "target", "TSAG-2026-01")).singleElement()
                    .satisfies(f -> assertThat(f.outcome()).as(rule).isEqualTo(Outcome.INDETERMINATE));
        }
    }

    @Test
    void should_treat_tsag_meetings_as_in_scope_and_res1_2016_acts_after_2022_as_not_encoded() {
        // TSAG meetings are judged by the A.1 meeting rules (Res. 1 4.7) ...
        assertThat(of(afterTsag, "A1-1.7.1-meeting-report", "target", "TSAG-2026-01")).hasSize(1);
        // ... while Res. 1 (2016) 5.2 on a 2026 meeting yields "edition applies, text not encoded"
        assertThat(of(afterTsag, "RES1-5.2-meeting-dates-by-director", "target", "TSAG-2026-01")).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE);
            assertThat(f.citation().edition()).isEqualTo("Rev. Geneva, 2022");
        });
    }

    @Test
    void should_leave_the_tsag_liaison_on_jca_idm_indeterminate_as_its_fields_are_not_recorded() {
        assertThat(of(afterTsag, "A1-1.5.1-ls-content", "liaison statement", "TSAG-LS-JCA-IdM")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE));
    }

    private static LocalDate due(String rule, String meeting) {
        List<Finding> f = of(afterTsag, rule, "target", meeting);
        assertThat(f).as(rule + " for " + meeting).hasSize(1);
        return f.get(0).due();
    }
}
