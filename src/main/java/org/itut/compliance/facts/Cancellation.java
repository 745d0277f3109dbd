package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * How a meeting was cancelled (A.1 (10/2016) 1.3.3).
 *
 * @param on          the date of the cancellation, or {@code null} if unknown
 * @param decidedBy   who decided it, or {@code null} if unknown
 * @param chairAgreed whether the chairman of the study group or working party agreed; {@code null} if unknown
 * @param document    the id of the document that announced it, or {@code null}
 */
public record Cancellation(LocalDate on, CancellationAuthority decidedBy, Boolean chairAgreed, String document) {
}
