package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The announced result of a consultation (usually a TSB circular), and what was done with the
 * comments received.
 *
 * @param id                  a unique id
 * @param consultation        the id of the consultation
 * @param document            the id of the announcing document, or {@code null}
 * @param date                the date of the announcement, or {@code null} if unknown
 * @param outcomes            the announced result per subject
 * @param commentsForwarded   the id of the document that forwarded the comments to the study group, or {@code null}
 * @param commentsForwardedOn the date the comments were forwarded, or {@code null}
 */
public record ConsultationResult(String id, String consultation, String document, LocalDate date,
                                 Map<String, ResultState> outcomes, String commentsForwarded,
                                 LocalDate commentsForwardedOn) {
    /**
     * Checks what one {@code ConsultationResult} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); and copies the
     * collections, so that the record never changes.
     *
     * @param id                  a unique id
     * @param consultation        the id of the consultation
     * @param document            the id of the announcing document, or {@code null}
     * @param date                the date of the announcement, or {@code null} if unknown
     * @param outcomes            the announced result per subject
     * @param commentsForwarded   the id of the document that forwarded the comments to the study group, or {@code
     *                            null}
     * @param commentsForwardedOn the date the comments were forwarded, or {@code null}
     */
    public ConsultationResult {
        Facts.requireText(id, "result.id");
        Facts.requireText(consultation, "result.consultation");
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    /**
     * The announced result for one subject.
     *
     * @param subject the id of a subject of the consultation
     * @return its result, or {@code null} if the announcement does not mention it
     */
    public ResultState outcomeOf(String subject) {
        return outcomes.get(subject);
    }

    /**
     * A builder for the result of a consultation with its {@code id} and {@code consultation}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param consultation its {@code consultation}
     * @return the builder
     */
    public static Builder builder(String id, String consultation) {
        return new Builder(id, consultation);
    }

    /**
     * Builds {@link ConsultationResult} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private final String consultation;
        private String document;
        private LocalDate date;
        private Map<String, ResultState> outcomes = Map.of();
        private String commentsForwarded;
        private LocalDate commentsForwardedOn;

        private Builder(String id, String consultation) {
            this.id = id;
            this.consultation = consultation;
        }

        /**
         * Sets {@link ConsultationResult#document()}.
         *
         * @param document the value
         * @return this builder
         */
        public Builder document(String document) {
            this.document = document;
            return this;
        }

        /**
         * Sets {@link ConsultationResult#date()}.
         *
         * @param date the value
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@link ConsultationResult#outcomes()}.
         *
         * @param outcomes the value
         * @return this builder
         */
        public Builder outcomes(Map<String, ResultState> outcomes) {
            this.outcomes = outcomes;
            return this;
        }

        /**
         * Sets {@link ConsultationResult#commentsForwarded()}.
         *
         * @param commentsForwarded the value
         * @return this builder
         */
        public Builder commentsForwarded(String commentsForwarded) {
            this.commentsForwarded = commentsForwarded;
            return this;
        }

        /**
         * Sets {@link ConsultationResult#commentsForwardedOn()}.
         *
         * @param commentsForwardedOn the value
         * @return this builder
         */
        public Builder commentsForwardedOn(LocalDate commentsForwardedOn) {
            this.commentsForwardedOn = commentsForwardedOn;
            return this;
        }

        /**
         * Adds the announced result for one subject to {@link ConsultationResult#outcomes()}.
         *
         * @param subject the subject
         * @param result its result
         * @return this builder
         */
        public Builder outcome(String subject, ResultState result) {
            Map<String, ResultState> m = new LinkedHashMap<>(outcomes);
            m.put(subject, result);
            outcomes = m;
            return this;
        }

        /**
         * The ConsultationResult.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public ConsultationResult build() {
            return new ConsultationResult(id, consultation, document, date, outcomes, commentsForwarded, commentsForwardedOn);
        }
    }
}
