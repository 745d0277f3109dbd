package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A group's terms of reference.
 *
 * @param document   the id of the document that holds them (e.g. "TSAG-R1 Annex D")
 * @param approved   whether these are approved terms (false for a draft)
 * @param approvedOn the approval date, or {@code null} if unknown
 * @param approvedBy the approving group, or {@code null} if unknown
 * @param sections   the sections the terms contain
 * @param parent     the parent the terms name, or {@code null} if they name none
 * @param leadership the leadership the terms prescribe
 * @param duties     the time-bound duties the terms declare
 * @param lifetime   the lifetime the terms state, or {@code null} if they state none
 * @param citations  clauses of other texts the terms cite
 */
public record TermsOfReference(String document, boolean approved, LocalDate approvedOn, String approvedBy,
                               List<TorSection> sections, String parent, List<DeclaredLeadership> leadership,
                               List<DeclaredDuty> duties, Lifetime lifetime, List<ClauseReference> citations) {
    /**
     * Checks what one {@code TermsOfReference} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); and copies the
     * collections, so that the record never changes.
     *
     * @param document   the id of the document that holds them (e.g. "TSAG-R1 Annex D")
     * @param approved   whether these are approved terms (false for a draft)
     * @param approvedOn the approval date, or {@code null} if unknown
     * @param approvedBy the approving group, or {@code null} if unknown
     * @param sections   the sections the terms contain
     * @param parent     the parent the terms name, or {@code null} if they name none
     * @param leadership the leadership the terms prescribe
     * @param duties     the time-bound duties the terms declare
     * @param lifetime   the lifetime the terms state, or {@code null} if they state none
     * @param citations  clauses of other texts the terms cite
     */
    public TermsOfReference {
        Facts.requireText(document, "termsOfReference.document");
        sections = List.copyOf(sections);
        leadership = List.copyOf(leadership);
        duties = List.copyOf(duties);
        citations = List.copyOf(citations);
    }

    /**
     * Whether the terms of reference contain a section.
     *
     * @param section the section
     * @return true when it is among {@code sections}
     */
    public boolean has(TorSection section) {
        return sections.contains(section);
    }

    /**
     * A builder for terms of reference with its {@code document}; every other component is as when a fact file leaves its key out.
     *
     * @param document its {@code document}
     * @return the builder
     */
    public static Builder builder(String document) {
        return new Builder(document);
    }

    /**
     * Builds {@link TermsOfReference} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does. Terms are approved unless {@code approved(false)} says they are a draft, as in fact files.
     */
    public static final class Builder {
        private final String document;
        private boolean approved = true;
        private LocalDate approvedOn;
        private String approvedBy;
        private List<TorSection> sections = List.of();
        private String parent;
        private List<DeclaredLeadership> leadership = List.of();
        private List<DeclaredDuty> duties = List.of();
        private Lifetime lifetime;
        private List<ClauseReference> citations = List.of();

        private Builder(String document) {
            this.document = document;
        }

        /**
         * Sets {@link TermsOfReference#approved()}.
         *
         * @param approved the value
         * @return this builder
         */
        public Builder approved(boolean approved) {
            this.approved = approved;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#approvedOn()}.
         *
         * @param approvedOn the value
         * @return this builder
         */
        public Builder approvedOn(LocalDate approvedOn) {
            this.approvedOn = approvedOn;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#approvedBy()}.
         *
         * @param approvedBy the value
         * @return this builder
         */
        public Builder approvedBy(String approvedBy) {
            this.approvedBy = approvedBy;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#sections()}.
         *
         * @param sections the value
         * @return this builder
         */
        public Builder sections(List<TorSection> sections) {
            this.sections = sections;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#sections()}.
         *
         * @param sections the value
         * @return this builder
         */
        public Builder sections(TorSection... sections) {
            this.sections = List.of(sections);
            return this;
        }

        /**
         * Sets {@link TermsOfReference#parent()}.
         *
         * @param parent the value
         * @return this builder
         */
        public Builder parent(String parent) {
            this.parent = parent;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#leadership()}.
         *
         * @param leadership the value
         * @return this builder
         */
        public Builder leadership(List<DeclaredLeadership> leadership) {
            this.leadership = leadership;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#leadership()}.
         *
         * @param leadership the value
         * @return this builder
         */
        public Builder leadership(DeclaredLeadership... leadership) {
            this.leadership = List.of(leadership);
            return this;
        }

        /**
         * Sets {@link TermsOfReference#duties()}.
         *
         * @param duties the value
         * @return this builder
         */
        public Builder duties(List<DeclaredDuty> duties) {
            this.duties = duties;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#duties()}.
         *
         * @param duties the value
         * @return this builder
         */
        public Builder duties(DeclaredDuty... duties) {
            this.duties = List.of(duties);
            return this;
        }

        /**
         * Sets {@link TermsOfReference#lifetime()}.
         *
         * @param lifetime the value
         * @return this builder
         */
        public Builder lifetime(Lifetime lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#citations()}.
         *
         * @param citations the value
         * @return this builder
         */
        public Builder citations(List<ClauseReference> citations) {
            this.citations = citations;
            return this;
        }

        /**
         * Sets {@link TermsOfReference#citations()}.
         *
         * @param citations the value
         * @return this builder
         */
        public Builder citations(ClauseReference... citations) {
            this.citations = List.of(citations);
            return this;
        }

        /**
         * The TermsOfReference.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public TermsOfReference build() {
            return new TermsOfReference(document, approved, approvedOn, approvedBy, sections, parent, leadership, duties, lifetime, citations);
        }
    }
}
