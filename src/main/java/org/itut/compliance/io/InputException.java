package org.itut.compliance.io;

import java.util.List;

/** The input cannot be used; {@link #problems()} lists every problem found, in file and line order. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    /**
     * An exception listing problems; its message lists them all, one per line.
     *
     * @param problems every problem found, in file and line order
     */
    public InputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems.
     *
     * @return every problem found, in file and line order
     */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the input:");
        for (InputProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
