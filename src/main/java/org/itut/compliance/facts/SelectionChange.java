package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * A decision that switched a Recommendation from its default approval process (Res. 1 (2016) 8.1, 8.2).
 *
 * @param date      the date of the decision, or {@code null} if unknown
 * @param meeting   the id of the meeting that decided, or {@code null}
 * @param basis     consensus, or a vote of Member States; {@code null} if unknown
 * @param written   whether the request was made in writing; {@code null} if unknown
 * @param reasons   whether the request gave reasons; {@code null} if unknown
 * @param seconded  whether the request was seconded; {@code null} if unknown
 */
public record SelectionChange(LocalDate date, String meeting, DecisionBasis basis, Boolean written, Boolean reasons,
                              Boolean seconded) {

    /**
     * A builder for a change of approval process; every other component is as when a fact file leaves its key out.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link SelectionChange} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private LocalDate date;
        private String meeting;
        private DecisionBasis basis;
        private Boolean written;
        private Boolean reasons;
        private Boolean seconded;

        private Builder() {
        }

        /**
         * Sets {@link SelectionChange#date()}.
         *
         * @param date the value
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@link SelectionChange#meeting()}.
         *
         * @param meeting the value
         * @return this builder
         */
        public Builder meeting(String meeting) {
            this.meeting = meeting;
            return this;
        }

        /**
         * Sets {@link SelectionChange#basis()}.
         *
         * @param basis the value
         * @return this builder
         */
        public Builder basis(DecisionBasis basis) {
            this.basis = basis;
            return this;
        }

        /**
         * Sets {@link SelectionChange#written()}.
         *
         * @param written the value
         * @return this builder
         */
        public Builder written(Boolean written) {
            this.written = written;
            return this;
        }

        /**
         * Sets {@link SelectionChange#reasons()}.
         *
         * @param reasons the value
         * @return this builder
         */
        public Builder reasons(Boolean reasons) {
            this.reasons = reasons;
            return this;
        }

        /**
         * Sets {@link SelectionChange#seconded()}.
         *
         * @param seconded the value
         * @return this builder
         */
        public Builder seconded(Boolean seconded) {
            this.seconded = seconded;
            return this;
        }

        /**
         * The SelectionChange.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public SelectionChange build() {
            return new SelectionChange(date, meeting, basis, written, reasons, seconded);
        }
    }
}
