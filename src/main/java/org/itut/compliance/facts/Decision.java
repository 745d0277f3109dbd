package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision of a body.
 *
 * @param id        a unique id
 * @param body      the id of the deciding group (e.g. {@code TSAG})
 * @param kind      what was decided
 * @param subjects  the ids of what the decision is about
 * @param date      the date, or {@code null} if unknown
 * @param meeting   the id of the meeting where it was taken, or {@code null}
 * @param clause    the clause it was taken under, as stated (e.g. "Res. 1 (2022) 7.3.2"), or {@code null}
 * @param record    the id of the document that records it, or {@code null}
 * @param inputFrom the ids of the groups whose input it was based on
 * @param note      a remark, or {@code null}
 */
public record Decision(String id, String body, DecisionKind kind, List<String> subjects, LocalDate date,
                       String meeting, String clause, String record, List<String> inputFrom, String note) {
    /**
     * Checks what one {@code Decision} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and copies the collections, so that the record
     * never changes.
     *
     * @param id        a unique id
     * @param body      the id of the deciding group (e.g. {@code TSAG})
     * @param kind      what was decided
     * @param subjects  the ids of what the decision is about
     * @param date      the date, or {@code null} if unknown
     * @param meeting   the id of the meeting where it was taken, or {@code null}
     * @param clause    the clause it was taken under, as stated (e.g. "Res. 1 (2022) 7.3.2"), or {@code null}
     * @param record    the id of the document that records it, or {@code null}
     * @param inputFrom the ids of the groups whose input it was based on
     * @param note      a remark, or {@code null}
     */
    public Decision {
        Facts.requireText(id, "decision.id");
        Facts.requireText(body, "decision.body");
        Objects.requireNonNull(kind, "decision.kind");
        subjects = List.copyOf(subjects);
        inputFrom = List.copyOf(inputFrom);
    }

    /**
     * Whether the decision is about an id.
     *
     * @param subject an id (of a group, a Question, a document ...)
     * @return true when it is among the decision's {@code subjects}
     */
    public boolean about(String subject) {
        return subjects.contains(subject);
    }

    /**
     * A builder for a decision with its {@code id}, {@code body} and {@code kind}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param body its {@code body}
     * @param kind its {@code kind}
     * @return the builder
     */
    public static Builder builder(String id, String body, DecisionKind kind) {
        return new Builder(id, body, kind);
    }

    /**
     * Builds {@link Decision} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private final String body;
        private final DecisionKind kind;
        private List<String> subjects = List.of();
        private LocalDate date;
        private String meeting;
        private String clause;
        private String record;
        private List<String> inputFrom = List.of();
        private String note;

        private Builder(String id, String body, DecisionKind kind) {
            this.id = id;
            this.body = body;
            this.kind = kind;
        }

        /**
         * Sets {@link Decision#subjects()}.
         *
         * @param subjects the value
         * @return this builder
         */
        public Builder subjects(List<String> subjects) {
            this.subjects = subjects;
            return this;
        }

        /**
         * Sets {@link Decision#subjects()}.
         *
         * @param subjects the value
         * @return this builder
         */
        public Builder subjects(String... subjects) {
            this.subjects = List.of(subjects);
            return this;
        }

        /**
         * Sets {@link Decision#date()}.
         *
         * @param date the value
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@link Decision#meeting()}.
         *
         * @param meeting the value
         * @return this builder
         */
        public Builder meeting(String meeting) {
            this.meeting = meeting;
            return this;
        }

        /**
         * Sets {@link Decision#clause()}.
         *
         * @param clause the value
         * @return this builder
         */
        public Builder clause(String clause) {
            this.clause = clause;
            return this;
        }

        /**
         * Sets {@link Decision#record()}.
         *
         * @param record the value
         * @return this builder
         */
        public Builder record(String record) {
            this.record = record;
            return this;
        }

        /**
         * Sets {@link Decision#inputFrom()}.
         *
         * @param inputFrom the value
         * @return this builder
         */
        public Builder inputFrom(List<String> inputFrom) {
            this.inputFrom = inputFrom;
            return this;
        }

        /**
         * Sets {@link Decision#inputFrom()}.
         *
         * @param inputFrom the value
         * @return this builder
         */
        public Builder inputFrom(String... inputFrom) {
            this.inputFrom = List.of(inputFrom);
            return this;
        }

        /**
         * Sets {@link Decision#note()}.
         *
         * @param note the value
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * The Decision.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Decision build() {
            return new Decision(id, body, kind, subjects, date, meeting, clause, record, inputFrom, note);
        }
    }
}
