package org.itut.compliance.facts;

import java.util.List;
import java.util.Objects;

/**
 * One thing in a {@link Submission} that does not fit with the rest, as {@link Submission#validate()}
 * finds it. It names the fact by its kind and position in the submission, and the key inside it:
 * {@link #path()} is for example {@code groups[3].parent}.
 */
public final class SubmissionProblem {

    /** What was checked. */
    public enum Check {
        /** Two facts have the same id (ids are unique across all kinds of fact). */
        DUPLICATE_ID,
        /** A fact names an id that no fact of the submission has. */
        UNKNOWN_ID,
        /** A fact names an id of a fact of another kind than the key takes (a meeting where a group is expected). */
        WRONG_KIND,
        /** A group is, through its parents, its own ancestor. */
        PARENT_CYCLE,
        /** A reply or result takes a position on a subject the consultation does not consult on. */
        NOT_A_SUBJECT,
        /**
         * A meeting has two arrangements, or a document two handling, liaison or report details: files
         * write each inside its meeting or document, so there is one.
         */
        SECOND_OF_ONE
    }

    private final Check check;
    private final Class<?> factType;
    private final String list;
    private final int index;
    private final String about;
    private final List<String> keys;
    private final String value;
    private final String problem;
    private final String expected;

    SubmissionProblem(Check check, FactType<?> type, int index, String about, List<String> keys, String value,
                      String problem, String expected) {
        this.check = Objects.requireNonNull(check);
        this.factType = type.type;
        this.list = type.name;
        this.index = index;
        this.about = about;
        this.keys = List.copyOf(keys);
        this.value = value;
        this.problem = Objects.requireNonNull(problem);
        this.expected = Objects.requireNonNull(expected);
    }

    /**
     * What was checked.
     *
     * @return the check that failed
     */
    public Check check() {
        return check;
    }

    /**
     * The record of the fact at fault, e.g. {@code Group.class}.
     *
     * @return the record
     */
    public Class<?> factType() {
        return factType;
    }

    /**
     * Its position among the submission's facts of that kind: {@code submission.facts(factType()).get(index())}.
     *
     * @return the position, from 0
     */
    public int index() {
        return index;
    }

    /**
     * The keys inside the fact that lead to the value at fault (list positions written {@code [i]}); empty for the whole fact.
     *
     * @return the keys
     */
    public List<String> keys() {
        return keys;
    }

    /**
     * The value at fault: the id named, or the subject; {@code null} if none.
     *
     * @return the value, or {@code null}
     */
    public String value() {
        return value;
    }

    /**
     * The fact and key, e.g. {@code groups[3].parent} or {@code replies[0].positions.Q9/17}.
     *
     * @return the path
     */
    public String path() {
        StringBuilder sb = new StringBuilder(list).append('[').append(index).append(']');
        for (String k : keys) {
            if (k.startsWith("[")) {
                sb.append(k);
            } else {
                sb.append('.').append(k);
            }
        }
        return sb.toString();
    }

    /**
     * What was found, e.g. {@code group "SG99" is not in the submission}.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * What was expected, or what to do, e.g. {@code add the group or correct the id}.
     *
     * @return the expectation
     */
    public String expected() {
        return expected;
    }

    /** For example {@code groups[1].parent (Q6/17): group "SG99" is not in the submission. Add the group or correct the id.} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(path());
        if (about != null) {
            sb.append(" (").append(about).append(')');
        }
        sb.append(": ").append(problem);
        if (!expected.isEmpty()) {
            sb.append(". ").append(Character.toUpperCase(expected.charAt(0))).append(expected.substring(1));
        }
        return sb.append('.').toString();
    }
}
