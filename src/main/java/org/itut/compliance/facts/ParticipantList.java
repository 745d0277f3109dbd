package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A participating entity's list of participants for a meeting (A.1 (10/2016) 1.3.2).
 *
 * @param entity        the entity, as named (an administration, Sector Member, Associate, Academia or organization)
 * @param entityKind    what kind of member it is
 * @param meeting       the id of the meeting
 * @param received      the date TSB received the first list (names or an expected count), or {@code null} if unknown
 * @param names         how many names it gave, or {@code null}
 * @param expectedCount the expected number of participants it gave instead of names, or {@code null}
 */
public record ParticipantList(String entity, MemberKind entityKind, String meeting, LocalDate received, Integer names,
                              Integer expectedCount) {
    public ParticipantList {
        Facts.requireText(entity, "participantList.entity");
        Objects.requireNonNull(entityKind, "participantList.entityKind");
        Facts.requireText(meeting, "participantList.meeting");
        if (names != null && names < 0 || expectedCount != null && expectedCount < 0) {
            throw new IllegalArgumentException("participant counts must not be negative");
        }
    }
}
