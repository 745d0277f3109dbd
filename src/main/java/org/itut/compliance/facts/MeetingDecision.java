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
    /**
     * Copies the collections, so that the record never changes.
     *
     * @param date              the date, or {@code null} (the meeting's last day is then used)
     * @param recorded          what the meeting report records; {@code null} if unknown
     * @param opposing          Member States (delegations) present that opposed, as named
     * @param opposingOthers    other members present that opposed (Sector Members), as named
     * @param abstaining        delegations that abstained, as named
     * @param reservations      delegations that registered a reservation, as named
     * @param policyDeclaration whether a Member State declared policy or regulatory implications (AAP); {@code
     *                          null} if unknown
     * @param moreTime          a request for more time, or {@code null}
     */
    public MeetingDecision {
        opposing = List.copyOf(opposing);
        opposingOthers = List.copyOf(opposingOthers);
        abstaining = List.copyOf(abstaining);
        reservations = List.copyOf(reservations);
    }

    /**
     * A builder for a decision at an approval meeting; every other component is as when a fact file leaves its key out.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link MeetingDecision} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private LocalDate date;
        private ResultState recorded;
        private List<String> opposing = List.of();
        private List<String> opposingOthers = List.of();
        private List<String> abstaining = List.of();
        private List<String> reservations = List.of();
        private Boolean policyDeclaration;
        private MoreTime moreTime;

        private Builder() {
        }

        /**
         * Sets {@link MeetingDecision#date()}.
         *
         * @param date the value
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@link MeetingDecision#recorded()}.
         *
         * @param recorded the value
         * @return this builder
         */
        public Builder recorded(ResultState recorded) {
            this.recorded = recorded;
            return this;
        }

        /**
         * Sets {@link MeetingDecision#opposing()}.
         *
         * @param opposing the value
         * @return this builder
         */
        public Builder opposing(List<String> opposing) {
            this.opposing = opposing;
            return this;
        }

        /**
         * Sets {@link MeetingDecision#opposing()}.
         *
         * @param opposing the value
         * @return this builder
         */
        public Builder opposing(String... opposing) {
            this.opposing = List.of(opposing);
            return this;
        }

        /**
         * Sets {@link MeetingDecision#opposingOthers()}.
         *
         * @param opposingOthers the value
         * @return this builder
         */
        public Builder opposingOthers(List<String> opposingOthers) {
            this.opposingOthers = opposingOthers;
            return this;
        }

        /**
         * Sets {@link MeetingDecision#opposingOthers()}.
         *
         * @param opposingOthers the value
         * @return this builder
         */
        public Builder opposingOthers(String... opposingOthers) {
            this.opposingOthers = List.of(opposingOthers);
            return this;
        }

        /**
         * Sets {@link MeetingDecision#abstaining()}.
         *
         * @param abstaining the value
         * @return this builder
         */
        public Builder abstaining(List<String> abstaining) {
            this.abstaining = abstaining;
            return this;
        }

        /**
         * Sets {@link MeetingDecision#abstaining()}.
         *
         * @param abstaining the value
         * @return this builder
         */
        public Builder abstaining(String... abstaining) {
            this.abstaining = List.of(abstaining);
            return this;
        }

        /**
         * Sets {@link MeetingDecision#reservations()}.
         *
         * @param reservations the value
         * @return this builder
         */
        public Builder reservations(List<String> reservations) {
            this.reservations = reservations;
            return this;
        }

        /**
         * Sets {@link MeetingDecision#reservations()}.
         *
         * @param reservations the value
         * @return this builder
         */
        public Builder reservations(String... reservations) {
            this.reservations = List.of(reservations);
            return this;
        }

        /**
         * Sets {@link MeetingDecision#policyDeclaration()}.
         *
         * @param policyDeclaration the value
         * @return this builder
         */
        public Builder policyDeclaration(Boolean policyDeclaration) {
            this.policyDeclaration = policyDeclaration;
            return this;
        }

        /**
         * Sets {@link MeetingDecision#moreTime()}.
         *
         * @param moreTime the value
         * @return this builder
         */
        public Builder moreTime(MoreTime moreTime) {
            this.moreTime = moreTime;
            return this;
        }

        /**
         * The MeetingDecision.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public MeetingDecision build() {
            return new MeetingDecision(date, recorded, opposing, opposingOthers, abstaining, reservations, policyDeclaration, moreTime);
        }
    }
}
