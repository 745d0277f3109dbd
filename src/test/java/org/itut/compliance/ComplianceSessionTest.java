package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.facts.Delivery;
import org.itut.compliance.facts.DeliveryRecipient;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.DocumentRole;
import org.itut.compliance.facts.FactChange;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.InvalidSubmissionException;
import org.itut.compliance.facts.Inventory;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.SubmissionProblem;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.rules.CaseFilesAccess;
import org.junit.jupiter.api.Test;

/** What a session promises besides equality with a fresh evaluation (ComplianceSessionPropertyTest). */
class ComplianceSessionTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);
    private static final Group SG17 = Group.of("SG17", GroupKind.STUDY_GROUP);
    private static final Meeting SEPTEMBER = Meeting.builder("SG17-2025-09", "SG17")
            .start(LocalDate.of(2025, 9, 1)).end(LocalDate.of(2025, 9, 5)).build();

    private static ComplianceEngine engine() {
        return TestEngine.get();
    }

    private static Submission sg17() {
        return Submission.builder().group(SG17).meeting(SEPTEMBER).build();
    }

    private static Finding meetingReport(Report r) {
        return r.findingsOf("A1-1.7.1-meeting-report").stream().filter(f -> "SG17-2025-09".equals(f.evidence().get("target")))
                .findFirst().orElseThrow();
    }

    @Test
    void should_report_what_a_fresh_evaluation_reports_when_opened_on_the_register() throws Exception {
        // GIVEN the bundled register
        Submission register = FactReader.readRegister();
        // WHEN a session is opened on it
        try (ComplianceSession session = engine().open(register, AS_OF)) {
            // THEN its report is the one evaluate gives, and it holds those facts
            assertThat(session.report()).isEqualTo(engine().evaluate(register, AS_OF));
            assertThat(session.submission()).isEqualTo(register);
            assertThat(session.size()).isEqualTo(register.size());
            assertThat(session.asOf()).isEqualTo(AS_OF);
        }
    }

    @Test
    void should_refuse_every_call_after_it_is_closed() {
        // GIVEN a session; WHEN it is closed, twice
        ComplianceSession session = engine().open(sg17(), AS_OF);
        session.close();
        session.close();
        // THEN any use says it is closed (its working memory is released: internal.SessionEngineTest)
        assertThat(session.isClosed()).isTrue();
        assertThatThrownBy(session::report).isInstanceOf(IllegalStateException.class).hasMessage("the session is closed");
        assertThatThrownBy(() -> session.insert(SG17)).isInstanceOf(IllegalStateException.class).hasMessage("the session is closed");
        assertThatThrownBy(session::submission).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::size).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_judge_every_change_as_of_the_date_it_was_opened_on() {
        // GIVEN a session as of 2025-09-03, while the meeting is still on
        try (ComplianceSession session = engine().open(sg17(), LocalDate.of(2025, 9, 3))) {
            // WHEN a meeting that ended before that date is inserted
            session.insert(Meeting.builder("SG17-2025-06", "SG17").start(LocalDate.of(2025, 6, 2)).end(LocalDate.of(2025, 6, 6)).build());
            Report r = session.report();
            // THEN the report is as of the session's date: a report is owed for the June meeting, not yet for September's
            assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 9, 3));
            assertThat(r.findingsOf("A1-1.7.1-meeting-report")).extracting(f -> f.evidence().get("target")).containsExactly("SG17-2025-06");
        }
    }

    @Test
    void should_answer_a_change_with_the_findings_it_added_and_removed() {
        // GIVEN a meeting whose report is not among the facts
        try (ComplianceSession session = engine().open(sg17(), AS_OF)) {
            Finding before = meetingReport(session.report());
            assertThat(before.outcome()).isEqualTo(Outcome.INDETERMINATE);
            // WHEN its report is inserted
            ReportDelta d = session.insert(Document.builder("SG17-R1", DocumentKind.REPORT).role(DocumentRole.MEETING_REPORT)
                    .source("SG17").covers("SG17-2025-09").build());
            // THEN the change removed the INDETERMINATE finding and added a PASS, and nothing else of that rule
            assertThat(d.removed()).contains(before);
            assertThat(d.added()).filteredOn(f -> f.rule().equals("A1-1.7.1-meeting-report"))
                    .singleElement().extracting(Finding::outcome).isEqualTo(Outcome.PASS);
            assertThat(session.report().findings()).containsAll(d.added()).doesNotContainAnyElementsOf(d.removed());
            // AND a change to what it already is changes nothing
            assertThat(session.update(SEPTEMBER).isEmpty()).isTrue();
        }
    }

    @Test
    void should_judge_absence_again_when_an_inventory_is_inserted_or_retracted() {
        // GIVEN a meeting without a report, so its absence is not known
        Inventory complete = new Inventory("SG17", List.of(DocumentKind.REPORT), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 12, 31));
        try (ComplianceSession session = engine().open(sg17(), AS_OF)) {
            assertThat(meetingReport(session.report()).outcome()).isEqualTo(Outcome.INDETERMINATE);
            // WHEN the reports of SG17 are declared complete
            session.insert(complete);
            // THEN the missing report is a failure; and unknown again once the declaration is withdrawn
            assertThat(meetingReport(session.report()).outcome()).isEqualTo(Outcome.FAIL);
            session.retractFact(complete);
            assertThat(meetingReport(session.report()).outcome()).isEqualTo(Outcome.INDETERMINATE);
        }
    }

    @Test
    void should_insert_a_meeting_before_its_group_in_one_batch_but_not_alone() {
        Group wp1 = Group.builder("WP1/17", GroupKind.WORKING_PARTY).parent("SG17").build();
        Meeting m = Meeting.builder("WP1-17-2026-01", "WP1/17").start(LocalDate.of(2026, 1, 12)).end(LocalDate.of(2026, 1, 13)).build();
        try (ComplianceSession session = engine().open(sg17(), AS_OF)) {
            // GIVEN a meeting whose group is not in the session
            // WHEN it is inserted alone, THEN it is refused, naming the key and what is missing
            assertThatThrownBy(() -> session.insert(m)).isInstanceOfSatisfying(InvalidSubmissionException.class, e ->
                    assertThat(e.problems()).extracting(SubmissionProblem::toString)
                            .containsExactly("meetings[1].group (WP1-17-2026-01): group \"WP1/17\" is not in the submission. Add the group or correct the id."));
            // WHEN it is inserted in one batch with its group after it, THEN both are in
            session.apply(List.of(FactChange.insert(m), FactChange.insert(wp1)));
            assertThat(session.submission().meetings()).contains(m);
            assertThat(session.submission().groups()).contains(wp1);
            assertThat(session.report()).isEqualTo(engine().evaluate(session.submission(), AS_OF));
        }
    }

    @Test
    void should_refuse_a_change_that_leaves_a_reference_dangling_and_stay_as_it_was() {
        // GIVEN a group with a meeting
        try (ComplianceSession session = engine().open(sg17(), AS_OF)) {
            Report before = session.report();
            // WHEN the group is retracted
            // THEN it is refused with the problem validate() finds in the facts it would leave, and nothing changed
            assertThatThrownBy(() -> session.retract("SG17")).isInstanceOfSatisfying(InvalidSubmissionException.class, e ->
                    assertThat(e.problems()).extracting(SubmissionProblem::toString)
                            .containsExactly("meetings[0].group (SG17-2025-09): group \"SG17\" is not in the submission. Add the group or correct the id."));
            assertThat(session.submission()).isEqualTo(sg17());
            assertThat(session.report()).isEqualTo(before);
            // AND the meeting and its group can go together
            session.apply(List.of(FactChange.retract("SG17"), FactChange.retract("SG17-2025-09")));
            assertThat(session.size()).isZero();
            assertThat(session.report().findings()).isEmpty();
        }
    }

    @Test
    void should_refuse_a_change_naming_a_fact_that_is_not_there_and_say_which() {
        try (ComplianceSession session = engine().open(sg17(), AS_OF)) {
            assertThatThrownBy(() -> session.retract("SG99")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("retract(\"SG99\"): no fact has the id \"SG99\"");
            assertThatThrownBy(() -> session.update(Group.of("SG99", GroupKind.STUDY_GROUP))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("update(Group SG99): no fact has the id \"SG99\"; insert it instead");
            assertThatThrownBy(() -> session.update(Document.builder("SG17", DocumentKind.TD).build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"SG17\" is a group; an update keeps the kind");
            assertThatThrownBy(() -> session.apply(List.of(FactChange.retract("SG17-2025-09"), FactChange.retract("SG17-2025-09"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("changes[1]: retract(\"SG17-2025-09\")");
            // THEN nothing changed, not even the first change of the refused batch
            assertThat(session.submission()).isEqualTo(sg17());
        }
    }

    @Test
    void should_find_a_fact_without_an_id_by_its_value_and_keep_equal_ones_apart() {
        // GIVEN a document delivered twice the same way (equal facts, no id)
        Document d = Document.builder("SG17-LS1", DocumentKind.LIAISON_STATEMENT).source("SG17").date(LocalDate.of(2025, 9, 5)).build();
        Delivery once = new Delivery("SG17-LS1", List.of(DeliveryRecipient.CHAIR), LocalDate.of(2025, 9, 8), null);
        Delivery later = new Delivery("SG17-LS1", List.of(DeliveryRecipient.CHAIR), LocalDate.of(2025, 9, 9), null);
        try (ComplianceSession session = engine().open(sg17().toBuilder().document(d).delivery(once).delivery(once).build(), AS_OF)) {
            // WHEN one of them is replaced, then one retracted
            session.replace(once, later);
            assertThat(session.submission().deliveries()).containsExactly(later, once);
            session.retractFact(once);
            // THEN the other stays; and a fact without an id cannot be updated by id
            assertThat(session.submission().deliveries()).containsExactly(later);
            assertThatThrownBy(() -> session.retractFact(once)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no fact equal to Delivery delivery of SG17-LS1 is in the session");
            assertThatThrownBy(() -> session.update(later)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a Delivery has no id to find the fact it updates; use replace(old, fact)");
            assertThat(session.report()).isEqualTo(engine().evaluate(session.submission(), AS_OF));
        }
    }

    @Test
    void should_refuse_an_invalid_submission_when_opening() {
        Submission invalid = Submission.builder().meeting(SEPTEMBER).build();
        assertThatThrownBy(() -> engine().open(invalid, AS_OF)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("meetings[0].group");
    }

    @Test
    void should_start_empty_and_take_facts_one_by_one() {
        try (ComplianceSession session = engine().open(AS_OF)) {
            assertThat(session.report().findings()).isEmpty();
            session.insert(SG17);
            ReportDelta d = session.insert(SEPTEMBER);
            assertThat(d.added()).extracting(Finding::rule).contains("A1-1.7.1-meeting-report");
            assertThat(session.report()).isEqualTo(engine().evaluate(sg17(), AS_OF));
        }
    }
    @Test
    void should_keep_a_fact_inserted_twice_until_both_are_retracted() {
        // GIVEN a meeting without a report, and one declaration that SG17's reports are complete, inserted twice
        Inventory complete = new Inventory("SG17", List.of(DocumentKind.REPORT), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 12, 31));
        try (ComplianceSession session = engine().open(sg17(), AS_OF)) {
            session.insert(complete);
            session.insert(complete);
            // WHEN one of the two is retracted
            session.retractFact(complete);
            // THEN the other still declares the reports complete, as a fresh evaluation of the facts says
            assertThat(session.submission().inventories()).containsExactly(complete);
            assertThat(meetingReport(session.report()).outcome()).isEqualTo(Outcome.FAIL);
            assertThat(session.report()).isEqualTo(engine().evaluate(session.submission(), AS_OF));
            // AND once the second goes, absence is unknown again
            session.retractFact(complete);
            assertThat(meetingReport(session.report()).outcome()).isEqualTo(Outcome.INDETERMINATE);
        }
    }

    @Test
    void should_keep_a_fact_the_opening_submission_holds_twice_until_both_are_retracted() {
        // GIVEN a submission holding one declaration twice, the same instance
        Inventory complete = new Inventory("SG17", List.of(DocumentKind.REPORT), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 12, 31));
        Submission twice = Submission.builder().group(SG17).meeting(SEPTEMBER).inventory(complete).inventory(complete).build();
        try (ComplianceSession session = engine().open(twice, AS_OF)) {
            // WHEN one of the two is retracted
            session.retractFact(complete);
            // THEN the other still declares the reports complete, as a fresh evaluation says
            assertThat(meetingReport(session.report()).outcome()).isEqualTo(Outcome.FAIL);
            assertThat(session.report()).isEqualTo(engine().evaluate(session.submission(), AS_OF));
        }
    }

    // The two below are sequences ComplianceSessionPropertyTest found (15 steps per case, seed 777), cut to the
    // steps that matter.

    @Test
    void should_drop_an_announcement_whose_circular_is_no_longer_one_after_the_question_was_inserted_again() {
        // GIVEN the approved Question of res1/s7/7.2.2 case 0, announced by TSB-Circular-250
        CaseFilesAccess.Case c = CaseFilesAccess.cases("res1/s7/7.2.2.yaml").get(0);
        Submission given = c.given();
        Object draft = given.questions().get(0);
        Document circular = given.documents().stream().filter(d -> d.id().equals("TSB-Circular-250")).findFirst().orElseThrow();
        try (ComplianceSession session = engine().open(given, c.asOf())) {
            // WHEN the draft is retracted and inserted again, and then the circular is recorded as a reply
            session.retract("Q20/17-draft");
            session.insert(draft);
            session.update(RandomChanges.with(circular, "kind", DocumentKind.REPLY));
            // THEN no circular announces the approval, as a fresh evaluation says
            assertThat(session.report().findingsOf("RES1-7.2.2-q-approval-circular")).singleElement()
                    .extracting(Finding::outcome).isEqualTo(Outcome.INDETERMINATE);
            assertThat(session.report()).isEqualTo(engine().evaluate(session.submission(), c.asOf()));
        }
    }

    @Test
    void should_name_the_same_of_two_convening_letters_as_a_fresh_evaluation() {
        // GIVEN a1/c1/1.3 case 1: SG17-2026-06 convened by TSB-CL-SG17-6 (5 May), WP2-17-2026-06 by TSB-CL-WP2-1 (1 April)
        CaseFilesAccess.Case c = CaseFilesAccess.cases("a1/c1/1.3.yaml").get(1);
        Document wp2 = c.given().documents().stream().filter(d -> d.id().equals("TSB-CL-WP2-1")).findFirst().orElseThrow();
        try (ComplianceSession session = engine().open(c.given(), c.asOf())) {
            // WHEN the WP2 letter is changed to convene the study group meeting as well
            session.update(RandomChanges.with(wp2, "forMeeting", "SG17-2026-06"));
            // THEN the earlier of the two letters is named, whichever the engine collected first
            Report r = session.report();
            assertThat(r.findingsOf("RES1-5.2-meeting-dates-by-director")).filteredOn(f -> "SG17-2026-06".equals(f.evidence().get("target")))
                    .singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("by", "TSB-CL-WP2-1"));
            assertThat(r).isEqualTo(engine().evaluate(session.submission(), c.asOf()));
        }
    }
}
