package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person holding a role in a group.
 *
 * @param person      the person's name as the documents give it
 * @param role        the role
 * @param affiliation what else the person holds, as stated (e.g. "WP2/17 chair"), or {@code null}
 * @param nominatedBy the group that nominated the person, or {@code null} if not stated
 * @param appointedBy the group that appointed the person, or {@code null} if not stated
 * @param appointedOn the date of appointment, or {@code null} if unknown
 */
public record Leader(String person, LeaderRole role, String affiliation, String nominatedBy, String appointedBy,
                     LocalDate appointedOn) {
    /**
     * Checks what one {@code Leader} can check on its own (a failure throws {@link IllegalArgumentException} or
     * {@link NullPointerException} naming the component).
     *
     * @param person      the person's name as the documents give it
     * @param role        the role
     * @param affiliation what else the person holds, as stated (e.g. "WP2/17 chair"), or {@code null}
     * @param nominatedBy the group that nominated the person, or {@code null} if not stated
     * @param appointedBy the group that appointed the person, or {@code null} if not stated
     * @param appointedOn the date of appointment, or {@code null} if unknown
     */
    public Leader {
        Facts.requireText(person, "leader.person");
        Objects.requireNonNull(role, "leader.role");
    }

    /**
     * A builder for a leader with its {@code person} and {@code role}; every other component is as when a fact file leaves its key out.
     *
     * @param person its {@code person}
     * @param role its {@code role}
     * @return the builder
     */
    public static Builder builder(String person, LeaderRole role) {
        return new Builder(person, role);
    }

    /**
     * Builds {@link Leader} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String person;
        private final LeaderRole role;
        private String affiliation;
        private String nominatedBy;
        private String appointedBy;
        private LocalDate appointedOn;

        private Builder(String person, LeaderRole role) {
            this.person = person;
            this.role = role;
        }

        /**
         * Sets {@link Leader#affiliation()}.
         *
         * @param affiliation the value
         * @return this builder
         */
        public Builder affiliation(String affiliation) {
            this.affiliation = affiliation;
            return this;
        }

        /**
         * Sets {@link Leader#nominatedBy()}.
         *
         * @param nominatedBy the value
         * @return this builder
         */
        public Builder nominatedBy(String nominatedBy) {
            this.nominatedBy = nominatedBy;
            return this;
        }

        /**
         * Sets {@link Leader#appointedBy()}.
         *
         * @param appointedBy the value
         * @return this builder
         */
        public Builder appointedBy(String appointedBy) {
            this.appointedBy = appointedBy;
            return this;
        }

        /**
         * Sets {@link Leader#appointedOn()}.
         *
         * @param appointedOn the value
         * @return this builder
         */
        public Builder appointedOn(LocalDate appointedOn) {
            this.appointedOn = appointedOn;
            return this;
        }

        /**
         * The Leader.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Leader build() {
            return new Leader(person, role, affiliation, nominatedBy, appointedBy, appointedOn);
        }
    }
}
