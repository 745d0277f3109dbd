package org.itut.compliance.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A consultation run by circular.
 *
 * @param id        a unique id
 * @param circular  the id of the circular that opens it, or {@code null}
 * @param procedure the procedure the circular says it runs under
 * @param opened    the opening date (the circular's date), or {@code null} if the circular bears none
 * @param deadline  the reply deadline as an instant, or {@code null} if unknown
 * @param subjects  the ids of what is consulted on (e.g. Questions)
 * @param meeting   for TAP, the id of the meeting the consultation precedes; else {@code null}
 */
public record Consultation(String id, String circular, ConsultationProcedure procedure, LocalDate opened,
                           Instant deadline, List<String> subjects, String meeting) {
    /**
     * Checks what one {@code Consultation} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); and copies the
     * collections, so that the record never changes.
     *
     * @param id        a unique id
     * @param circular  the id of the circular that opens it, or {@code null}
     * @param procedure the procedure the circular says it runs under
     * @param opened    the opening date (the circular's date), or {@code null} if the circular bears none
     * @param deadline  the reply deadline as an instant, or {@code null} if unknown
     * @param subjects  the ids of what is consulted on (e.g. Questions)
     * @param meeting   for TAP, the id of the meeting the consultation precedes; else {@code null}
     */
    public Consultation {
        Facts.requireText(id, "consultation.id");
        Objects.requireNonNull(procedure, "consultation.procedure");
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("consultation " + id + " must have at least one subject");
        }
    }

    /**
     * A builder for a consultation with its {@code id} and {@code procedure}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param procedure its {@code procedure}
     * @return the builder
     */
    public static Builder builder(String id, ConsultationProcedure procedure) {
        return new Builder(id, procedure);
    }

    /**
     * Builds {@link Consultation} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private String circular;
        private final ConsultationProcedure procedure;
        private LocalDate opened;
        private Instant deadline;
        private List<String> subjects = List.of();
        private String meeting;

        private Builder(String id, ConsultationProcedure procedure) {
            this.id = id;
            this.procedure = procedure;
        }

        /**
         * Sets {@link Consultation#circular()}.
         *
         * @param circular the value
         * @return this builder
         */
        public Builder circular(String circular) {
            this.circular = circular;
            return this;
        }

        /**
         * Sets {@link Consultation#opened()}.
         *
         * @param opened the value
         * @return this builder
         */
        public Builder opened(LocalDate opened) {
            this.opened = opened;
            return this;
        }

        /**
         * Sets {@link Consultation#deadline()}.
         *
         * @param deadline the value
         * @return this builder
         */
        public Builder deadline(Instant deadline) {
            this.deadline = deadline;
            return this;
        }

        /**
         * Sets {@link Consultation#subjects()}.
         *
         * @param subjects the value
         * @return this builder
         */
        public Builder subjects(List<String> subjects) {
            this.subjects = subjects;
            return this;
        }

        /**
         * Sets {@link Consultation#subjects()}.
         *
         * @param subjects the value
         * @return this builder
         */
        public Builder subjects(String... subjects) {
            this.subjects = List.of(subjects);
            return this;
        }

        /**
         * Sets {@link Consultation#meeting()}.
         *
         * @param meeting the value
         * @return this builder
         */
        public Builder meeting(String meeting) {
            this.meeting = meeting;
            return this;
        }

        /**
         * The Consultation.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Consultation build() {
            return new Consultation(id, circular, procedure, opened, deadline, subjects, meeting);
        }
    }
}
