package org.itut.compliance;

/**
 * Hears how far one evaluation has got, for a progress display. It is called on the evaluating
 * thread, so it must be quick; a listener passed to
 * {@link ComplianceEngine#evaluate(org.itut.compliance.facts.Submission, java.time.LocalDate, ProgressListener)}
 * serves that call only.
 */
public interface ProgressListener {

    /** {@code loaded} of the submission's {@code total} facts are in the rule session. */
    default void factsLoaded(int loaded, int total) {
    }

    /**
     * {@code fired} rule firings so far. Called every few firings while rules fire, and once more with the
     * final count when no rule is left to fire.
     */
    default void rulesFired(long fired) {
    }
}
