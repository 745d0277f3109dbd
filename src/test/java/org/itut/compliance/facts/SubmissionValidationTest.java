package org.itut.compliance.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.itut.compliance.facts.SubmissionProblem.Check;
import org.junit.jupiter.api.Test;

/** Facts built in code get the checks FactReader makes on files: one validation step for both. */
class SubmissionValidationTest {

    private static Group group(String id, GroupKind kind, String parent) {
        return Group.builder(id, kind).parent(parent).build();
    }

    @Test
    void should_name_every_problem_by_fact_path_with_what_was_wrong_and_what_was_expected() {
        // GIVEN a submission built in code: a missing parent, a meeting of an unknown group, an id used
        // twice, a meeting where a group is expected, and a position on a subject the consultation lacks
        Submission s = Submission.builder()
                .group(Group.of("SG17", GroupKind.STUDY_GROUP))
                .group(group("Q6/17", GroupKind.QUESTION, "SG99"))
                .meeting(Meeting.builder("M1", "SG18").start(LocalDate.of(2026, 1, 12)).build())
                .meeting(Meeting.builder("SG17", "SG17").build())
                .group(group("WP1/17", GroupKind.WORKING_PARTY, "M1"))
                .consultation(Consultation.builder("C1", ConsultationProcedure.QUESTION_RES1_2022_7_3_2).subjects("Q6/17").build())
                .reply(Reply.builder("R1", "C1", "Ruritania", MemberKind.MEMBER_STATE).position("Q9/17", Position.SUPPORT).build())
                .build();
        // WHEN
        List<SubmissionProblem> problems = s.validate();
        // THEN every problem, in the order of the kinds of fact, each with its path
        assertThat(problems).extracting(SubmissionProblem::check, SubmissionProblem::path, SubmissionProblem::value).containsExactly(
                tuple(Check.UNKNOWN_ID, "groups[1].parent", "SG99"),
                tuple(Check.WRONG_KIND, "groups[2].parent", "M1"),
                tuple(Check.UNKNOWN_ID, "meetings[0].group", "SG18"),
                tuple(Check.DUPLICATE_ID, "meetings[1].id", "SG17"),
                tuple(Check.NOT_A_SUBJECT, "replies[0].positions.Q9/17", "Q9/17"));
        assertThat(problems.get(0)).hasToString(
                "groups[1].parent (Q6/17): group \"SG99\" is not in the submission. Add the group or correct the id.");
        assertThat(problems.get(1).problem()).isEqualTo("\"M1\" is a meeting (meetings[0])");
        assertThat(problems.get(1).expected()).isEqualTo("the id of a group");
        assertThat(problems.get(3).problem()).isEqualTo("the id \"SG17\" is already used by a group at groups[0]");
        assertThat(problems.get(4).expected()).isEqualTo("one of Q6/17");
        assertThat(problems.get(0).factType()).isEqualTo(Group.class);
        assertThat(s.facts(problems.get(0).factType()).get(problems.get(0).index())).isEqualTo(s.groups().get(1));
    }

    @Test
    void should_report_a_cycle_of_parents_once_from_the_first_group_on_it() {
        // GIVEN B → C → D → B, with A hanging below the cycle
        Submission s = Submission.builder()
                .group(group("A", GroupKind.QUESTION, "C"))
                .group(group("B", GroupKind.STUDY_GROUP, "C"))
                .group(group("C", GroupKind.WORKING_PARTY, "D"))
                .group(group("D", GroupKind.WORKING_PARTY, "B"))
                .build();
        // WHEN / THEN one problem, at B, the first group of the cycle
        assertThat(s.validate()).singleElement().satisfies(p -> {
            assertThat(p.check()).isEqualTo(Check.PARENT_CYCLE);
            assertThat(p.path()).isEqualTo("groups[1].parent");
            assertThat(p.problem()).isEqualTo("the parents form a cycle: B → C → D → B");
        });
    }

