package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The decision on a draft Recommendation at the study-group meeting that considered it for approval.
 *
 * @param date              the date, or {@code null} (the meeting's last day is then used)
 * @param recorded          what the meeting report records; {@code null} if unknown
 * @param opposing          Member States (delegations) present that opposed, as named
 * @param opposingOthers    other members present that opposed (Sector Members), as named
 * @param abstaining        delegations that abstained, as named
 * @param reservations      delegations that registered a reservation, as named
 * @param policyDeclaration whether a Member State declared policy or regulatory implications (AAP); {@code null} if unknown
 * @param moreTime          a request for more time, or {@code null}
 */
public record MeetingDecision(LocalDate date, ResultState recorded, List<String> opposing, List<String> opposingOthers,
                              List<String> abstaining, List<String> reservations, Boolean policyDeclaration,
                              MoreTime moreTime) {
    public MeetingDecision {
        opposing = List.copyOf(opposing);
        opposingOthers = List.copyOf(opposingOthers);
        abstaining = List.copyOf(abstaining);
        reservations = List.copyOf(reservations);
    }
}
