package org.itut.compliance.facts;

import java.util.List;

/**
 * A submission that cannot be evaluated: {@code ComplianceEngine.evaluate} throws it, before any rule
 * runs, for a submission whose {@link Submission#validate()} is not empty. {@link #problems()} lists
 * every problem, each naming the fact and key ({@code groups[3].parent}), what was wrong and what was
 * expected; the message lists them too, one a line. (Facts read by {@code FactReader} never get here:
 * it reports the same problems with file and line, in an {@code InputException}.)
 */
public final class InvalidSubmissionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<SubmissionProblem> problems;

    /**
     * An exception listing {@code problems}.
     *
     * @param problems what {@link Submission#validate()} found; at least one
     */
    public InvalidSubmissionException(List<SubmissionProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid submission has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, in the order of {@link Submission#factTypes()}, then of the facts.
     *
     * @return the problems
     */
    public List<SubmissionProblem> problems() {
        return problems;
    }

    private static String summary(List<SubmissionProblem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the submission:");
        for (SubmissionProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
