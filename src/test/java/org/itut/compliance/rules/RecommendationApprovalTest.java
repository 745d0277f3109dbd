package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;

import org.itut.compliance.Determination;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.Test;

/**
 * Whether a Recommendation is approved (determination {@code recommendation-approval}) under AAP
 * (A.8 (2008)) and TAP (Res. 1 (2016) section 9), and the TAP consultation's decision
 * ({@code consultation-decision}: PROCEED / NOT_PROCEED). Case files check findings only, so the
 * derived decisions are checked here.
 */
class RecommendationApprovalTest {

    private static final String AAP_BODIES = """
            groups:
              - {id: SG17, kind: STUDY_GROUP}
              - {id: WP2/17, kind: WORKING_PARTY, parent: SG17}
            meetings:
              - {id: WP2/17-2025-12, group: WP2/17, start: 2025-12-08, end: 2025-12-10, status: HELD}
              - {id: SG17-2026-06, group: SG17, start: 2026-06-15, end: 2026-06-19, status: PLANNED}
            """;

    private static Determination approval(String yaml, LocalDate asOf, String rec) throws Exception {
        Report r = TestEngine.get().evaluate(FactReader.read("test.yaml", new StringReader(yaml)), asOf);
        return r.determination("recommendation-approval", rec)
                .orElseThrow(() -> new AssertionError("no recommendation-approval for " + rec + "; have " + r.determinations()));
    }

    // ---- AAP ----------------------------------------------------------------------------------

    @Test
    void should_approve_an_aap_text_with_only_typographical_comments_at_the_end_of_the_last_call() throws Exception {
        String yaml = AAP_BODIES + """
                recommendations:
                  - id: X.ias
                    process: AAP
                    consent: {meeting: WP2/17-2025-12}
                    lastCall: {start: 2026-01-09, end: 2026-02-06}
                    comments: [{stage: LAST_CALL, kind: TYPOGRAPHICAL, received: 2026-01-20}]
                """;
        Determination d = approval(yaml, LocalDate.of(2026, 2, 10), "X.ias");
        assertThat(d.value()).isEqualTo("APPROVED");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(d.reason()).contains("typographical comments only");
        // the same text judged while the Last Call runs (its last day included)
        Determination running = approval(yaml, LocalDate.of(2026, 2, 6), "X.ias");
        assertThat(running.value()).isEqualTo("PENDING");
        assertThat(running.reason()).contains("runs until 2026-02-06");
    }

    @Test
    void should_approve_after_an_additional_review_with_typographical_comments_only() throws Exception {
        String yaml = AAP_BODIES + """
                recommendations:
                  - id: X.ar
                    process: AAP
                    consent: {meeting: WP2/17-2025-12}
                    lastCall: {start: 2026-01-09}
                    additionalReview: {start: 2026-03-02}
                    comments:
                      - {stage: LAST_CALL, kind: SUBSTANTIVE, received: 2026-01-20}
                      - {stage: ADDITIONAL_REVIEW, kind: TYPOGRAPHICAL, received: 2026-03-10}
                """;
        assertThat(approval(yaml, LocalDate.of(2026, 3, 10), "X.ar").value()).isEqualTo("PENDING");
        Determination d = approval(yaml, LocalDate.of(2026, 3, 24), "X.ar");
        assertThat(d.value()).isEqualTo("APPROVED");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(d.reason()).contains("Additional Review");
    }

