package org.itut.compliance.facts;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reply to a consultation.
 *
 * @param id              a unique id
 * @param consultation    the id of the consultation
 * @param from            the replying entity, as named
 * @param memberKind      what kind of member it is
 * @param memberState     for a Member State's administration, the Member State (two bodies of one
 *                        State count once); else {@code null}
 * @param receivedAt      when TSB received it, or {@code null} if unknown
 * @param positions       the position per subject, in the order given
 * @param reasonsAttached whether reasons were attached to a non-support; {@code null} if unknown
 * @param comments        comments sent with the reply, or {@code null}
 */
public record Reply(String id, String consultation, String from, MemberKind memberKind, String memberState,
                    Instant receivedAt, Map<String, Position> positions, Boolean reasonsAttached, String comments) {
    public Reply {
        Facts.requireText(id, "reply.id");
        Facts.requireText(consultation, "reply.consultation");
        Facts.requireText(from, "reply.from");
        Objects.requireNonNull(memberKind, "reply.memberKind");
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    /** The position on {@code subject}; {@link Position#NONE} when the reply says nothing about it. */
    public Position positionOn(String subject) {
        return positions.getOrDefault(subject, Position.NONE);
    }
}
