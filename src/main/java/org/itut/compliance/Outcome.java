package org.itut.compliance;

/**
 * What a rule concluded about one subject.
 *
 * <p>{@link #INDETERMINATE} is never compliance: it means a fact the rule needs is missing.
 */
public enum Outcome {
    /** The provision is met, with positive evidence. */
    PASS,
    /** The provision is breached; the finding carries a {@link Level}. */
    FAIL,
    /** The duty falls due after the as-of date; the finding carries the due date. */
    PENDING,
    /** The provision does not apply to this subject (for example, the duty predates the group). */
    NOT_APPLICABLE,
    /** A fact the rule needs is unknown; the finding says which. */
    INDETERMINATE
}
