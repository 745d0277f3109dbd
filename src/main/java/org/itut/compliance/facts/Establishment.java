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

    /**
     * A builder for an establishment or ending; every other component is as when a fact file leaves its key out.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Establishment} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private LocalDate on;
        private String by;
        private String decision;
        private String meeting;
        private EstablishmentPath path;

        private Builder() {
        }

        /**
         * Sets {@link Establishment#on()}.
         *
         * @param on the value
         * @return this builder
         */
        public Builder on(LocalDate on) {
            this.on = on;
            return this;
        }

        /**
         * Sets {@link Establishment#by()}.
         *
         * @param by the value
         * @return this builder
         */
        public Builder by(String by) {
            this.by = by;
            return this;
        }

        /**
         * Sets {@link Establishment#decision()}.
         *
         * @param decision the value
         * @return this builder
         */
        public Builder decision(String decision) {
            this.decision = decision;
            return this;
        }

        /**
         * Sets {@link Establishment#meeting()}.
         *
         * @param meeting the value
         * @return this builder
         */
        public Builder meeting(String meeting) {
            this.meeting = meeting;
            return this;
        }

        /**
         * Sets {@link Establishment#path()}.
         *
         * @param path the value
         * @return this builder
         */
        public Builder path(EstablishmentPath path) {
            this.path = path;
            return this;
        }

        /**
         * The Establishment.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Establishment build() {
            return new Establishment(on, by, decision, meeting, path);
        }
    }
}
