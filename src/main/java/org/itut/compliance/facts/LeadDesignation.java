package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A designation of a lead study group for a subject (WTSA Res. 1 section 2), which lets that study
 * group establish a JCA on the subject on its own authority (A.1 (10/2016) 2.2.2).
 *
 * @param id           a unique id
 * @param sg           the id of the designated study group
 * @param subject      the subject, as the designation states it (e.g. "identity management")
 * @param designatedBy the id of the designating body (WTSA or TSAG)
 * @param from         the first day in force, or {@code null} if unknown
 * @param until        the last day in force, or {@code null} while in force or if unknown
 */
public record LeadDesignation(String id, String sg, String subject, String designatedBy, LocalDate from, LocalDate until) {
    /**
     * Checks what one {@code LeadDesignation} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component).
     *
     * @param id           a unique id
     * @param sg           the id of the designated study group
     * @param subject      the subject, as the designation states it (e.g. "identity management")
     * @param designatedBy the id of the designating body (WTSA or TSAG)
     * @param from         the first day in force, or {@code null} if unknown
     * @param until        the last day in force, or {@code null} while in force or if unknown
     */
    public LeadDesignation {
        Facts.requireText(id, "leadDesignation.id");
        Facts.requireText(sg, "leadDesignation.sg");
        Objects.requireNonNull(subject, "leadDesignation.subject");
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("designation " + id + " ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /**
     * Whether the designation is known to be in force on a date.
     *
     * @param date the date, or {@code null}
     * @return true when its start is known and {@code date} lies from it to its end (or it has none)
     */
    public boolean inForceOn(LocalDate date) {
        return date != null && from != null && !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /**
     * A builder for a lead-study-group designation with its {@code id}, {@code sg} and {@code subject}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param sg its {@code sg}
     * @param subject its {@code subject}
     * @return the builder
     */
    public static Builder builder(String id, String sg, String subject) {
        return new Builder(id, sg, subject);
    }

    /**
     * Builds {@link LeadDesignation} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private final String sg;
        private final String subject;
        private String designatedBy;
        private LocalDate from;
        private LocalDate until;

        private Builder(String id, String sg, String subject) {
            this.id = id;
            this.sg = sg;
            this.subject = subject;
        }

        /**
         * Sets {@link LeadDesignation#designatedBy()}.
         *
         * @param designatedBy the value
         * @return this builder
         */
        public Builder designatedBy(String designatedBy) {
            this.designatedBy = designatedBy;
            return this;
        }

        /**
         * Sets {@link LeadDesignation#from()}.
         *
         * @param from the value
         * @return this builder
         */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /**
         * Sets {@link LeadDesignation#until()}.
         *
         * @param until the value
         * @return this builder
         */
        public Builder until(LocalDate until) {
            this.until = until;
            return this;
        }

        /**
         * The LeadDesignation.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public LeadDesignation build() {
            return new LeadDesignation(id, sg, subject, designatedBy, from, until);
        }
    }
}
