package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;

import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.InvalidSubmissionException;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.SubmissionProblem;
import org.junit.jupiter.api.Test;

/** issue 10: an invalid in-code submission gets the documented exception naming every problem; none of Drools'. */
class InvalidSubmissionTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);

    @Test
    void should_refuse_an_invalid_in_code_submission_naming_every_problem_before_any_rule_runs() {
        // GIVEN a correspondence group whose parent is missing (this made a rule throw a Drools
        // ConsequenceException), a meeting of an unknown group (this gave no finding and no error),
        // an id used twice and a cycle of parents
        Submission s = Submission.builder()
                .group(Group.builder("CG-X", GroupKind.CORRESPONDENCE_GROUP).parent("SG99").build())
                .meeting(Meeting.builder("M1", "SG98").start(LocalDate.of(2026, 1, 12)).build())
                .group(Group.builder("WP1/17", GroupKind.WORKING_PARTY).parent("WP2/17").build())
                .group(Group.builder("WP2/17", GroupKind.WORKING_PARTY).parent("WP1/17").build())
                .meeting(Meeting.builder("CG-X", "CG-X").build())
                .build();
        // WHEN
        Throwable thrown = catchThrowable(() -> TestEngine.get().evaluate(s, AS_OF));
        // THEN the documented exception, with every problem by fact path
        assertThat(thrown).isInstanceOf(InvalidSubmissionException.class).isInstanceOf(IllegalArgumentException.class)
                .hasNoCause();
        InvalidSubmissionException e = (InvalidSubmissionException) thrown;
        assertThat(e.problems()).extracting(SubmissionProblem::path).containsExactly(
                "groups[0].parent", "groups[1].parent", "meetings[0].group", "meetings[1].id");
        assertThat(e.problems()).extracting(SubmissionProblem::check).containsExactly(SubmissionProblem.Check.UNKNOWN_ID,
                SubmissionProblem.Check.PARENT_CYCLE, SubmissionProblem.Check.UNKNOWN_ID, SubmissionProblem.Check.DUPLICATE_ID);
        assertThat(e.getMessage()).contains("4 problems in the submission")
                .contains("groups[0].parent (CG-X): group \"SG99\" is not in the submission")
                .contains("meetings[0].group (M1): group \"SG98\" is not in the submission")
                .contains("the parents form a cycle: WP1/17 → WP2/17 → WP1/17")
                .contains("meetings[1].id (CG-X): the id \"CG-X\" is already used by a group at groups[0]");
    }

    @Test
    void should_evaluate_the_same_correspondence_group_once_its_parent_is_there() {
        // GIVEN the correspondence group with its parent
        Submission s = Submission.builder()
                .group(Group.of("SG99", GroupKind.STUDY_GROUP))
                .group(Group.builder("CG-X", GroupKind.CORRESPONDENCE_GROUP).parent("SG99").build())
                .build();
        // WHEN / THEN a finding, not an exception
        Report r = TestEngine.get().evaluate(s, AS_OF);
        assertThat(r.findingsOf("A1-1.6-ca-authorization")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE));
    }
}
