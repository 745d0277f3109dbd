package org.itut.compliance;

/**
 * How serious a failure is. Derived from the force of the provision's wording: "shall" gives
 * {@link #VIOLATION}, "should" or an unverified text gives {@link #WARNING}, "is encouraged" or an
 * observation gives {@link #INFO}.
 */
public enum Level {
    VIOLATION,
    WARNING,
    INFO;

    /** True when this level is at least as serious as {@code other}. */
    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }
}