    @Test
    void should_leave_a_text_with_substantive_comments_pending_until_the_study_group_meeting() throws Exception {
        String yaml = AAP_BODIES + """
                recommendations:
                  - id: X.sg
                    process: AAP
                    consent: {meeting: WP2/17-2025-12}
                    lastCall: {start: 2026-01-09}
                    approvalMeeting: SG17-2026-06
                    comments: [{stage: LAST_CALL, kind: SUBSTANTIVE, received: 2026-01-20}]
                """;
        Determination d = approval(yaml, LocalDate.of(2026, 4, 1), "X.sg");
        assertThat(d.value()).isEqualTo("PENDING");
        assertThat(d.reason()).contains("to be considered at SG17-2026-06");
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void should_approve_with_one_member_state_opposing_and_not_with_two_or_a_policy_declaration() throws Exception {
        String template = AAP_BODIES + """
                recommendations:
                  - id: X.sg
                    process: AAP
                    consent: {meeting: WP2/17-2025-12}
                    lastCall: {start: 2026-01-09}
                    approvalMeeting: SG17-2026-06
                    comments: [{stage: LAST_CALL, kind: SUBSTANTIVE, received: 2026-01-20}]
                    decision: %s
                """;
        LocalDate asOf = LocalDate.of(2026, 7, 1);
        assertThat(approval(template.formatted("{recorded: APPROVED, opposing: [MS A]}"), asOf, "X.sg").value())
                .isEqualTo("APPROVED");
        Determination two = approval(template.formatted("{recorded: APPROVED, opposing: [MS A, MS B]}"), asOf, "X.sg");
        assertThat(two.value()).isEqualTo("NOT_APPROVED");
        assertThat(two.reason()).contains("2 Member States opposed").contains("at most 1");
        Determination policy = approval(template.formatted("{recorded: APPROVED, policyDeclaration: true}"), asOf, "X.sg");
        assertThat(policy.value()).isEqualTo("NOT_APPROVED");
        assertThat(policy.reason()).contains("TAP route");
        // Sector Members' opposition alone does not block
        assertThat(approval(template.formatted("{recorded: APPROVED, opposingOthers: [Operator C, Operator D]}"), asOf, "X.sg")
                .value()).isEqualTo("APPROVED");
    }

    @Test
    void should_decide_a_request_for_more_time_by_the_four_week_window() throws Exception {
        String template = AAP_BODIES + """
                recommendations:
                  - id: X.mt
                    process: AAP
                    consent: {meeting: WP2/17-2025-12}
                    lastCall: {start: 2026-01-09}
                    approvalMeeting: SG17-2026-06
                    comments: [{stage: LAST_CALL, kind: SUBSTANTIVE, received: 2026-01-20}]
                    decision: {recorded: APPROVED, moreTime: {requestedBy: [MS A], requestedOn: 2026-06-18%s}}
                """;
        Determination waiting = approval(template.formatted(""), LocalDate.of(2026, 7, 1), "X.mt");
        assertThat(waiting.value()).isEqualTo("PENDING");
        assertThat(waiting.date()).isEqualTo(LocalDate.of(2026, 7, 17));
        assertThat(approval(template.formatted(""), LocalDate.of(2026, 7, 18), "X.mt").value()).isEqualTo("APPROVED");
        String opposed = template.formatted(", oppositions: [{from: MS A, memberKind: MEMBER_STATE, received: 2026-07-17}]");
        assertThat(approval(opposed, LocalDate.of(2026, 7, 18), "X.mt").value()).isEqualTo("NOT_APPROVED");
        String late = template.formatted(", oppositions: [{from: MS A, memberKind: MEMBER_STATE, received: 2026-07-18}]");
        assertThat(approval(late, LocalDate.of(2026, 7, 20), "X.mt").value()).isEqualTo("APPROVED");
    }

    @Test
    void should_not_decide_with_unclassed_comments_and_wait_for_a_last_call_not_yet_announced() throws Exception {
        String yaml = AAP_BODIES + """
                recommendations:
                  - id: X.u
                    process: AAP
                    consent: {meeting: WP2/17-2025-12}
                    lastCall: {start: 2026-01-09}
                    comments: [{stage: LAST_CALL, received: 2026-01-20}]
                  - id: X.c
                    process: AAP
                    consent: {meeting: WP2/17-2025-12}
                """;
        assertThat(approval(yaml, LocalDate.of(2026, 3, 1), "X.u").value()).isEqualTo("INDETERMINATE");
        assertThat(approval(yaml, LocalDate.of(2026, 3, 1), "X.c").value()).isEqualTo("PENDING");
    }

    // ---- TAP ----------------------------------------------------------------------------------

    private static final String TAP = """
            groups:
              - {id: SG3, kind: STUDY_GROUP}
            meetings:
              - {id: SG3-2021-06, group: SG3, start: 2021-06-14, end: 2021-06-25, status: HELD}
            recommendations:
              - id: D.tap
                process: TAP
                approvalMeeting: SG3-2021-06
                %s
            consultations:
              - {id: TAP-C, procedure: TAP_RES1_2016_9_4, meeting: SG3-2021-06, opened: 2021-03-10, subjects: [D.tap]}
            replies:
              - {id: T1, consultation: TAP-C, from: MS 1, memberKind: MEMBER_STATE, receivedAt: 2021-05-01T10:00Z, positions: {D.tap: SUPPORT}}
              - {id: T2, consultation: TAP-C, from: MS 2, memberKind: MEMBER_STATE, receivedAt: 2021-05-02T10:00Z, positions: {D.tap: SUPPORT}}
              - {id: T3, consultation: TAP-C, from: MS 3, memberKind: MEMBER_STATE, receivedAt: 2021-05-03T10:00Z, positions: {D.tap: %s}}
            """;

    @Test
    void should_approve_a_tap_text_the_consultation_lets_proceed_and_no_delegation_opposes() throws Exception {
        String yaml = TAP.formatted("decision: {recorded: APPROVED}", "SUPPORT");
        Report r = TestEngine.get().evaluate(FactReader.read("tap.yaml", new StringReader(yaml)), LocalDate.of(2021, 9, 1));
        Determination c = r.determination("consultation-decision", "D.tap").orElseThrow();
        assertThat(c.value()).isEqualTo("PROCEED");
        assertThat(c.details()).containsEntry("share", "3 of 3 = 100.0 %").containsEntry("last day", "end of 2021-06-03 (Geneva time)");
        Determination d = r.determination("recommendation-approval", "D.tap").orElseThrow();
        assertThat(d.value()).isEqualTo("APPROVED");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 6, 25));
    }

    @Test
    void should_not_approve_a_tap_text_below_70_per_cent_or_opposed_at_the_meeting() throws Exception {
        Report below = TestEngine.get().evaluate(FactReader.read("tap.yaml", new StringReader(
                TAP.formatted("decision: {recorded: APPROVED}", "NOT_SUPPORT"))), LocalDate.of(2021, 9, 1));
        assertThat(below.determination("consultation-decision", "D.tap").orElseThrow().value()).isEqualTo("NOT_PROCEED");
        Determination d = below.determination("recommendation-approval", "D.tap").orElseThrow();
        assertThat(d.value()).isEqualTo("NOT_APPROVED");
        assertThat(d.reason()).contains("2 of 3 = 66.7 %");
        Determination opposed = approval(TAP.formatted("decision: {recorded: NOT_APPROVED, opposing: [MS 9]}", "SUPPORT"),
                LocalDate.of(2021, 9, 1), "D.tap");
        assertThat(opposed.value()).isEqualTo("NOT_APPROVED");
        assertThat(opposed.reason()).contains("Opposed at SG3-2021-06 by MS 9");
    }

    @Test
    void should_leave_a_tap_text_pending_before_its_meeting() throws Exception {
        Determination d = approval(TAP.formatted("summary: true", "SUPPORT"), LocalDate.of(2021, 5, 15), "D.tap");
        assertThat(d.value()).isEqualTo("PENDING");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 6, 14));
        assertThat(d.reason()).contains("still open");
    }

    @Test
    void should_judge_a_tap_approval_in_2026_under_the_2016_text_carried_forward_and_say_so() throws Exception {
        String yaml = """
                groups:
                  - {id: SG3, kind: STUDY_GROUP}
                meetings:
                  - {id: SG3-2026-06, group: SG3, start: 2026-06-15, end: 2026-06-26, status: HELD}
                recommendations:
                  - {id: D.new, process: TAP, approvalMeeting: SG3-2026-06, decision: {recorded: APPROVED}}
                """;
        Determination d = approval(yaml, LocalDate.of(2026, 9, 1), "D.new");
        // Issue 9 part 3: Res. 1 (2022) is in force and its TAP text is not encoded: the 2016 text is carried forward,
        // and the determination names the edition in force and the text applied.
        assertThat(d.value()).isEqualTo("APPROVED");
        assertThat(d.details().get("rule")).contains("Rev. Geneva, 2022").contains("carried-forward")
                .contains("Rev. Hammamet, 2016");
    }
}
