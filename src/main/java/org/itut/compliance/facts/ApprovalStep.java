package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * A step taken at a meeting: the consent (AAP) or the determination (TAP) of a draft Recommendation.
 *
 * @param meeting the id of the meeting, or {@code null} if unknown
 * @param date    the date, or {@code null} (the meeting's last day is then used)
 */
public record ApprovalStep(String meeting, LocalDate date) {
}
