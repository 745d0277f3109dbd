package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date a submission is judged on, inserted as a fact so no rule reads the wall clock.
 *
 * @param date the as-of date
 */
public record AsOf(LocalDate date) {
    public AsOf {
        Objects.requireNonNull(date, "date");
    }
}
