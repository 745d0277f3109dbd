package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * How a group came to exist, or how it ended.
 *
 * @param on       the date of the decision, or {@code null} if unknown
 * @param by       the id of the deciding body (a group), or {@code null} if not stated
 * @param decision the id of the decision or document that records it, or {@code null}
 * @param meeting  the id of the meeting where it was decided, or {@code null} (decided by correspondence, or unknown)
 * @param path     for a JCA, the establishment path, or {@code null}
 */
public record Establishment(LocalDate on, String by, String decision, String meeting, EstablishmentPath path) {
}
