package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A designation of a lead study group for a subject (WTSA Res. 1 section 2), which lets that study
 * group establish a JCA on the subject on its own authority (A.1 (10/2016) 2.2.2).
 *
 * @param id           a unique id
 * @param sg           the id of the designated study group
 * @param subject      the subject, as the designation states it (e.g. "identity management")
 * @param designatedBy the id of the designating body (WTSA or TSAG)
 * @param from         the first day in force, or {@code null} if unknown
 * @param until        the last day in force, or {@code null} while in force or if unknown
 */
public record LeadDesignation(String id, String sg, String subject, String designatedBy, LocalDate from, LocalDate until) {
    public LeadDesignation {
        Facts.requireText(id, "leadDesignation.id");
        Facts.requireText(sg, "leadDesignation.sg");
        Objects.requireNonNull(subject, "leadDesignation.subject");
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("designation " + id + " ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** True when the designation is known to be in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return date != null && from != null && !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
