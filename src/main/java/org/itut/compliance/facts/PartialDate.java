package org.itut.compliance.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar date known to the day, to the month ("May 2026"), or not at all. Meeting dates in
 * source documents are often known only to the month; a rule that needs the day then says so.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How precisely a {@link PartialDate} is known. */
    public enum Precision {
        /** Known to the day. */
        DAY,
        /** Known to the month only. */
        MONTH,
        /** Not known. */
        UNKNOWN
    }

    /** A date not known at all ({@code unknown} in a fact file). */
    public static final PartialDate UNKNOWN = new PartialDate(null, null);

    private final LocalDate day;
    private final YearMonth month;

    private PartialDate(LocalDate day, YearMonth month) {
        this.day = day;
        this.month = month;
    }

    /**
     * A date known to the day.
     *
     * @param day the day
     * @return the date
     */
    public static PartialDate of(LocalDate day) {
        return new PartialDate(Objects.requireNonNull(day, "day"), YearMonth.from(day));
    }

    /**
     * A date known only to the month.
     *
     * @param month the month, e.g. May 2026
     * @return the date
     */
    public static PartialDate ofMonth(YearMonth month) {
        return new PartialDate(null, Objects.requireNonNull(month, "month"));
    }

    /**
     * Parses a date as fact files write it.
     *
     * @param text {@code 2026-05-11}, {@code 2026-05} or {@code unknown}; {@code null} is unknown
     * @return the date, known to the day, to the month, or not at all
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static PartialDate parse(String text) {
        if (text == null || text.equals("unknown")) {
            return UNKNOWN;
        }
        try {
            if (text.length() == 7) {
                return ofMonth(YearMonth.parse(text));
            }
            return of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date; expected YYYY-MM-DD, YYYY-MM or unknown");
        }
    }

    /**
     * How precisely the date is known.
     *
     * @return to the day, to the month, or not at all
     */
    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.UNKNOWN;
    }

    /**
     * The day.
     *
     * @return the day, or {@code null} unless known to the day
     */
    public LocalDate exact() {
        return day;
    }

    /**
     * Whether the date is known to the day.
     *
     * @return true for {@link Precision#DAY}
     */
    public boolean isExact() {
        return day != null;
    }

    /**
     * Whether the date is known at all.
     *
     * @return true unless the date is {@link #UNKNOWN}
     */
    public boolean isKnown() {
        return month != null;
    }

    /**
     * The first day it can be.
     *
     * @return the day, or the first of the month, or {@code null} if unknown
     */
    public LocalDate earliest() {
        return day != null ? day : month != null ? month.atDay(1) : null;
    }

    /**
     * The last day it can be.
     *
     * @return the day, or the last of the month, or {@code null} if unknown
     */
    public LocalDate latest() {
        return day != null ? day : month != null ? month.atEndOfMonth() : null;
    }

    @Override
    public int compareTo(PartialDate o) {
        LocalDate a = earliest();
        LocalDate b = o.earliest();
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c = a.compareTo(b);
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && Objects.equals(day, p.day) && Objects.equals(month, p.month);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, month);
    }

    @Override
    public String toString() {
        return day != null ? day.toString() : month != null ? month.toString() : "unknown";
    }
}
