package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * How a meeting was announced.
 *
 * @param on          the date of the announcement, or {@code null} if unknown
 * @param document    the id of the announcing document, or {@code null}
 * @param draftAgenda whether the announcement carried (or pointed to) the draft agenda; {@code null} if unknown
 */
public record Announcement(LocalDate on, String document, Boolean draftAgenda) {
}
