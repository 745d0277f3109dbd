package org.itut.compliance;

/**
 * How serious a failure is. Derived from the force of the provision's wording: "shall" gives
 * {@link #VIOLATION}, "should" or an unverified text gives {@link #WARNING}, "is encouraged" or an
 * observation gives {@link #INFO}.
 */
public enum Level {
    /** A departure from a mandatory provision ("shall", "must", a condition of authority). */
    VIOLATION,
    /** A departure from a recommended practice ("should", "normally"), or any carried-forward or unverified reading. */
    WARNING,
    /** A departure from an encouragement or a request, or from a limit the engine sets as policy rather than the text. */
    INFO;

    /**
     * Whether this level is at least as serious as {@code other}.
     *
     * @param other the level to compare with
     * @return true when this level is {@code other} or more serious ({@link #VIOLATION} is the most serious)
     */
    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }
}
