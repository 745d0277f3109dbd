package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A request, made at the approval meeting, for more time to consider a draft Recommendation
 * (Res. 1 (2016) 9.5.5; A.8 (2008) 5.6).
 *
 * @param requestedBy the requesting delegations (Member States), as named
 * @param requestedOn the date of the request, or {@code null} if unknown
 * @param oppositions formal oppositions received afterwards
 */
public record MoreTime(List<String> requestedBy, LocalDate requestedOn, List<Objection> oppositions) {
    /**
     * Copies the collections, so that the record never changes.
     *
     * @param requestedBy the requesting delegations (Member States), as named
     * @param requestedOn the date of the request, or {@code null} if unknown
     * @param oppositions formal oppositions received afterwards
     */
    public MoreTime {
        requestedBy = List.copyOf(requestedBy);
        oppositions = List.copyOf(oppositions);
    }
}
