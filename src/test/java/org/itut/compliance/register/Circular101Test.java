package org.itut.compliance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itut.compliance.Determination;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Consultation;
import org.itut.compliance.facts.ConsultationProcedure;
import org.itut.compliance.facts.MemberKind;
import org.itut.compliance.facts.Position;
import org.itut.compliance.facts.Reply;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TSB Circular 101 end to end (procedures.md §4.4): the bundled register, with its ILLUSTRATIVE
 * replies, decided after the deadline and while the consultation runs, and the walkthrough's
 * variations built from it. The expected numbers were counted by hand from the reply file, not by
 * the code under test.
 */
class Circular101Test {
    private static final String CONSULTATION = "TSB-Circular-101-consultation";
    private static final List<String> QUESTIONS = List.of("Q7/17", "Q10/17", "Q16/17");
    private static final LocalDate AFTER_DEADLINE = LocalDate.of(2026, 4, 4);
    private static final LocalDate WHILE_OPEN = LocalDate.of(2026, 3, 15);

    private static Submission register;
    private static Report after;
    private static Report open;

    @BeforeAll
    static void evaluate() throws Exception {
        register = FactReader.readRegister();
        after = TestEngine.get().evaluate(register, AFTER_DEADLINE);
        open = TestEngine.get().evaluate(register, WHILE_OPEN);
    }

    // ---- after the deadline ------------------------------------------------------------------

