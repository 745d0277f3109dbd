package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * How a contribution, TD or draft was handled: the facts the A.1 document rules (clauses 3.1–3.3,
 * 2.3.3.6–2.3.3.9, 1.3.2, 1.7.6) need beyond the document's dates. Read from the optional
 * {@code handling} key of a document; every component is {@code null} when the facts do not say.
 *
 * @param document                   the id of the document
 * @param translationRequested       whether the submitter asked for translation (A.1 3.2.1)
 * @param eventEnd                   for a report on an event not among the meetings it covers: the event's last day (A.1 3.3.3)
 * @param exemption                  the category claimed to exempt a TD from the seven-day availability target (A.1 3.3.3)
 * @param chairAccepted              for a proposal submitted during a TSAG meeting: whether the TSAG chairman accepted it (Res. 1 4.7)
 * @param discussedOn                the day the meeting took up the document's item (A.1 3.3.3, two-day rule)
 * @param meetingAgreedOtherwise     whether the meeting agreed to waive the two-day rule for a recent-event report
 * @param sourceAuthorized           whether the submitting entity is a Member State or duly authorized entity (A.1 3.1.1)
 * @param sourceRegistered           whether it is registered with the study group concerned (A.1 3.1.1)
 * @param containsSoftware           whether it carries software for inclusion in a draft Recommendation (A.1 3.1.7)
 * @param softwareFormReceived       the date TSB received the software copyright and licensing form
 * @param directorAdmitted           whether the Director admitted a late contribution as extremely important (A.1 3.2.5)
 * @param consideredAt               the id of the meeting that considered it, or {@code null}
 * @param considerationDecidedBy     who decided that a late contribution is considered (A.1 3.2.5)
 * @param heldFor                    the id of the meeting a late contribution was held for (A.1 3.2.5)
 * @param reissueOf                  the id of the document this one reissues (A.1 3.3.4)
 * @param draftRecommendations       how many draft Recommendations it carries (A.1 2.3.3.6, Appendix I)
 * @param workItem                   for a draft Recommendation: new, revision, substantial revision or amendment (A.1 2.3.3.9)
 * @param basedOn                    for a draft Recommendation: the ids of the documents its text is built on; {@code null} if unknown
 * @param finalReviewByRapporteur    for a text sent for publication: whether the rapporteur took part in the final review (A.1 2.3.3.8)
 * @param finalReviewTimeConstrained whether a recorded lack of time prevented that review
 * @param sentForPublication         the date the text was sent for publication
 * @param confidential               whether the document or report was declared confidential (A.1 1.7.6)
 * @param confidentialBy             the id of the study group or working party that declared it so
 * @param workPlanByDay              for a collective letter: whether its draft work plan says which items are taken on which day (A.1 1.3.2)
 */
