package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * The previous approval of the same text or portion.
 *
 * @param date   the date of that approval, or {@code null} if unknown
 * @param change how the new text relates to it; {@code null} if unknown
 */
public record PreviousApproval(LocalDate date, ChangeKind change) {
}
