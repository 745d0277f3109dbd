package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * The circular announcing whether a Recommendation (or its deletion) was approved.
 *
 * @param document  the id of the circular, or {@code null}
 * @param date      its date, or {@code null} if unknown
 * @param announced what it announces; {@code null} if unknown
 */
public record ResultNotice(String document, LocalDate date, ResultState announced) {
}
