package org.itut.compliance.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar date known to the day, to the month ("May 2026"), only to a window of days ("March/April
 * 2026": some day from 1 March to 30 April), or not at all. Meeting dates in source documents are often
 * known only to the month or to such a span; a rule that needs the day then says so, and a due date
 * derived from it is a window from the one derived from {@link #earliest()} to the one derived from
 * {@link #latest()}. A span of months is a window for <em>one</em> day, never a meeting that lasts the span.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How precisely a {@link PartialDate} is known. */
    public enum Precision {
        /** Known to the day. */
        DAY,
        /** Known to the month only. */
        MONTH,
        /** Known only to a window of days between two bounds (see {@link PartialDate#between}). */
        WINDOW,
        /** Not known. */
        UNKNOWN
    }

    /** A date not known at all ({@code unknown} in a fact file). */
    public static final PartialDate UNKNOWN = new PartialDate(null, null, null, null);

    private final LocalDate day;
    private final YearMonth month;
    /** For a window only: its bounds, each known to the day or the month. */
    private final PartialDate from;
    private final PartialDate to;

    private PartialDate(LocalDate day, YearMonth month, PartialDate from, PartialDate to) {
        this.day = day;
        this.month = month;
        this.from = from;
        this.to = to;
    }

    /**
     * A date known to the day.
     *
     * @param day the day
     * @return the date
     */
    public static PartialDate of(LocalDate day) {
        return new PartialDate(Objects.requireNonNull(day, "day"), YearMonth.from(day), null, null);
    }

    /**
     * A date known only to the month.
     *
     * @param month the month, e.g. May 2026
     * @return the date
     */
    public static PartialDate ofMonth(YearMonth month) {
        return new PartialDate(null, Objects.requireNonNull(month, "month"), null, null);
    }

    /**
     * Some one day from the first day {@code from} can be to the last day {@code to} can be, e.g. from
     * {@code 2026-03} to {@code 2026-04} for "March/April 2026". Bounds that make a single day or a single
     * month give that day or month; a window is never a period something lasts.
     *
     * @param from the first bound, known to the day or the month
     * @param to   the last bound, known to the day or the month
     * @return the window, or the day or month the bounds make
     * @throws IllegalArgumentException if a bound is unknown or itself a window, or {@code to} ends before {@code from} begins
     */
    public static PartialDate between(PartialDate from, PartialDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isKnown() || !to.isKnown() || from.isWindow() || to.isWindow()) {
            throw new IllegalArgumentException("a window runs between two dates known to the day or the month, not "
                    + from + " and " + to);
        }
        if (to.latest().isBefore(from.earliest())) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it begins (" + from + ")");
        }
        if (from.equals(to)) {
            return from;
        }
        if (from.earliest().equals(to.latest())) {
            return of(from.earliest());
        }
        return new PartialDate(null, null, from, to);
    }

    /**
     * Parses a date as fact files write it, or a window in the form {@link #toString()} prints it.
     *
     * @param text {@code 2026-05-11}, {@code 2026-05}, a window {@code 2026-03/2026-04} or {@code unknown}; {@code null} is unknown
     * @return the date, known to the day, to the month, to a window, or not at all
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static PartialDate parse(String text) {
        if (text == null || text.equals("unknown")) {
            return UNKNOWN;
        }
        int slash = text.indexOf('/');
        if (slash > 0) {
            // The ISO 8601 interval form this class prints a window in: 2026-03/2026-04.
            return between(parse(text.substring(0, slash)), parse(text.substring(slash + 1)));
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
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : from != null ? Precision.WINDOW : Precision.UNKNOWN;
    }

    /**
     * Whether only a window of days is known.
     *
     * @return true for a window (neither one day nor one month)
     */
    public boolean isWindow() {
        return from != null;
    }

    /**
     * The window's first bound.
     *
     * @return the first bound for a window, else this date
     */
    public PartialDate from() {
        return from != null ? from : this;
    }

    /**
     * The window's last bound.
     *
     * @return the last bound for a window, else this date
     */
    public PartialDate to() {
        return to != null ? to : this;
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
     * @return true unless the date is {@link #UNKNOWN} (a window is known)
     */
    public boolean isKnown() {
        return month != null || from != null;
    }

    /**
     * The first day it can be.
     *
     * @return the day, or the first of the month, or {@code null} if unknown
     */
    public LocalDate earliest() {
        return day != null ? day : month != null ? month.atDay(1) : from != null ? from.earliest() : null;
    }

    /**
     * The last day it can be.
     *
     * @return the day, or the last of the month, or {@code null} if unknown
     */
    public LocalDate latest() {
        return day != null ? day : month != null ? month.atEndOfMonth() : to != null ? to.latest() : null;
    }

    @Override
    public int compareTo(PartialDate o) {
        LocalDate a = earliest();
        LocalDate b = o.earliest();
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c = a.compareTo(b);
        if (c == 0) {
            c = precision().compareTo(o.precision());
        }
        return c != 0 ? c : latest().compareTo(o.latest());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && Objects.equals(day, p.day) && Objects.equals(month, p.month)
                && Objects.equals(from, p.from) && Objects.equals(to, p.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, month, from, to);
    }

    /** {@code 2026-05-11}, {@code 2026-05}, a window as an ISO 8601 interval {@code 2026-03/2026-04}, or {@code unknown}. */
    @Override
    public String toString() {
        return day != null ? day.toString() : month != null ? month.toString() : from != null ? from + "/" + to : "unknown";
    }
}
