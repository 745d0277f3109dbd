package org.itut.compliance;

import java.util.Optional;

/**
 * An evaluation failed inside the rules: a rule's condition or consequence threw, or the rules did
 * not come to rest. This is a fault of the library (or of a rule), not of the submission — an
 * invalid submission is refused earlier with an {@link org.itut.compliance.facts.InvalidSubmissionException}.
 * It names the rule and the fact it was judging when they are known; its cause is the exception the
 * rule threw. No exception type of the rule engine (Drools) is thrown by the library's API or appears
 * among the causes.
 */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The id of the rule that failed, or {@code null}. */
    private final String rule;
    /** The id of the fact the rule judged, or {@code null}. */
    private final String subject;

    /**
     * An exception naming the rule and the fact it judged.
     *
     * @param message what went wrong
     * @param rule    the id of the rule that failed, or {@code null} if unknown
     * @param subject the id of the fact the rule was judging, or {@code null} if unknown
     * @param cause   what the rule threw, or {@code null}
     */
    public EvaluationException(String message, String rule, String subject, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.subject = subject;
    }

    /**
     * The rule that failed.
     *
     * @return its id, e.g. {@code A1-1.6-ca-authorization}, if known
     */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * The fact the rule was judging.
     *
     * @return its id (a group's, a meeting's ...), if known
     */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }
}
