package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The deletion of a Recommendation (Res. 1 (2016) 9.8.2; A.8 (2008) 8.2).
 *
 * @param meeting    the id of the study-group meeting that agreed it, or {@code null}
 * @param unopposed  whether it was agreed unopposed; {@code null} if unknown
 * @param opposing   Member States present that opposed, as named (AAP tolerates one)
 * @param circular   the id of the circular announcing the agreement, or {@code null}
 * @param circularOn the date of that circular, or {@code null} if unknown
 * @param objections objections received afterwards
 * @param result     the circular announcing the result, or {@code null}
 */
public record RecommendationDeletion(String meeting, Boolean unopposed, List<String> opposing, String circular,
                                     LocalDate circularOn, List<Objection> objections, ResultNotice result) {
    /**
     * Copies the collections, so that the record never changes.
     *
     * @param meeting    the id of the study-group meeting that agreed it, or {@code null}
     * @param unopposed  whether it was agreed unopposed; {@code null} if unknown
     * @param opposing   Member States present that opposed, as named (AAP tolerates one)
     * @param circular   the id of the circular announcing the agreement, or {@code null}
     * @param circularOn the date of that circular, or {@code null} if unknown
     * @param objections objections received afterwards
     * @param result     the circular announcing the result, or {@code null}
     */
    public RecommendationDeletion {
        opposing = List.copyOf(opposing);
        objections = List.copyOf(objections);
    }

    /**
     * A builder for a deletion; every other component is as when a fact file leaves its key out.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link RecommendationDeletion} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private String meeting;
        private Boolean unopposed;
        private List<String> opposing = List.of();
        private String circular;
        private LocalDate circularOn;
        private List<Objection> objections = List.of();
        private ResultNotice result;

        private Builder() {
        }

        /**
         * Sets {@link RecommendationDeletion#meeting()}.
         *
         * @param meeting the value
         * @return this builder
         */
        public Builder meeting(String meeting) {
            this.meeting = meeting;
            return this;
        }

        /**
         * Sets {@link RecommendationDeletion#unopposed()}.
         *
         * @param unopposed the value
         * @return this builder
         */
        public Builder unopposed(Boolean unopposed) {
            this.unopposed = unopposed;
            return this;
        }

        /**
         * Sets {@link RecommendationDeletion#opposing()}.
         *
         * @param opposing the value
         * @return this builder
         */
        public Builder opposing(List<String> opposing) {
            this.opposing = opposing;
            return this;
        }

        /**
         * Sets {@link RecommendationDeletion#opposing()}.
         *
         * @param opposing the value
         * @return this builder
         */
        public Builder opposing(String... opposing) {
            this.opposing = List.of(opposing);
            return this;
        }

        /**
         * Sets {@link RecommendationDeletion#circular()}.
         *
         * @param circular the value
         * @return this builder
         */
        public Builder circular(String circular) {
            this.circular = circular;
            return this;
        }

        /**
         * Sets {@link RecommendationDeletion#circularOn()}.
         *
         * @param circularOn the value
         * @return this builder
         */
        public Builder circularOn(LocalDate circularOn) {
            this.circularOn = circularOn;
            return this;
        }

        /**
         * Sets {@link RecommendationDeletion#objections()}.
         *
         * @param objections the value
         * @return this builder
         */
        public Builder objections(List<Objection> objections) {
            this.objections = objections;
            return this;
        }

        /**
         * Sets {@link RecommendationDeletion#objections()}.
         *
         * @param objections the value
         * @return this builder
         */
        public Builder objections(Objection... objections) {
            this.objections = List.of(objections);
            return this;
        }

        /**
         * Sets {@link RecommendationDeletion#result()}.
         *
         * @param result the value
         * @return this builder
         */
        public Builder result(ResultNotice result) {
            this.result = result;
            return this;
        }

        /**
         * The RecommendationDeletion.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public RecommendationDeletion build() {
            return new RecommendationDeletion(meeting, unopposed, opposing, circular, circularOn, objections, result);
        }
    }
}
