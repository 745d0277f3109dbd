package org.itut.compliance.facts;

import java.util.List;
import java.util.Objects;

/**
 * The leadership terms of reference prescribe, e.g. two co-convenors, one nominated by each of SG17 and SG20.
 *
 * @param item        where in the terms of reference it is written
 * @param role        the role
 * @param count       how many holders
 * @param nominatedBy the nominating groups, one holder each, or empty if not prescribed
 */
public record DeclaredLeadership(String item, LeaderRole role, int count, List<String> nominatedBy) {
    /**
     * Checks what one {@code DeclaredLeadership} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); and copies the
     * collections, so that the record never changes.
     *
     * @param item        where in the terms of reference it is written
     * @param role        the role
     * @param count       how many holders
     * @param nominatedBy the nominating groups, one holder each, or empty if not prescribed
     */
    public DeclaredLeadership {
        Objects.requireNonNull(role, "leadership.role");
        if (count < 1) {
            throw new IllegalArgumentException("leadership.count must be at least 1: " + count);
        }
        nominatedBy = List.copyOf(nominatedBy);
    }
}
