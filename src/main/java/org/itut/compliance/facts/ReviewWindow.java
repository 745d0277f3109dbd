package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * An AAP Last Call or Additional Review.
 *
 * @param start        the first day (the Director's announcement), or {@code null} if unknown
 * @param end          the last day, or {@code null} if unknown
 * @param announcement the id of the announcing document, or {@code null}
 * @param outcome      where the text went afterwards, as recorded; {@code null} if unknown or not yet
 */
public record ReviewWindow(LocalDate start, LocalDate end, String announcement, StageOutcome outcome) {
}
