package org.itut.compliance.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A batch is checked by looking only at what it touched, and finds what {@link Submission#validate()}
 * finds in the facts it would leave: each kind of problem, positions counted after the batch.
 * (ComplianceSessionPropertyTest compares the two on random batches.)
 */
class WorkingFactsTest {
    private static final Group A = Group.of("A", GroupKind.STUDY_GROUP);
    private static final Group B = Group.builder("B", GroupKind.WORKING_PARTY).parent("A").build();
    private static final Group C = Group.builder("C", GroupKind.WORKING_PARTY).parent("A").build();
    private static final Meeting M = Meeting.builder("M", "B").start(LocalDate.of(2026, 1, 12)).build();

    private static Submission abcm() {
        return Submission.builder().group(A).group(B).group(C).meeting(M).build();
    }

    /** Asserts that {@code batch} is refused with exactly the problems {@code result.validate()} lists, leaving the facts as they were. */
    private static void refusedAsValidateWould(WorkingFacts w, List<FactChange> batch, Submission result, String... expected) {
        Submission before = w.submission();
        List<String> validate = result.validate().stream().map(p -> p.check() + " " + p).toList();
        assertThat(validate).containsExactly(expected);
        assertThatThrownBy(() -> w.apply(batch)).isInstanceOfSatisfying(InvalidSubmissionException.class, e ->
                assertThat(e.problems()).extracting(p -> p.check() + " " + p).containsExactlyElementsOf(validate));
        assertThat(w.submission()).isEqualTo(before);
    }

    @Test
    void should_report_a_duplicate_id_at_the_fact_validate_reports_even_when_it_was_there_first() {
        // GIVEN groups and a meeting; WHEN a group takes the meeting's id (groups come first in a submission)
        WorkingFacts w = WorkingFacts.of(abcm());
        Group g = Group.of("M", GroupKind.FOCUS_GROUP);
        // THEN the meeting, which was there first, is the one reported
        refusedAsValidateWould(w, List.of(FactChange.insert(g)), abcm().toBuilder().group(g).build(),
                "DUPLICATE_ID meetings[0].id (M): the id \"M\" is already used by a group at groups[3]. Ids unique across the whole submission.");
    }

    @Test
    void should_count_positions_in_the_facts_the_batch_leaves() {
        // GIVEN A with children B and C; WHEN A goes
        WorkingFacts w = WorkingFacts.of(abcm());
        Submission left = Submission.builder().group(B).group(C).meeting(M).build();
        // THEN B and C are named by their positions without A
        refusedAsValidateWould(w, List.of(FactChange.retract("A")), left,
                "UNKNOWN_ID groups[0].parent (B): group \"A\" is not in the submission. Add the group or correct the id.",
                "UNKNOWN_ID groups[1].parent (C): group \"A\" is not in the submission. Add the group or correct the id.");
    }

    @Test
    void should_refuse_an_id_of_the_wrong_kind() {
        WorkingFacts w = WorkingFacts.of(abcm());
        Group c = Group.builder("C", GroupKind.WORKING_PARTY).parent("M").build();
        refusedAsValidateWould(w, List.of(FactChange.update(c)), Submission.builder().group(A).group(B).group(c).meeting(M).build(),
                "WRONG_KIND groups[2].parent (C): \"M\" is a meeting (meetings[0]). The id of a group.");
    }

    @Test
    void should_refuse_a_cycle_closed_by_one_change_or_by_a_batch_reporting_it_once() {
        WorkingFacts w = WorkingFacts.of(abcm());
        // One change: A under its own child B
        Group a = Group.builder("A", GroupKind.STUDY_GROUP).parent("B").build();
        refusedAsValidateWould(w, List.of(FactChange.update(a)), Submission.builder().group(a).group(B).group(C).meeting(M).build(),
                "PARENT_CYCLE groups[0].parent (A): the parents form a cycle: A → B → A. A group hierarchy without cycles.");
        // A batch of two changes, each harmless alone: C under B, then A under C
        Group c = Group.builder("C", GroupKind.WORKING_PARTY).parent("B").build();
        Group a2 = Group.builder("A", GroupKind.STUDY_GROUP).parent("C").build();
        refusedAsValidateWould(w, List.of(FactChange.update(c), FactChange.update(a2)),
                Submission.builder().group(a2).group(B).group(c).meeting(M).build(),
                "PARENT_CYCLE groups[0].parent (A): the parents form a cycle: A → C → B → A. A group hierarchy without cycles.");
    }

    @Test
    void should_recheck_positions_when_a_consultation_drops_a_subject() {
        // GIVEN a consultation on Q1 and Q2 and a reply on Q2
        Group q1 = Group.builder("Q1/17", GroupKind.QUESTION).parent("A").build();
        Group q2 = Group.builder("Q2/17", GroupKind.QUESTION).parent("A").build();
        Consultation c = Consultation.builder("C1", ConsultationProcedure.QUESTION_RES1_2022_7_3_2).subjects("Q1/17", "Q2/17").build();
        Reply r = Reply.builder("R1", "C1", "MS 1", MemberKind.MEMBER_STATE).position("Q2/17", Position.SUPPORT).build();
        Submission s = Submission.builder().group(A).group(q1).group(q2).consultation(c).reply(r).build();
        WorkingFacts w = WorkingFacts.of(s);
        // WHEN the consultation drops Q2, THEN the reply's position on it is refused
        Consultation c2 = Consultation.builder("C1", ConsultationProcedure.QUESTION_RES1_2022_7_3_2).subjects("Q1/17").build();
        refusedAsValidateWould(w, List.of(FactChange.update(c2)),
                Submission.builder().group(A).group(q1).group(q2).consultation(c2).reply(r).build(),
                "NOT_A_SUBJECT replies[0].positions.Q2/17 (R1): \"Q2/17\" is not a subject of consultation C1. One of Q1/17.");
    }

    @Test
    void should_refuse_a_second_arrangements_for_a_meeting() {
        MeetingArrangements first = MeetingArrangements.builder("M").planned(true).build();
        MeetingArrangements second = MeetingArrangements.builder("M").planned(false).build();
        WorkingFacts w = WorkingFacts.of(abcm().toBuilder().arrangements(first).build());
        refusedAsValidateWould(w, List.of(FactChange.insert(second)), abcm().toBuilder().arrangements(first).arrangements(second).build(),
                "SECOND_OF_ONE arrangements[1].meeting (arrangements of M): the meeting \"M\" already has one, at arrangements[0]. "
                        + "One per meeting (files write it inside the meeting).");
        // but replacing the one there is fine
        w.apply(List.of(FactChange.replace(first, second)));
        assertThat(w.submission().arrangements()).containsExactly(second);
    }

    @Test
    void should_take_a_batch_that_is_valid_only_as_a_whole() {
        WorkingFacts w = WorkingFacts.of(abcm());
        Meeting m2 = Meeting.builder("M2", "D").start(LocalDate.of(2026, 3, 2)).build();
        Group d = Group.builder("D", GroupKind.WORKING_PARTY).parent("A").build();
        Group b2 = Group.builder("B", GroupKind.WORKING_PARTY).parent("C").build();
        // a meeting before its group; a group retracted and inserted again (last of its kind now); an id
        // used twice for a moment, the first one then retracted
        List<WorkingFacts.Step> steps = w.apply(List.of(FactChange.insert(m2), FactChange.insert(d),
                FactChange.retract("B"), FactChange.insert(b2),
                FactChange.insert(Group.of("E", GroupKind.TSAG)), FactChange.insert(Group.of("E", GroupKind.WTSA)), FactChange.retract("E")));
        assertThat(w.submission().groups()).containsExactly(A, C, d, b2, Group.of("E", GroupKind.WTSA));
        assertThat(w.submission().meetings()).containsExactly(M, m2);
        assertThat(w.submission().validate()).isEmpty();
        // each fact's net change is one step: B out and in again are two facts, the first E never was
        assertThat(steps).extracting(s -> s.before() + " -> " + s.after()).hasSize(5);
    }
}
