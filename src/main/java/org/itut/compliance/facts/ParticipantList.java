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
    /**
     * Checks what one {@code ParticipantList} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component).
     *
     * @param entity        the entity, as named (an administration, Sector Member, Associate, Academia or
     *                      organization)
     * @param entityKind    what kind of member it is
     * @param meeting       the id of the meeting
     * @param received      the date TSB received the first list (names or an expected count), or {@code null} if
     *                      unknown
     * @param names         how many names it gave, or {@code null}
     * @param expectedCount the expected number of participants it gave instead of names, or {@code null}
     */
    public ParticipantList {
        Facts.requireText(entity, "participantList.entity");
        Objects.requireNonNull(entityKind, "participantList.entityKind");
        Facts.requireText(meeting, "participantList.meeting");
        if (names != null && names < 0 || expectedCount != null && expectedCount < 0) {
            throw new IllegalArgumentException("participant counts must not be negative");
        }
    }

    /**
     * A builder for a list of participants with its {@code entity}, {@code entityKind} and {@code meeting}; every other component is as when a fact file leaves its key out.
     *
     * @param entity its {@code entity}
     * @param entityKind its {@code entityKind}
     * @param meeting its {@code meeting}
     * @return the builder
     */
    public static Builder builder(String entity, MemberKind entityKind, String meeting) {
        return new Builder(entity, entityKind, meeting);
    }

    /**
     * Builds {@link ParticipantList} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String entity;
        private final MemberKind entityKind;
        private final String meeting;
        private LocalDate received;
        private Integer names;
        private Integer expectedCount;

        private Builder(String entity, MemberKind entityKind, String meeting) {
            this.entity = entity;
            this.entityKind = entityKind;
            this.meeting = meeting;
        }

        /**
         * Sets {@link ParticipantList#received()}.
         *
         * @param received the value
         * @return this builder
         */
        public Builder received(LocalDate received) {
            this.received = received;
            return this;
        }

        /**
         * Sets {@link ParticipantList#names()}.
         *
         * @param names the value
         * @return this builder
         */
        public Builder names(Integer names) {
            this.names = names;
            return this;
        }

        /**
         * Sets {@link ParticipantList#expectedCount()}.
         *
         * @param expectedCount the value
         * @return this builder
         */
        public Builder expectedCount(Integer expectedCount) {
            this.expectedCount = expectedCount;
            return this;
        }

        /**
         * The ParticipantList.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public ParticipantList build() {
            return new ParticipantList(entity, entityKind, meeting, received, names, expectedCount);
        }
    }
}
