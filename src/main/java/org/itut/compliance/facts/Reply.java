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
    /**
     * Checks what one {@code Reply} can check on its own (a failure throws {@link IllegalArgumentException} or
     * {@link NullPointerException} naming the component); and copies the collections, so that the record never
     * changes.
     *
     * @param id              a unique id
     * @param consultation    the id of the consultation
     * @param from            the replying entity, as named
     * @param memberKind      what kind of member it is
     * @param memberState     for a Member State's administration, the Member State (two bodies of one State count
     *                        once); else {@code null}
     * @param receivedAt      when TSB received it, or {@code null} if unknown
     * @param positions       the position per subject, in the order given
     * @param reasonsAttached whether reasons were attached to a non-support; {@code null} if unknown
     * @param comments        comments sent with the reply, or {@code null}
     */
    public Reply {
        Facts.requireText(id, "reply.id");
        Facts.requireText(consultation, "reply.consultation");
        Facts.requireText(from, "reply.from");
        Objects.requireNonNull(memberKind, "reply.memberKind");
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    /**
     * The reply's position on one subject.
     *
     * @param subject the id of a subject of the consultation
     * @return its position; {@link Position#NONE} when the reply says nothing about it
     */
    public Position positionOn(String subject) {
        return positions.getOrDefault(subject, Position.NONE);
    }

    /**
     * A builder for a reply with its {@code id}, {@code consultation}, {@code from} and {@code memberKind}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param consultation its {@code consultation}
     * @param from its {@code from}
     * @param memberKind its {@code memberKind}
     * @return the builder
     */
    public static Builder builder(String id, String consultation, String from, MemberKind memberKind) {
        return new Builder(id, consultation, from, memberKind);
    }

    /**
     * Builds {@link Reply} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does. A Member State's reply with no {@code memberState} counts for the State it is from, as in fact files.
     */
    public static final class Builder {
        private final String id;
        private final String consultation;
        private final String from;
        private final MemberKind memberKind;
        private String memberState;
        private Instant receivedAt;
        private Map<String, Position> positions = Map.of();
        private Boolean reasonsAttached;
        private String comments;

        private Builder(String id, String consultation, String from, MemberKind memberKind) {
            this.id = id;
            this.consultation = consultation;
            this.from = from;
            this.memberKind = memberKind;
        }

        /**
         * Sets {@link Reply#memberState()}.
         *
         * @param memberState the value
         * @return this builder
         */
        public Builder memberState(String memberState) {
            this.memberState = memberState;
            return this;
        }

        /**
         * Sets {@link Reply#receivedAt()}.
         *
         * @param receivedAt the value
         * @return this builder
         */
        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /**
         * Sets {@link Reply#positions()}.
         *
         * @param positions the value
         * @return this builder
         */
        public Builder positions(Map<String, Position> positions) {
            this.positions = positions;
            return this;
        }

        /**
         * Sets {@link Reply#reasonsAttached()}.
         *
         * @param reasonsAttached the value
         * @return this builder
         */
        public Builder reasonsAttached(Boolean reasonsAttached) {
            this.reasonsAttached = reasonsAttached;
            return this;
        }

        /**
         * Sets {@link Reply#comments()}.
         *
         * @param comments the value
         * @return this builder
         */
        public Builder comments(String comments) {
            this.comments = comments;
            return this;
        }

        /**
         * Adds the position on one subject to {@link Reply#positions()}.
         *
         * @param subject the subject
         * @param position its position
         * @return this builder
         */
        public Builder position(String subject, Position position) {
            Map<String, Position> m = new LinkedHashMap<>(positions);
            m.put(subject, position);
            positions = m;
            return this;
        }

        /**
         * The Reply.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Reply build() {
            return new Reply(id, consultation, from, memberKind, memberState != null ? memberState : memberKind == MemberKind.MEMBER_STATE ? from : null, receivedAt, positions, reasonsAttached, comments);
        }
    }
}
