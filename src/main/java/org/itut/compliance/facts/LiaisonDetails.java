package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * What a liaison statement carries and how it was approved and sent (A.1 (10/2016) 1.5). Read from the
 * optional {@code liaison} key of a document of kind {@code LIAISON_STATEMENT}.
 *
 * @param document            the id of the liaison statement
 * @param questionsFrom       the Questions of the originating group; {@code null} if not recorded
 * @param questionsTo         the Questions of the destination groups; {@code null} if not recorded
 * @param preparedAt          the id of the meeting where it was prepared, or {@code null}
 * @param betweenMeetings     true when it was prepared between meetings by correspondence
 * @param approval            the level of approval the statement states
 * @param managementConsulted for a statement approved between meetings: whether the chairman consulted the management team
 * @param addressees          each addressee with the treatment asked of it; {@code null} if not recorded
 * @param replyBy             the date by which a reply is needed, or {@code null}
 * @param contact             the contact person, or {@code null}
 * @param replyTo             the reference of the statement it answers, or {@code null}
 * @param sentOn              the date it was sent to its destinations, or {@code null}
 * @param copies              who received copies ("TSB", or group ids standing for their chairmen); {@code null} if not recorded
 */
public record LiaisonDetails(String document, List<String> questionsFrom, List<String> questionsTo, String preparedAt,
                             Boolean betweenMeetings, LiaisonApproval approval, Boolean managementConsulted,
                             List<Addressee> addressees, LocalDate replyBy, String contact, String replyTo,
                             LocalDate sentOn, List<String> copies) {
    /**
     * Checks what one {@code LiaisonDetails} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); gives a component
     * left {@code null} its default where it has one; and copies the collections, so that the record never
     * changes.
     *
     * @param document            the id of the liaison statement
     * @param questionsFrom       the Questions of the originating group; {@code null} if not recorded
     * @param questionsTo         the Questions of the destination groups; {@code null} if not recorded
     * @param preparedAt          the id of the meeting where it was prepared, or {@code null}
     * @param betweenMeetings     true when it was prepared between meetings by correspondence
     * @param approval            the level of approval the statement states
     * @param managementConsulted for a statement approved between meetings: whether the chairman consulted the
     *                            management team
     * @param addressees          each addressee with the treatment asked of it; {@code null} if not recorded
     * @param replyBy             the date by which a reply is needed, or {@code null}
     * @param contact             the contact person, or {@code null}
     * @param replyTo             the reference of the statement it answers, or {@code null}
     * @param sentOn              the date it was sent to its destinations, or {@code null}
     * @param copies              who received copies ("TSB", or group ids standing for their chairmen); {@code
     *                            null} if not recorded
     */
    public LiaisonDetails {
        Facts.requireText(document, "liaison.document");
        questionsFrom = questionsFrom == null ? null : List.copyOf(questionsFrom);
        questionsTo = questionsTo == null ? null : List.copyOf(questionsTo);
        addressees = addressees == null ? null : List.copyOf(addressees);
        copies = copies == null ? null : List.copyOf(copies);
        if (preparedAt != null && Boolean.TRUE.equals(betweenMeetings)) {
            throw new IllegalArgumentException("liaison " + document + " cannot be both prepared at " + preparedAt + " and between meetings");
        }
    }

    /**
     * A builder for the details of a liaison statement with its {@code document}; every other component is as when a fact file leaves its key out.
     *
     * @param document its {@code document}
     * @return the builder
     */
    public static Builder builder(String document) {
        return new Builder(document);
    }

    /**
     * Builds {@link LiaisonDetails} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String document;
        private List<String> questionsFrom = null;
        private List<String> questionsTo = null;
        private String preparedAt;
        private Boolean betweenMeetings;
        private LiaisonApproval approval;
        private Boolean managementConsulted;
        private List<Addressee> addressees = null;
        private LocalDate replyBy;
        private String contact;
        private String replyTo;
        private LocalDate sentOn;
        private List<String> copies = null;

        private Builder(String document) {
            this.document = document;
        }

        /**
         * Sets {@link LiaisonDetails#questionsFrom()}.
         *
         * @param questionsFrom the value
         * @return this builder
         */
        public Builder questionsFrom(List<String> questionsFrom) {
            this.questionsFrom = questionsFrom;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#questionsFrom()}.
         *
         * @param questionsFrom the value
         * @return this builder
         */
        public Builder questionsFrom(String... questionsFrom) {
            this.questionsFrom = List.of(questionsFrom);
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#questionsTo()}.
         *
         * @param questionsTo the value
         * @return this builder
         */
        public Builder questionsTo(List<String> questionsTo) {
            this.questionsTo = questionsTo;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#questionsTo()}.
         *
         * @param questionsTo the value
         * @return this builder
         */
        public Builder questionsTo(String... questionsTo) {
            this.questionsTo = List.of(questionsTo);
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#preparedAt()}.
         *
         * @param preparedAt the value
         * @return this builder
         */
        public Builder preparedAt(String preparedAt) {
            this.preparedAt = preparedAt;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#betweenMeetings()}.
         *
         * @param betweenMeetings the value
         * @return this builder
         */
        public Builder betweenMeetings(Boolean betweenMeetings) {
            this.betweenMeetings = betweenMeetings;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#approval()}.
         *
         * @param approval the value
         * @return this builder
         */
        public Builder approval(LiaisonApproval approval) {
            this.approval = approval;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#managementConsulted()}.
         *
         * @param managementConsulted the value
         * @return this builder
         */
        public Builder managementConsulted(Boolean managementConsulted) {
            this.managementConsulted = managementConsulted;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#addressees()}.
         *
         * @param addressees the value
         * @return this builder
         */
        public Builder addressees(List<Addressee> addressees) {
            this.addressees = addressees;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#addressees()}.
         *
         * @param addressees the value
         * @return this builder
         */
        public Builder addressees(Addressee... addressees) {
            this.addressees = List.of(addressees);
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#replyBy()}.
         *
         * @param replyBy the value
         * @return this builder
         */
        public Builder replyBy(LocalDate replyBy) {
            this.replyBy = replyBy;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#contact()}.
         *
         * @param contact the value
         * @return this builder
         */
        public Builder contact(String contact) {
            this.contact = contact;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#replyTo()}.
         *
         * @param replyTo the value
         * @return this builder
         */
        public Builder replyTo(String replyTo) {
            this.replyTo = replyTo;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#sentOn()}.
         *
         * @param sentOn the value
         * @return this builder
         */
        public Builder sentOn(LocalDate sentOn) {
            this.sentOn = sentOn;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#copies()}.
         *
         * @param copies the value
         * @return this builder
         */
        public Builder copies(List<String> copies) {
            this.copies = copies;
            return this;
        }

        /**
         * Sets {@link LiaisonDetails#copies()}.
         *
         * @param copies the value
         * @return this builder
         */
        public Builder copies(String... copies) {
            this.copies = List.of(copies);
            return this;
        }

        /**
         * The LiaisonDetails.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public LiaisonDetails build() {
            return new LiaisonDetails(document, questionsFrom, questionsTo, preparedAt, betweenMeetings, approval, managementConsulted, addressees, replyBy, contact, replyTo, sentOn, copies);
        }
    }
}