public record DocumentHandling(String document, Boolean translationRequested, LocalDate eventEnd, TdExemption exemption,
                               Boolean chairAccepted, LocalDate discussedOn, Boolean meetingAgreedOtherwise,
                               Boolean sourceAuthorized, Boolean sourceRegistered, Boolean containsSoftware,
                               LocalDate softwareFormReceived, Boolean directorAdmitted, String consideredAt,
                               ConsiderationAuthority considerationDecidedBy, String heldFor, String reissueOf,
                               Integer draftRecommendations, WorkItemKind workItem, List<String> basedOn,
                               Boolean finalReviewByRapporteur, Boolean finalReviewTimeConstrained,
                               LocalDate sentForPublication, Boolean confidential, String confidentialBy,
                               Boolean workPlanByDay) {
    /**
     * Checks what one {@code DocumentHandling} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); gives a component
     * left {@code null} its default where it has one; and copies the collections, so that the record never
     * changes.
     *
     * @param document                   the id of the document
     * @param translationRequested       whether the submitter asked for translation (A.1 3.2.1)
     * @param eventEnd                   for a report on an event not among the meetings it covers: the event's last
     *                                   day (A.1 3.3.3)
     * @param exemption                  the category claimed to exempt a TD from the seven-day availability target
     *                                   (A.1 3.3.3)
     * @param chairAccepted              for a proposal submitted during a TSAG meeting: whether the TSAG chairman
     *                                   accepted it (Res. 1 4.7)
     * @param discussedOn                the day the meeting took up the document's item (A.1 3.3.3, two-day rule)
     * @param meetingAgreedOtherwise     whether the meeting agreed to waive the two-day rule for a recent-event
     *                                   report
     * @param sourceAuthorized           whether the submitting entity is a Member State or duly authorized entity
     *                                   (A.1 3.1.1)
     * @param sourceRegistered           whether it is registered with the study group concerned (A.1 3.1.1)
     * @param containsSoftware           whether it carries software for inclusion in a draft Recommendation (A.1
     *                                   3.1.7)
     * @param softwareFormReceived       the date TSB received the software copyright and licensing form
     * @param directorAdmitted           whether the Director admitted a late contribution as extremely important
     *                                   (A.1 3.2.5)
     * @param consideredAt               the id of the meeting that considered it, or {@code null}
     * @param considerationDecidedBy     who decided that a late contribution is considered (A.1 3.2.5)
     * @param heldFor                    the id of the meeting a late contribution was held for (A.1 3.2.5)
     * @param reissueOf                  the id of the document this one reissues (A.1 3.3.4)
     * @param draftRecommendations       how many draft Recommendations it carries (A.1 2.3.3.6, Appendix I)
     * @param workItem                   for a draft Recommendation: new, revision, substantial revision or
     *                                   amendment (A.1 2.3.3.9)
     * @param basedOn                    for a draft Recommendation: the ids of the documents its text is built on;
     *                                   {@code null} if unknown
     * @param finalReviewByRapporteur    for a text sent for publication: whether the rapporteur took part in the
     *                                   final review (A.1 2.3.3.8)
     * @param finalReviewTimeConstrained whether a recorded lack of time prevented that review
     * @param sentForPublication         the date the text was sent for publication
     * @param confidential               whether the document or report was declared confidential (A.1 1.7.6)
     * @param confidentialBy             the id of the study group or working party that declared it so
     * @param workPlanByDay              for a collective letter: whether its draft work plan says which items are
     *                                   taken on which day (A.1 1.3.2)
     */
    public DocumentHandling {
        Facts.requireText(document, "handling.document");
        basedOn = basedOn == null ? null : List.copyOf(basedOn);
        if (draftRecommendations != null && draftRecommendations < 0) {
            throw new IllegalArgumentException("handling.draftRecommendations must not be negative: " + draftRecommendations);
        }
        if (document.equals(reissueOf)) {
            throw new IllegalArgumentException("document " + document + " cannot reissue itself");
        }
    }

    /**
     * A builder for a document's handling with its {@code document}; every other component is as when a fact file leaves its key out.
     *
     * @param document its {@code document}
     * @return the builder
     */
    public static Builder builder(String document) {
        return new Builder(document);
    }

    /**
     * Builds {@link DocumentHandling} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String document;
        private Boolean translationRequested;
        private LocalDate eventEnd;
        private TdExemption exemption;
        private Boolean chairAccepted;
        private LocalDate discussedOn;
        private Boolean meetingAgreedOtherwise;
        private Boolean sourceAuthorized;
        private Boolean sourceRegistered;
        private Boolean containsSoftware;
        private LocalDate softwareFormReceived;
        private Boolean directorAdmitted;
        private String consideredAt;
        private ConsiderationAuthority considerationDecidedBy;
        private String heldFor;
        private String reissueOf;
        private Integer draftRecommendations;
        private WorkItemKind workItem;
        private List<String> basedOn = null;
        private Boolean finalReviewByRapporteur;
        private Boolean finalReviewTimeConstrained;
        private LocalDate sentForPublication;
        private Boolean confidential;
        private String confidentialBy;
        private Boolean workPlanByDay;

        private Builder(String document) {
            this.document = document;
        }

        /**
         * Sets {@link DocumentHandling#translationRequested()}.
         *
         * @param translationRequested the value
         * @return this builder
         */
        public Builder translationRequested(Boolean translationRequested) {
            this.translationRequested = translationRequested;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#eventEnd()}.
         *
         * @param eventEnd the value
         * @return this builder
         */
        public Builder eventEnd(LocalDate eventEnd) {
            this.eventEnd = eventEnd;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#exemption()}.
         *
         * @param exemption the value
         * @return this builder
         */
        public Builder exemption(TdExemption exemption) {
            this.exemption = exemption;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#chairAccepted()}.
         *
         * @param chairAccepted the value
         * @return this builder
         */
        public Builder chairAccepted(Boolean chairAccepted) {
            this.chairAccepted = chairAccepted;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#discussedOn()}.
         *
         * @param discussedOn the value
         * @return this builder
         */
        public Builder discussedOn(LocalDate discussedOn) {
            this.discussedOn = discussedOn;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#meetingAgreedOtherwise()}.
         *
         * @param meetingAgreedOtherwise the value
         * @return this builder
         */
        public Builder meetingAgreedOtherwise(Boolean meetingAgreedOtherwise) {
            this.meetingAgreedOtherwise = meetingAgreedOtherwise;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#sourceAuthorized()}.
         *
         * @param sourceAuthorized the value
         * @return this builder
         */
        public Builder sourceAuthorized(Boolean sourceAuthorized) {
            this.sourceAuthorized = sourceAuthorized;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#sourceRegistered()}.
         *
         * @param sourceRegistered the value
         * @return this builder
         */
        public Builder sourceRegistered(Boolean sourceRegistered) {
            this.sourceRegistered = sourceRegistered;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#containsSoftware()}.
         *
         * @param containsSoftware the value
         * @return this builder
         */
        public Builder containsSoftware(Boolean containsSoftware) {
            this.containsSoftware = containsSoftware;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#softwareFormReceived()}.
         *
         * @param softwareFormReceived the value
         * @return this builder
         */
        public Builder softwareFormReceived(LocalDate softwareFormReceived) {
            this.softwareFormReceived = softwareFormReceived;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#directorAdmitted()}.
         *
         * @param directorAdmitted the value
         * @return this builder
         */
        public Builder directorAdmitted(Boolean directorAdmitted) {
            this.directorAdmitted = directorAdmitted;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#consideredAt()}.
         *
         * @param consideredAt the value
         * @return this builder
         */
        public Builder consideredAt(String consideredAt) {
            this.consideredAt = consideredAt;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#considerationDecidedBy()}.
         *
         * @param considerationDecidedBy the value
         * @return this builder
         */
        public Builder considerationDecidedBy(ConsiderationAuthority considerationDecidedBy) {
            this.considerationDecidedBy = considerationDecidedBy;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#heldFor()}.
         *
         * @param heldFor the value
         * @return this builder
         */
        public Builder heldFor(String heldFor) {
            this.heldFor = heldFor;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#reissueOf()}.
         *
         * @param reissueOf the value
         * @return this builder
         */
        public Builder reissueOf(String reissueOf) {
            this.reissueOf = reissueOf;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#draftRecommendations()}.
         *
         * @param draftRecommendations the value
         * @return this builder
         */
        public Builder draftRecommendations(Integer draftRecommendations) {
            this.draftRecommendations = draftRecommendations;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#workItem()}.
         *
         * @param workItem the value
         * @return this builder
         */
        public Builder workItem(WorkItemKind workItem) {
            this.workItem = workItem;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#basedOn()}.
         *
         * @param basedOn the value
         * @return this builder
         */
        public Builder basedOn(List<String> basedOn) {
            this.basedOn = basedOn;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#basedOn()}.
         *
         * @param basedOn the value
         * @return this builder
         */
        public Builder basedOn(String... basedOn) {
            this.basedOn = List.of(basedOn);
            return this;
        }

        /**
         * Sets {@link DocumentHandling#finalReviewByRapporteur()}.
         *
         * @param finalReviewByRapporteur the value
         * @return this builder
         */
        public Builder finalReviewByRapporteur(Boolean finalReviewByRapporteur) {
            this.finalReviewByRapporteur = finalReviewByRapporteur;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#finalReviewTimeConstrained()}.
         *
         * @param finalReviewTimeConstrained the value
         * @return this builder
         */
        public Builder finalReviewTimeConstrained(Boolean finalReviewTimeConstrained) {
            this.finalReviewTimeConstrained = finalReviewTimeConstrained;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#sentForPublication()}.
         *
         * @param sentForPublication the value
         * @return this builder
         */
        public Builder sentForPublication(LocalDate sentForPublication) {
            this.sentForPublication = sentForPublication;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#confidential()}.
         *
         * @param confidential the value
         * @return this builder
         */
        public Builder confidential(Boolean confidential) {
            this.confidential = confidential;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#confidentialBy()}.
         *
         * @param confidentialBy the value
         * @return this builder
         */
        public Builder confidentialBy(String confidentialBy) {
            this.confidentialBy = confidentialBy;
            return this;
        }

        /**
         * Sets {@link DocumentHandling#workPlanByDay()}.
         *
         * @param workPlanByDay the value
         * @return this builder
         */
        public Builder workPlanByDay(Boolean workPlanByDay) {
            this.workPlanByDay = workPlanByDay;
            return this;
        }

        /**
         * The DocumentHandling.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public DocumentHandling build() {
            return new DocumentHandling(document, translationRequested, eventEnd, exemption, chairAccepted, discussedOn, meetingAgreedOtherwise, sourceAuthorized, sourceRegistered, containsSoftware, softwareFormReceived, directorAdmitted, consideredAt, considerationDecidedBy, heldFor, reissueOf, draftRecommendations, workItem, basedOn, finalReviewByRapporteur, finalReviewTimeConstrained, sentForPublication, confidential, confidentialBy, workPlanByDay);
        }
    }
}