    @Test
    void should_find_a_cycle_at_the_end_of_a_long_chain_of_parents() {
        // GIVEN 20 000 groups, each the child of the next, and the last the child of the one before it
        Submission.Builder b = Submission.builder();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            b.group(group("G" + i, GroupKind.WORKING_PARTY, i < n - 1 ? "G" + (i + 1) : "G" + (n - 2)));
        }
        // WHEN / THEN the two-group cycle at the top is found, once
        assertThat(b.build().validate()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("groups[19998].parent");
            assertThat(p.problem()).isEqualTo("the parents form a cycle: G19998 → G19999 → G19998");
        });
    }

    @Test
    void should_check_references_nested_in_facts_and_in_facts_attached_to_others() {
        // GIVEN a leader nominated by an unknown group, terms whose lifetime is decided by a document,
        // and arrangements of a meeting that is not there
        Group jcg = Group.builder("JCG", GroupKind.JOINT_CORRESPONDENCE_GROUP).parent("SG17")
                .leaders(new Leader("A. Person", LeaderRole.CONVENOR, null, "SG77", null, null))
                .termsOfReference(TermsOfReference.builder("TOR-1")
                        .lifetime(Lifetime.builder(LifetimeKind.UNTIL_DECISION).decidedBy("D1").build()).build())
                .build();
        Submission s = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP)).group(jcg)
                .document(Document.builder("D1", DocumentKind.TD).build())
                .arrangements(MeetingArrangements.builder("M7").planned(true).build())
                .build();
        // WHEN / THEN
        assertThat(s.validate()).extracting(SubmissionProblem::path, SubmissionProblem::problem).containsExactly(
                tuple("groups[1].leaders[0].nominatedBy", "group \"SG77\" is not in the submission"),
                tuple("groups[1].termsOfReference.lifetime.decidedBy", "\"D1\" is a document (documents[0])"),
                tuple("arrangements[0].meeting", "meeting \"M7\" is not in the submission"));
        assertThat(s.validate().get(2)).hasToString(
                "arrangements[0].meeting (arrangements of M7): meeting \"M7\" is not in the submission. Add the meeting or correct the id.");
    }

    @Test
    void should_accept_an_id_of_any_kind_where_any_fact_may_be_named() {
        // GIVEN a decision about a group and a meeting (subjects take any fact), and one about nothing known
        Submission s = Submission.builder().group(Group.of("TSAG", GroupKind.TSAG))
                .meeting(Meeting.builder("TSAG-1", "TSAG").build())
                .decision(Decision.builder("D1", "TSAG", DecisionKind.ESTABLISH).subjects("TSAG", "TSAG-1").build())
                .decision(Decision.builder("D2", "TSAG", DecisionKind.ESTABLISH).subjects("X").build())
                .build();
        // WHEN / THEN
        assertThat(s.validate()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("decisions[1].subjects[0]");
            assertThat(p.problem()).isEqualTo("fact \"X\" is not in the submission");
            assertThat(p.expected()).isEqualTo("add the fact or correct the id");
        });
    }

    @Test
    void should_find_nothing_wrong_with_facts_that_fit_together() {
        Submission s = Submission.builder()
                .group(Group.of("SG17", GroupKind.STUDY_GROUP))
                .group(group("Q6/17", GroupKind.QUESTION, "SG17"))
                .meeting(Meeting.builder("SG17-1", "SG17").start(LocalDate.of(2026, 1, 12)).build())
                .consultation(Consultation.builder("C1", ConsultationProcedure.QUESTION_RES1_2022_7_3_2).subjects("Q6/17").build())
                .reply(Reply.builder("R1", "C1", "Ruritania", MemberKind.MEMBER_STATE).position("Q6/17", Position.SUPPORT).build())
                .build();
        assertThat(s.validate()).isEmpty();
    }

    @Test
    void should_hold_facts_by_kind_in_the_documented_order() {
        // GIVEN facts added in no particular order
        Group g = Group.of("SG17", GroupKind.STUDY_GROUP);
        Meeting m = Meeting.builder("M1", "SG17").build();
        Inventory i = new Inventory("SG17", List.of(DocumentKind.REPORT), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        Submission s = Submission.builder().add(i).add(m).add(g).build();
        // THEN each kind has its list, and all() follows the order of factTypes()
        assertThat(s.facts(Meeting.class)).containsExactly(m);
        assertThat(s.meetings()).containsExactly(m);
        assertThat(s.all()).containsExactly(g, m, i);
        assertThat(s.size()).isEqualTo(3);
        assertThat(Submission.factTypes()).startsWith(Group.class, Meeting.class, Document.class, Decision.class,
                Consultation.class, Reply.class, Inventory.class).endsWith(LeaderDetails.class).hasSize(22);
        assertThat(s.toBuilder().clear(Meeting.class).build().all()).containsExactly(g, i);
    }

    @Test
    void should_refuse_an_object_that_is_not_a_kind_of_fact() {
        assertThatThrownBy(() -> Submission.builder().add("SG17"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String is not a kind of fact").hasMessageContaining("Group, Meeting");
        assertThatThrownBy(() -> Submission.builder().build().facts(Leader.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_list_every_problem_in_the_exception_message() {
        Submission s = Submission.builder().group(group("Q6/17", GroupKind.QUESTION, "SG99"))
                .meeting(Meeting.builder("M1", "SG18").build()).build();
        InvalidSubmissionException e = new InvalidSubmissionException(s.validate());
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).startsWith("2 problems in the submission:")
                .contains("groups[0].parent (Q6/17): group \"SG99\" is not in the submission")
                .contains("meetings[0].group (M1): group \"SG18\" is not in the submission");
    }

    @Test
    void should_keep_the_file_and_line_of_facts_read_from_files_when_naming_the_other_place() {
        // GIVEN two groups with one id, each with where it was read from
        Submission s = Submission.builder()
                .add(Group.of("SG17", GroupKind.STUDY_GROUP), new Origin("a.yaml", 2, "groups[0]"))
                .add(Group.of("SG17", GroupKind.STUDY_GROUP), new Origin("b.yaml", 3, "groups[1]"))
                .build();
        // THEN the problem names the first by file and line
        assertThat(s.validate()).singleElement().satisfies(p ->
                assertThat(p.problem()).isEqualTo("the id \"SG17\" is already used by a group at a.yaml:2 (groups[0])"));
        assertThat(s.origin("SG17")).hasValue(new Origin("a.yaml", 2, "groups[0]"));
        assertThat(Map.copyOf(s.origins())).hasSize(1);
    }
}
