package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal to establish a joint coordination activity and its electronic notification (A.1 (10/2016)
 * 2.2.2, cited as A.1 (09/2019) 5.2). The decision itself is the JCA group's {@code established}
 * record; this fact holds what led to it.
 *
 * @param id                  a unique id
 * @param jca                 the id of the JCA proposed (a group of kind {@link GroupKind#JCA})
 * @param proposer            the id of the proposing group, or {@code null} if unknown
 * @param path                the establishment path the proposal follows, or {@code null} if not stated
 * @param managementConsulted the date the proposer's management team discussed it, or {@code null} if unknown
 * @param chairsConsulted     the date the chairmen of the relevant study groups and of TSAG were consulted, or {@code null}
 * @param notified            the date of the electronic notification, or {@code null} if unknown
 * @param notifiedTo          the groups whose e-mail reflectors received the notification
 * @param td                  the id of the TD that carried the notification to the deciding body's next meeting, or {@code null}
 * @param torSections         the sections the draft terms of reference in the notification contain
 * @param chairman            the proposed chairman, or {@code null} if none is named
 * @param coChairs            proposed co-chairs, where co-chairs are named instead of (or besides) a chairman
 * @param revised             the date a revised proposal was made available again, or {@code null} if none
 * @param substantiveComments whether substantive comments remained open when the decision was taken; {@code null} if unknown
 * @param consensus           whether a meeting decision was taken by consensus; {@code null} if unknown
 * @param leadDesignation     the id of the lead-study-group designation the proposer relies on, or {@code null}
 * @param broadSubject        whether the subject is broad and may fall under the mandates of several study groups; {@code null} if unknown
 */
public record JcaProposal(String id, String jca, String proposer, EstablishmentPath path, LocalDate managementConsulted,
                          LocalDate chairsConsulted, LocalDate notified, List<String> notifiedTo, String td,
                          List<TorSection> torSections, String chairman, List<String> coChairs, LocalDate revised,
                          Boolean substantiveComments, Boolean consensus, String leadDesignation, Boolean broadSubject) {
    /**
     * Checks what one {@code JcaProposal} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); and copies the
     * collections, so that the record never changes.
     *
     * @param id                  a unique id
     * @param jca                 the id of the JCA proposed (a group of kind {@link GroupKind#JCA})
     * @param proposer            the id of the proposing group, or {@code null} if unknown
     * @param path                the establishment path the proposal follows, or {@code null} if not stated
     * @param managementConsulted the date the proposer's management team discussed it, or {@code null} if unknown
     * @param chairsConsulted     the date the chairmen of the relevant study groups and of TSAG were consulted, or
     *                            {@code null}
     * @param notified            the date of the electronic notification, or {@code null} if unknown
     * @param notifiedTo          the groups whose e-mail reflectors received the notification
     * @param td                  the id of the TD that carried the notification to the deciding body's next
     *                            meeting, or {@code null}
     * @param torSections         the sections the draft terms of reference in the notification contain
     * @param chairman            the proposed chairman, or {@code null} if none is named
     * @param coChairs            proposed co-chairs, where co-chairs are named instead of (or besides) a chairman
     * @param revised             the date a revised proposal was made available again, or {@code null} if none
     * @param substantiveComments whether substantive comments remained open when the decision was taken; {@code
     *                            null} if unknown
     * @param consensus           whether a meeting decision was taken by consensus; {@code null} if unknown
     * @param leadDesignation     the id of the lead-study-group designation the proposer relies on, or {@code null}
     * @param broadSubject        whether the subject is broad and may fall under the mandates of several study
     *                            groups; {@code null} if unknown
     */
    public JcaProposal {
        Facts.requireText(id, "jcaProposal.id");
        Facts.requireText(jca, "jcaProposal.jca");
        notifiedTo = List.copyOf(notifiedTo);
        torSections = List.copyOf(torSections);
        coChairs = List.copyOf(coChairs);
        if (revised != null && notified != null && revised.isBefore(notified)) {
            throw new IllegalArgumentException("proposal " + id + " is revised (" + revised + ") before it was notified (" + notified + ")");
        }
    }

    /**
     * Whether the notification carried a section of the draft terms of reference.
     *
     * @param section the section
     * @return true when it is among {@code torSections}
     */
    public boolean has(TorSection section) {
        return torSections.contains(section);
    }

    /**
     * The date the four-week review runs from.
     *
     * @return the revision, if the proposal was revised, else the notification; {@code null} when neither is known
     */
    public LocalDate reviewFrom() {
        return revised != null ? revised : notified;
    }

    /**
     * A builder for a JCA proposal with its {@code id} and {@code jca}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param jca its {@code jca}
     * @return the builder
     */
    public static Builder builder(String id, String jca) {
        return new Builder(id, jca);
    }

    /**
     * Builds {@link JcaProposal} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private final String jca;
        private String proposer;
        private EstablishmentPath path;
        private LocalDate managementConsulted;
        private LocalDate chairsConsulted;
        private LocalDate notified;
        private List<String> notifiedTo = List.of();
        private String td;
        private List<TorSection> torSections = List.of();
        private String chairman;
        private List<String> coChairs = List.of();
        private LocalDate revised;
        private Boolean substantiveComments;
        private Boolean consensus;
        private String leadDesignation;
        private Boolean broadSubject;

        private Builder(String id, String jca) {
            this.id = id;
            this.jca = jca;
        }

        /**
         * Sets {@link JcaProposal#proposer()}.
         *
         * @param proposer the value
         * @return this builder
         */
        public Builder proposer(String proposer) {
            this.proposer = proposer;
            return this;
        }

        /**
         * Sets {@link JcaProposal#path()}.
         *
         * @param path the value
         * @return this builder
         */
        public Builder path(EstablishmentPath path) {
            this.path = path;
            return this;
        }

        /**
         * Sets {@link JcaProposal#managementConsulted()}.
         *
         * @param managementConsulted the value
         * @return this builder
         */
        public Builder managementConsulted(LocalDate managementConsulted) {
            this.managementConsulted = managementConsulted;
            return this;
        }

        /**
         * Sets {@link JcaProposal#chairsConsulted()}.
         *
         * @param chairsConsulted the value
         * @return this builder
         */
        public Builder chairsConsulted(LocalDate chairsConsulted) {
            this.chairsConsulted = chairsConsulted;
            return this;
        }

        /**
         * Sets {@link JcaProposal#notified()}.
         *
         * @param notified the value
         * @return this builder
         */
        public Builder notified(LocalDate notified) {
            this.notified = notified;
            return this;
        }

        /**
         * Sets {@link JcaProposal#notifiedTo()}.
         *
         * @param notifiedTo the value
         * @return this builder
         */
        public Builder notifiedTo(List<String> notifiedTo) {
            this.notifiedTo = notifiedTo;
            return this;
        }

        /**
         * Sets {@link JcaProposal#notifiedTo()}.
         *
         * @param notifiedTo the value
         * @return this builder
         */
        public Builder notifiedTo(String... notifiedTo) {
            this.notifiedTo = List.of(notifiedTo);
            return this;
        }

        /**
         * Sets {@link JcaProposal#td()}.
         *
         * @param td the value
         * @return this builder
         */
        public Builder td(String td) {
            this.td = td;
            return this;
        }

        /**
         * Sets {@link JcaProposal#torSections()}.
         *
         * @param torSections the value
         * @return this builder
         */
        public Builder torSections(List<TorSection> torSections) {
            this.torSections = torSections;
            return this;
        }

        /**
         * Sets {@link JcaProposal#torSections()}.
         *
         * @param torSections the value
         * @return this builder
         */
        public Builder torSections(TorSection... torSections) {
            this.torSections = List.of(torSections);
            return this;
        }

        /**
         * Sets {@link JcaProposal#chairman()}.
         *
         * @param chairman the value
         * @return this builder
         */
        public Builder chairman(String chairman) {
            this.chairman = chairman;
            return this;
        }

        /**
         * Sets {@link JcaProposal#coChairs()}.
         *
         * @param coChairs the value
         * @return this builder
         */
        public Builder coChairs(List<String> coChairs) {
            this.coChairs = coChairs;
            return this;
        }

        /**
         * Sets {@link JcaProposal#coChairs()}.
         *
         * @param coChairs the value
         * @return this builder
         */
        public Builder coChairs(String... coChairs) {
            this.coChairs = List.of(coChairs);
            return this;
        }

        /**
         * Sets {@link JcaProposal#revised()}.
         *
         * @param revised the value
         * @return this builder
         */
        public Builder revised(LocalDate revised) {
            this.revised = revised;
            return this;
        }

        /**
         * Sets {@link JcaProposal#substantiveComments()}.
         *
         * @param substantiveComments the value
         * @return this builder
         */
        public Builder substantiveComments(Boolean substantiveComments) {
            this.substantiveComments = substantiveComments;
            return this;
        }

        /**
         * Sets {@link JcaProposal#consensus()}.
         *
         * @param consensus the value
         * @return this builder
         */
        public Builder consensus(Boolean consensus) {
            this.consensus = consensus;
            return this;
        }

        /**
         * Sets {@link JcaProposal#leadDesignation()}.
         *
         * @param leadDesignation the value
         * @return this builder
         */
        public Builder leadDesignation(String leadDesignation) {
            this.leadDesignation = leadDesignation;
            return this;
        }

        /**
         * Sets {@link JcaProposal#broadSubject()}.
         *
         * @param broadSubject the value
         * @return this builder
         */
        public Builder broadSubject(Boolean broadSubject) {
            this.broadSubject = broadSubject;
            return this;
        }

        /**
         * The JcaProposal.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public JcaProposal build() {
            return new JcaProposal(id, jca, proposer, path, managementConsulted, chairsConsulted, notified, notifiedTo, td, torSections, chairman, coChairs, revised, substantiveComments, consensus, leadDesignation, broadSubject);
        }
    }
}