    @Test
    void should_approve_q7_17_with_31_of_35_counted_replies() {
        // GIVEN the register  WHEN judged on 2026-04-04  THEN
        Determination d = decision(after, "Q7/17");
        assertThat(d.value()).isEqualTo("APPROVED");
        assertTally(d, 35, 31, 4);
        assertThat(d.details()).containsEntry("share", "31 of 35 = 88.6 %")
                .containsEntry("comparison", "10 × 31 = 310 ≥ 7 × 35 = 245")
                .containsEntry("status", "closed").containsEntry("deadline", "2026-04-03T23:59Z");
        assertThat(d.details().get("excluded")).isEqualTo("1 not from a Member State, 1 late, 1 superseded, 3 blank");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void should_approve_q10_17_at_exactly_70_per_cent() {
        Determination d = decision(after, "Q10/17");
        assertThat(d.value()).isEqualTo("APPROVED");
        assertTally(d, 30, 21, 9);
        assertThat(d.details()).containsEntry("share", "21 of 30 = 70.0 %")
                .containsEntry("comparison", "10 × 21 = 210 ≥ 7 × 30 = 210");
        assertThat(d.details().get("excluded")).isEqualTo("1 not from a Member State, 1 late, 1 superseded, 8 blank");
    }

    @Test
    void should_not_approve_q16_17_at_69_per_cent_and_refer_it_back_to_sg17() {
        Determination d = decision(after, "Q16/17");
        assertThat(d.value()).isEqualTo("NOT_APPROVED");
        assertTally(d, 29, 20, 9);
        assertThat(d.details()).containsEntry("share", "20 of 29 = 69.0 %")
                .containsEntry("comparison", "10 × 20 = 200 < 7 × 29 = 203");
        assertThat(d.details().get("excluded")).isEqualTo("1 not from a Member State, 1 late, 1 superseded, 9 blank");
        assertThat(d.details().get("referral")).contains("referred back to SG17").contains("comments");
        assertThat(d.reason()).contains("below 70 %");
    }

    @Test
    void should_explain_each_excluded_reply_and_why() {
        for (String q : QUESTIONS) {
            String excluded = decision(after, q).details().get("excluded replies");
            assertThat(excluded).as(q)
                    .contains("not a Member State: C101-SM01 (Sector Member S01 (illustrative); SECTOR_MEMBER)")
                    .contains("late: C101-R39-late (Administration of Member State A39 (illustrative); received "
                            + "2026-04-04T00:05Z, 6 minutes after the deadline 2026-04-03T23:59Z)")
                    .contains("C101-R11a (Ministry of Member State A11 (illustrative); superseded by C101-R11b received "
                            + "2026-03-30T14:40Z)")
                    // the reply with every box blank, received exactly at the deadline, is on time but blank
                    .contains("C101-R38");
        }
    }

    @Test
    void should_report_the_threshold_findings_as_passes_with_the_decisions_and_the_deadline_as_due_date() {
        Finding q7 = only(after, "RES1-7.3.2-q-threshold", "Q7/17");
        Finding q10 = only(after, "RES1-7.3.2-q-threshold", "Q10/17");
        Finding q16 = only(after, "RES1-7.3.2-q-threshold", "Q16/17");
        assertThat(q7.outcome()).isEqualTo(Outcome.PASS);
        assertThat(q10.outcome()).isEqualTo(Outcome.PASS);
        // Issue 9 part 4: Q16/17 not reaching 70 % is the text's result, not a departure: PASS, the decision NOT_APPROVED.
        assertThat(q16.outcome()).isEqualTo(Outcome.PASS);
        assertThat(q16.message()).contains("not approved by the count");
        assertThat(decision(after, "Q16/17").value()).isEqualTo("NOT_APPROVED");
        for (Finding f : List.of(q7, q10, q16)) {
            assertThat(f.due()).isEqualTo(LocalDate.of(2026, 4, 3));
            assertThat(f.citation().instrument()).isEqualTo("WTSA Res. 1");
            assertThat(f.citation().edition()).isEqualTo("Rev. Geneva, 2022");
            assertThat(f.citation().clause()).isEqualTo("7.3.2");
            assertThat(f.citation().status()).isEqualTo(Status.SOURCE_DOCUMENT);
        }
        // Nothing says yet that Q16/17 went back to SG17: that is unknown, never a pass.
        // The referral is the Director's act: TSB is the subject and Q16/17 its target (issue 9 part 2).
        assertThat(only(after, "RES1-7.3.2-q-referred-back", "TSB").evidence()).containsEntry("target", "Q16/17");
        assertThat(only(after, "RES1-7.3.2-q-referred-back", "TSB").outcome()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(after.findingsOf("RES1-7.3.2-q-referred-back")).hasSize(1);
    }

    @Test
    void should_record_the_exclusions_as_info_findings() {
        Finding ms = only(after, "RES1-7.3.2-q-only-member-states", CONSULTATION);
        assertThat(ms.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(ms.level()).isEqualTo(Level.INFO);
        assertThat(ms.message()).contains("C101-SM01");
        for (String q : QUESTIONS) {
            Finding counted = only(after, "RES1-7.3.2-q-counted-replies", q);
            assertThat(counted.level()).isEqualTo(Level.INFO);
            assertThat(counted.message()).contains("6 minutes after the deadline").contains("superseded");
        }
        Finding reasons = only(after, "RES1-7.3.2-q-reasons-for-non-support", "Q10/17");
        assertThat(reasons.level()).isEqualTo(Level.INFO);
        assertThat(reasons.message()).contains("2 of 9").contains("C101-R01").contains("C101-R02");
    }

    @Test
    void should_walk_through_the_rest_of_circular_101_as_the_catalogue_says() {
        // routing stated in the circular's paragraph 2
        for (String q : QUESTIONS) {
            assertThat(only(after, "RES1-7.3-q-routing-by-tsag", q).outcome()).isEqualTo(Outcome.PASS);
        }
        // the circular's date is not printed: the two-month rule says so, and what date would comply
        // The consultation period is set by the Director's circular: TSB is the subject (issue 9 part 2).
        Finding period = only(after, "RES1-7.3.2-q-consultation-period", "TSB");
        assertThat(period.outcome()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(period.message()).contains("bears no date").contains("on or before 2026-02-03");
        // Acts of December 2025 fall under Res. 1 (2022), whose clause 7.1 text is not encoded: issue 9 part 3 carries the
        // 2016 text forward (status carried-forward, clause not mapped: clause 7 was renumbered). They stay INDETERMINATE
        // as §4.4 says, now for the missing facts, never with "verified" beside "text not encoded".
        for (String rule : List.of("RES1-7.1.1-q-proposal-origin", "RES1-7.1.2-q-proposal-content",
                "RES1-7.1.3-q-distributed-one-month", "RES1-7.1.7-q-tsag-informed")) {
            for (String q : QUESTIONS) {
                Finding f = rule.equals("RES1-7.1.3-q-distributed-one-month")
                        ? after.findingsOf(rule).stream().filter(x -> q.equals(x.evidence().get("question"))).findFirst().orElseThrow()
                        : only(after, rule, q);
                assertThat(f.outcome()).as(rule + " " + q).isEqualTo(Outcome.INDETERMINATE);
                assertThat(f.citation().edition()).isEqualTo("Rev. Geneva, 2022");
                assertThat(f.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
                assertThat(f.citation().clauseMapped()).isFalse();
                assertThat(f.citation().textApplied()).startsWith("WTSA Res. 1 (Rev. Hammamet, 2016) clause 7.1.");
            }
        }
        // comments came with three replies and nothing says they went to SG17 yet
        assertThat(only(after, "RES1-7.3.2-q-comments-forwarded", "TSB").outcome()).isEqualTo(Outcome.INDETERMINATE);
    }

    // ---- while the consultation runs -----------------------------------------------------------

    @Test
    void should_be_open_on_15_march_with_a_provisional_tally() {
        // Received by the end of 2026-03-15 in Geneva: 17 Member States (A11 through its first reply)
        // and the Sector Member; 23 replies arrive later.
        Map<String, int[]> provisional = Map.of("Q7/17", new int[] {16, 13, 3}, "Q10/17", new int[] {16, 13, 3},
                "Q16/17", new int[] {14, 11, 3});
        for (String q : QUESTIONS) {
            Determination d = decision(open, q);
            assertThat(d.value()).as(q).isEqualTo("OPEN");
            int[] t = provisional.get(q);
            assertTally(d, t[0], t[1], t[2]);
            assertThat(d.details()).containsEntry("status", "open").containsEntry("not yet received", "23");
            assertThat(d.reason()).contains("open until 2026-04-03T23:59Z").contains("provisional");
            Finding f = only(open, "RES1-7.3.2-q-threshold", q);
            assertThat(f.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(f.due()).isEqualTo(LocalDate.of(2026, 4, 3));
        }
        // A11's first reply (support for Q16/17) counts until its later reply arrives
        assertThat(decision(open, "Q16/17").details().get("excluded replies")).doesNotContain("C101-R11a");
        assertThat(open.findingsOf("RES1-7.3.2-q-referred-back")).isEmpty();
        assertThat(open.obligations(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))
                .filteredOn(f -> f.rule().equals("RES1-7.3.2-q-threshold")).hasSize(3);
    }

    // ---- variations (procedures.md §4.4) ------------------------------------------------------

    @Test
    void should_approve_all_three_when_no_reply_arrives() {
        // GIVEN the register without its replies
        Submission none = withReplies(register, List.of());
        // WHEN judged after the deadline
        Report r = TestEngine.get().evaluate(none, AFTER_DEADLINE);
        // THEN every Question is approved: no replies at all approves under 7.3.2
        for (String q : QUESTIONS) {
            Determination d = decision(r, q);
            assertThat(d.value()).as(q).isEqualTo("APPROVED");
            assertThat(d.reason()).contains("no replies were received");
            assertTally(d, 0, 0, 0);
        }
    }

    @Test
    void should_approve_q16_17_had_the_late_reply_arrived_in_time() {
        // GIVEN the late support reply received at 23:58Z instead of 00:05Z the next day
        List<Reply> moved = new ArrayList<>();
        for (Reply r : register.replies()) {
            moved.add(r.id().equals("C101-R39-late") ? new Reply(r.id(), r.consultation(), r.from(), r.memberKind(),
                    r.memberState(), Instant.parse("2026-04-03T23:58:00Z"), r.positions(), r.reasonsAttached(), r.comments()) : r);
        }
        Report r = TestEngine.get().evaluate(withReplies(register, moved), AFTER_DEADLINE);
        // THEN Q16/17 reaches exactly 70 %: the timestamp decides
        Determination d = decision(r, "Q16/17");
        assertThat(d.value()).isEqualTo("APPROVED");
        assertTally(d, 30, 21, 9);
        assertThat(d.details()).containsEntry("comparison", "10 × 21 = 210 ≥ 7 × 30 = 210");
    }

    @Test
    void should_treat_five_replies_all_blank_on_q10_17_as_no_replies() {
        List<Reply> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(reply("B" + i, CONSULTATION, "2026-03-0" + i + "T10:00:00Z",
                    Map.of("Q7/17", Position.SUPPORT, "Q10/17", Position.NONE, "Q16/17", Position.SUPPORT)));
        }
        Report r = TestEngine.get().evaluate(withReplies(register, five), AFTER_DEADLINE);
        Determination d = decision(r, "Q10/17");
        assertThat(d.value()).isEqualTo("APPROVED");
        assertThat(d.reason()).contains("treated as no replies");
        assertTally(d, 0, 0, 0);
        // Issue 9 part 4: blank replies correctly left out of the count are no departure: PASS with the note.
        Finding info = only(r, "RES1-7.3.2-q-counted-replies", "Q10/17");
        assertThat(info.outcome()).isEqualTo(Outcome.PASS);
        assertThat(info.message()).contains("5 blank").contains("treated as no replies");
    }

    @Test
    void should_give_different_answers_for_the_same_nine_favourable_replies_under_2016_and_2022() {
        // GIVEN nine Member State replies, all in favour of Q7/17
        // WHEN the consultation runs under Res. 1 (2016) 7.2.3, launched in 2021
        Report r2016 = TestEngine.get().evaluate(consultation(ConsultationProcedure.QUESTION_RES1_2016_7_2_3,
                LocalDate.of(2021, 3, 1), "2021-05-01T23:59:00Z", 9), LocalDate.of(2021, 5, 10));
        // THEN it is not approved: fewer than ten replies
        Determination d2016 = decision(r2016, "Q7/17");
        assertThat(d2016.value()).isEqualTo("NOT_APPROVED");
        assertThat(d2016.reason()).contains("only 9 < 10 replies");
        assertThat(d2016.details().get("rule")).isEqualTo("WTSA Res. 1 (Rev. Hammamet, 2016) clause 7.2.3");

        // WHEN the same replies answer a Res. 1 (2022) 7.3.2 consultation launched in 2026
        Report r2022 = TestEngine.get().evaluate(consultation(ConsultationProcedure.QUESTION_RES1_2022_7_3_2,
                LocalDate.of(2026, 2, 3), "2026-04-03T23:59:00Z", 9), AFTER_DEADLINE);
        // THEN it is approved: 100 % of the counted replies
        Determination d2022 = decision(r2022, "Q7/17");
        assertThat(d2022.value()).isEqualTo("APPROVED");
        assertThat(d2022.details()).containsEntry("share", "9 of 9 = 100.0 %");
        assertThat(d2022.details().get("rule")).isEqualTo("WTSA Res. 1 (Rev. Geneva, 2022) clause 7.3.2");
    }

    @Test
    void should_give_different_answers_for_no_replies_under_2016_and_2022() {
        Determination d2016 = decision(TestEngine.get().evaluate(consultation(ConsultationProcedure.QUESTION_RES1_2016_7_2_3,
                LocalDate.of(2021, 3, 1), "2021-05-01T23:59:00Z", 0), LocalDate.of(2021, 5, 10)), "Q7/17");
        assertThat(d2016.value()).isEqualTo("NOT_APPROVED");
        assertThat(d2016.reason()).contains("only 0 < 10 replies");
        Determination d2022 = decision(TestEngine.get().evaluate(consultation(ConsultationProcedure.QUESTION_RES1_2022_7_3_2,
                LocalDate.of(2026, 2, 3), "2026-04-03T23:59:00Z", 0), AFTER_DEADLINE), "Q7/17");
        assertThat(d2022.value()).isEqualTo("APPROVED");
    }

    @Test
    void should_not_approve_twelve_replies_split_evenly_under_2016() {
        Submission s = consultation(ConsultationProcedure.QUESTION_RES1_2016_7_2_3, LocalDate.of(2021, 3, 1),
                "2021-05-01T23:59:00Z", 6);
        List<Reply> replies = new ArrayList<>(s.replies());
        for (int i = 1; i <= 6; i++) {
            replies.add(reply("N" + i, "C-2016", "2021-04-0" + i + "T10:00:00Z", Map.of("Q7/17", Position.NOT_SUPPORT)));
        }
        Determination d = decision(TestEngine.get().evaluate(withReplies(s, replies), LocalDate.of(2021, 5, 10)), "Q7/17");
        assertThat(d.value()).isEqualTo("NOT_APPROVED");
        assertThat(d.reason()).contains("no simple majority (6 in agreement ≤ 6 not in agreement)");
    }

    @Test
    void should_report_a_2016_procedure_launched_in_2026_as_unencoded_2022_text_never_as_the_2016_rule() {
        // GIVEN a consultation that says it runs under Res. 1 (2016) 7.2.3 but is launched in 2026
        Report r = TestEngine.get().evaluate(consultation(ConsultationProcedure.QUESTION_RES1_2016_7_2_3,
                LocalDate.of(2026, 2, 3), "2026-04-03T23:59:00Z", 12), AFTER_DEADLINE);
        // THEN no decision is made under the superseded rule: the edition in force is named as not encoded
        Determination d = decision(r, "Q7/17");
        assertThat(d.value()).isEqualTo("INDETERMINATE");
        assertThat(d.reason()).contains("Rev. Geneva, 2022").contains("not encoded");
        Finding f = only(r, "RES1-7.2.3-q-majority-of-ten", "Q7/17");
        assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(f.citation().edition()).isEqualTo("Rev. Geneva, 2022");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Determination decision(Report r, String subject) {
        return r.determination("consultation-decision", subject)
                .orElseThrow(() -> new AssertionError("no consultation-decision for " + subject + "; have " + r.determinations()));
    }

    private static Finding only(Report r, String rule, String subject) {
        List<Finding> found = r.findingsOf(rule).stream().filter(f -> f.subject().equals(subject)).toList();
        assertThat(found).as(rule + " about " + subject).hasSize(1);
        return found.get(0);
    }

    private static void assertTally(Determination d, int counted, int supporting, int notSupporting) {
        assertThat(d.details()).as(d.subject())
                .containsEntry("counted", String.valueOf(counted))
                .containsEntry("supporting", String.valueOf(supporting))
                .containsEntry("not supporting", String.valueOf(notSupporting));
    }

    private static Reply reply(String id, String consultation, String at, Map<String, Position> positions) {
        return Reply.builder(id, consultation, "Administration of MS " + id + " (test)", MemberKind.MEMBER_STATE)
                .memberState("MS " + id).receivedAt(Instant.parse(at)).positions(positions).reasonsAttached(true).build();
    }

    private static Submission withReplies(Submission s, List<Reply> replies) {
        Submission.Builder b = s.toBuilder().clearReplies();
        replies.forEach(b::reply);
        return b.build();
    }

    /** The register's groups and one consultation on Q7/17 with {@code favourable} supporting replies. */
    private static Submission consultation(ConsultationProcedure procedure, LocalDate opened, String deadline, int favourable) {
        Consultation c = Consultation.builder("C-2016", procedure).opened(opened).deadline(Instant.parse(deadline))
                .subjects("Q7/17").build();
        List<Reply> replies = new ArrayList<>();
        for (int i = 1; i <= favourable; i++) {
            replies.add(reply("Y" + i, "C-2016", opened.plusDays(i).toString() + "T10:00:00Z", Map.of("Q7/17", Position.SUPPORT)));
        }
        // The groups and meetings name facts of other kinds: the decision establishing JCG-IoTSec and the
        // circular announcing its first meeting. Without them the submission is refused as incomplete.
        Set<String> named = Set.of("TSAG-2025-05-JCG-IoTSec", "TSB-Circular-67");
        return Submission.builder().addAll(register.groups()).addAll(register.meetings())
                .addAll(register.decisions().stream().filter(d -> named.contains(d.id())).toList())
                .addAll(register.documents().stream().filter(d -> named.contains(d.id())).toList())
                .consultation(c).addAll(replies).build();
    }
}
