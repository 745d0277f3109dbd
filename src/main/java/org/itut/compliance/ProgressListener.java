package org.itut.compliance;

/**
 * Hears how far one evaluation has got, for a progress display. It is called on the evaluating
 * thread, so it must be quick; a listener passed to
 * {@link ComplianceEngine#evaluate(org.itut.compliance.facts.Submission, java.time.LocalDate, ProgressListener)}
 * serves that call only.
 */
public interface ProgressListener {

    /**
     * Some of the submission's facts are in the rule session.
     *
     * @param loaded how many facts are in the session so far
     * @param total  how many facts the submission holds
     */
    default void factsLoaded(int loaded, int total) {
    }

    /**
     * Rules have fired. Called every few firings while rules fire, and once more with the final count when
     * no rule is left to fire.
     *
     * @param fired the rule firings so far
     */
    default void rulesFired(long fired) {
    }
}
