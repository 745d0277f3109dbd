package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the facts say about a rapporteur's, associate rapporteur's, liaison rapporteur's or editor's
 * appointment beyond the {@link Leader} record (A.1 (10/2016) 2.3.3.3, 2.3.3.14). Read from optional
 * keys of a leader.
 *
 * @param group            the id of the group the person leads
 * @param person           the person
 * @param role             the role
 * @param endorsed         false when the facts record that no endorsement was given; {@code null} if unknown
 * @param endorsedBy       the id of the group that endorsed the appointment, or {@code null}
 * @param endorsedOn       when, or {@code null}
 * @param termsOfReference where the person's terms of reference are recorded (e.g. "WP2/17-R1 Annex B"), or {@code null}
 */
public record LeaderDetails(String group, String person, LeaderRole role, Boolean endorsed, String endorsedBy,
                            LocalDate endorsedOn, String termsOfReference) {
    /**
     * Checks what one {@code LeaderDetails} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component).
     *
     * @param group            the id of the group the person leads
     * @param person           the person
     * @param role             the role
     * @param endorsed         false when the facts record that no endorsement was given; {@code null} if unknown
     * @param endorsedBy       the id of the group that endorsed the appointment, or {@code null}
     * @param endorsedOn       when, or {@code null}
     * @param termsOfReference where the person's terms of reference are recorded (e.g. "WP2/17-R1 Annex B"), or
     *                         {@code null}
     */
    public LeaderDetails {
        Facts.requireText(group, "leader.group");
        Facts.requireText(person, "leader.person");
        Objects.requireNonNull(role, "leader.role");
    }

    /**
     * A builder for details of a leader's appointment with its {@code group}, {@code person} and {@code role}; every other component is as when a fact file leaves its key out.
     *
     * @param group its {@code group}
     * @param person its {@code person}
     * @param role its {@code role}
     * @return the builder
     */
    public static Builder builder(String group, String person, LeaderRole role) {
        return new Builder(group, person, role);
    }

    /**
     * Builds {@link LeaderDetails} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String group;
        private final String person;
        private final LeaderRole role;
        private Boolean endorsed;
        private String endorsedBy;
        private LocalDate endorsedOn;
        private String termsOfReference;

        private Builder(String group, String person, LeaderRole role) {
            this.group = group;
            this.person = person;
            this.role = role;
        }

        /**
         * Sets {@link LeaderDetails#endorsed()}.
         *
         * @param endorsed the value
         * @return this builder
         */
        public Builder endorsed(Boolean endorsed) {
            this.endorsed = endorsed;
            return this;
        }

        /**
         * Sets {@link LeaderDetails#endorsedBy()}.
         *
         * @param endorsedBy the value
         * @return this builder
         */
        public Builder endorsedBy(String endorsedBy) {
            this.endorsedBy = endorsedBy;
            return this;
        }

        /**
         * Sets {@link LeaderDetails#endorsedOn()}.
         *
         * @param endorsedOn the value
         * @return this builder
         */
        public Builder endorsedOn(LocalDate endorsedOn) {
            this.endorsedOn = endorsedOn;
            return this;
        }

        /**
         * Sets {@link LeaderDetails#termsOfReference()}.
         *
         * @param termsOfReference the value
         * @return this builder
         */
        public Builder termsOfReference(String termsOfReference) {
            this.termsOfReference = termsOfReference;
            return this;
        }

        /**
         * The LeaderDetails.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public LeaderDetails build() {
            return new LeaderDetails(group, person, role, endorsed, endorsedBy, endorsedOn, termsOfReference);
        }
    }
}
