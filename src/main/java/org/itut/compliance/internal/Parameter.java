package org.itut.compliance.internal;

import java.time.Period;

/**
 * One dated, cited number: a notice period, a lead time, a threshold.
 *
 * @param name        e.g. {@code contribution-deadline}
 * @param instrument  e.g. {@code A.1}
 * @param edition     the edition that sets it
 * @param clause      the clause that sets it
 * @param period      a calendar period, or {@code null}
 * @param workingDays a number of working days, or {@code null}
 * @param number      a count or a percentage, or {@code null}
 * @param note        how the number is read, or empty
 * @param source      the file it came from (the library's own, or a user's override)
 */
public record Parameter(String name, String instrument, String edition, String clause, Period period,
                        Integer workingDays, Integer number, String note, String source) {

    /** The value as written, e.g. {@code P12D}, {@code 3 working days}, {@code 70}. */
    public String display() {
        if (period != null) {
            return period.toString();
        }
        if (workingDays != null) {
            return workingDays + " working days";
        }
        return String.valueOf(number);
    }
}
