package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * A decision that switched a Recommendation from its default approval process (Res. 1 (2016) 8.1, 8.2).
 *
 * @param date      the date of the decision, or {@code null} if unknown
 * @param meeting   the id of the meeting that decided, or {@code null}
 * @param basis     consensus, or a vote of Member States; {@code null} if unknown
 * @param written   whether the request was made in writing; {@code null} if unknown
 * @param reasons   whether the request gave reasons; {@code null} if unknown
 * @param seconded  whether the request was seconded; {@code null} if unknown
 */
public record SelectionChange(LocalDate date, String meeting, DecisionBasis basis, Boolean written, Boolean reasons,
                              Boolean seconded) {
}
