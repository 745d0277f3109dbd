package org.itut.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something the rules derived rather than judged: a group is active on the as-of date, a duty
 * falls due on a date, a consultation's tally and decision.
 *
 * @param kind    what was derived, e.g. {@code group-status}, {@code duty}, {@code consultation-decision}
 * @param subject the id of the thing it is about
 * @param value   the derived value, e.g. {@code ACTIVE}, {@code APPROVED}
 * @param reason  why, in a sentence
 * @param date    the date the value refers to (a due date, a decision date), or {@code null}
 * @param details further named values, in a stable order
 */
public record Determination(String kind, String subject, String value, String reason, LocalDate date,
                            Map<String, String> details) {

    /** The order in which reports list determinations: by kind, subject, date, value, reason and details. */
    public static final Comparator<Determination> ORDER = Comparator.comparing(Determination::kind)
            .thenComparing(Determination::subject)
            .thenComparing(Determination::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Determination::value)
            .thenComparing(Determination::reason)
            .thenComparing(d -> d.details().toString());

    /**
     * Checks what one {@code Determination} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); gives a component
     * left {@code null} its default where it has one; and copies the collections, so that the record never
     * changes.
     *
     * @param kind    what was derived, e.g. {@code group-status}, {@code duty}, {@code consultation-decision}
     * @param subject the id of the thing it is about
     * @param value   the derived value, e.g. {@code ACTIVE}, {@code APPROVED}
     * @param reason  why, in a sentence
     * @param date    the date the value refers to (a due date, a decision date), or {@code null}
     * @param details further named values, in a stable order
     */
    public Determination {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
