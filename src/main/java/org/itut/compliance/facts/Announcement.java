package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * How a meeting was announced.
 *
 * @param on            the date of the announcement, or {@code null} if unknown
 * @param document      the id of the announcing document, or {@code null}
 * @param draftAgenda   whether the announcement carried (or pointed to) the draft agenda; {@code null} if unknown
 * @param inputDeadline the date by which the announcement asks for inputs to the meeting, or {@code null} if it sets
 *                      none or it is unknown (for a group outside A.1 3.1.8, its own arrangement)
 */
public record Announcement(LocalDate on, String document, Boolean draftAgenda, LocalDate inputDeadline) {

    /**
     * An announcement that sets no input deadline (or none is known).
     *
     * @param on          the date of the announcement, or {@code null} if unknown
     * @param document    the id of the announcing document, or {@code null}
     * @param draftAgenda whether the announcement carried (or pointed to) the draft agenda; {@code null} if unknown
     */
    public Announcement(LocalDate on, String document, Boolean draftAgenda) {
        this(on, document, draftAgenda, null);
    }
}
