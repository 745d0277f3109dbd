package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A draft new or revised Question on its way to approval, with what its study group did with it.
 * The Question itself is a {@link Group} of kind {@link GroupKind#QUESTION}; TSAG's decisions are
 * {@link Decision}s, consultations are {@link Consultation}s.
 *
 * @param id                 a unique id for this draft (e.g. {@code Q16/17-draft-2025})
 * @param question           the id of the Question (a group of kind QUESTION)
 * @param kind               new or revised; {@code null} if unknown
 * @param merges             the ids of Questions merged into it
 * @param title              the title of the draft, or {@code null}
 * @param origin             how it came before the study group; {@code null} if unknown
 * @param proposal           the id of the proposing document (contribution or TD), or {@code null}
 * @param proposalContent    the items the proposal is known to contain; {@code null} when the proposal's content is not among the facts
 * @param distributed        the date TSB sent the proposal to the members concerned, or {@code null}
 * @param meeting            the id of the study-group meeting that considered it, or {@code null}
 * @param sgOutcome          what that meeting decided; {@code null} if unknown
 * @param sgBasis            how it decided; {@code null} if unknown
 * @param sgDate             the date of the decision, or {@code null} (the meeting's last day is then used)
 * @param supporters         the committed supporters; {@code null} when unknown
 * @param supportersRecorded whether the report names the supporters and their kind of support; {@code null} if unknown
 * @param announcedBy        the id of the circular announcing its approval or deletion, or {@code null}
 * @param urgency            an urgency waiver of TSAG review, or {@code null}
 * @param state              its state as last published; {@code null} if unknown
 */
public record QuestionDraft(String id, String question, QuestionKind kind, List<String> merges, String title,
                            QuestionOrigin origin, String proposal, List<ProposalItem> proposalContent,
                            LocalDate distributed, String meeting, SgQuestionOutcome sgOutcome, DecisionBasis sgBasis,
                            LocalDate sgDate, List<Supporter> supporters, Boolean supportersRecorded,
                            String announcedBy, UrgencyWaiver urgency, QuestionState state) {
    /**
     * Checks what one {@code QuestionDraft} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); gives a component
     * left {@code null} its default where it has one; and copies the collections, so that the record never
     * changes.
     *
     * @param id                 a unique id for this draft (e.g. {@code Q16/17-draft-2025})
     * @param question           the id of the Question (a group of kind QUESTION)
     * @param kind               new or revised; {@code null} if unknown
     * @param merges             the ids of Questions merged into it
     * @param title              the title of the draft, or {@code null}
     * @param origin             how it came before the study group; {@code null} if unknown
     * @param proposal           the id of the proposing document (contribution or TD), or {@code null}
     * @param proposalContent    the items the proposal is known to contain; {@code null} when the proposal's
     *                           content is not among the facts
     * @param distributed        the date TSB sent the proposal to the members concerned, or {@code null}
     * @param meeting            the id of the study-group meeting that considered it, or {@code null}
     * @param sgOutcome          what that meeting decided; {@code null} if unknown
     * @param sgBasis            how it decided; {@code null} if unknown
     * @param sgDate             the date of the decision, or {@code null} (the meeting's last day is then used)
     * @param supporters         the committed supporters; {@code null} when unknown
     * @param supportersRecorded whether the report names the supporters and their kind of support; {@code null} if
     *                           unknown
     * @param announcedBy        the id of the circular announcing its approval or deletion, or {@code null}
     * @param urgency            an urgency waiver of TSAG review, or {@code null}
     * @param state              its state as last published; {@code null} if unknown
     */
    public QuestionDraft {
        Facts.requireText(id, "question.id");
        Facts.requireText(question, "question.question");
        merges = List.copyOf(Objects.requireNonNullElse(merges, List.of()));
        proposalContent = proposalContent == null ? null : List.copyOf(proposalContent);
        supporters = supporters == null ? null : List.copyOf(supporters);
    }

    /**
     * A builder for a draft Question with its {@code id} and {@code question}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param question its {@code question}
     * @return the builder
     */
    public static Builder builder(String id, String question) {
        return new Builder(id, question);
    }

    /**
     * Builds {@link QuestionDraft} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private final String question;
        private QuestionKind kind;
        private List<String> merges = List.of();
        private String title;
        private QuestionOrigin origin;
        private String proposal;
        private List<ProposalItem> proposalContent = null;
        private LocalDate distributed;
        private String meeting;
        private SgQuestionOutcome sgOutcome;
        private DecisionBasis sgBasis;
        private LocalDate sgDate;
        private List<Supporter> supporters = null;
        private Boolean supportersRecorded;
        private String announcedBy;
        private UrgencyWaiver urgency;
        private QuestionState state;

        private Builder(String id, String question) {
            this.id = id;
            this.question = question;
        }

        /**
         * Sets {@link QuestionDraft#kind()}.
         *
         * @param kind the value
         * @return this builder
         */
        public Builder kind(QuestionKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#merges()}.
         *
         * @param merges the value
         * @return this builder
         */
        public Builder merges(List<String> merges) {
            this.merges = merges;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#merges()}.
         *
         * @param merges the value
         * @return this builder
         */
        public Builder merges(String... merges) {
            this.merges = List.of(merges);
            return this;
        }

        /**
         * Sets {@link QuestionDraft#title()}.
         *
         * @param title the value
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#origin()}.
         *
         * @param origin the value
         * @return this builder
         */
        public Builder origin(QuestionOrigin origin) {
            this.origin = origin;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#proposal()}.
         *
         * @param proposal the value
         * @return this builder
         */
        public Builder proposal(String proposal) {
            this.proposal = proposal;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#proposalContent()}.
         *
         * @param proposalContent the value
         * @return this builder
         */
        public Builder proposalContent(List<ProposalItem> proposalContent) {
            this.proposalContent = proposalContent;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#proposalContent()}.
         *
         * @param proposalContent the value
         * @return this builder
         */
        public Builder proposalContent(ProposalItem... proposalContent) {
            this.proposalContent = List.of(proposalContent);
            return this;
        }

        /**
         * Sets {@link QuestionDraft#distributed()}.
         *
         * @param distributed the value
         * @return this builder
         */
        public Builder distributed(LocalDate distributed) {
            this.distributed = distributed;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#meeting()}.
         *
         * @param meeting the value
         * @return this builder
         */
        public Builder meeting(String meeting) {
            this.meeting = meeting;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#sgOutcome()}.
         *
         * @param sgOutcome the value
         * @return this builder
         */
        public Builder sgOutcome(SgQuestionOutcome sgOutcome) {
            this.sgOutcome = sgOutcome;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#sgBasis()}.
         *
         * @param sgBasis the value
         * @return this builder
         */
        public Builder sgBasis(DecisionBasis sgBasis) {
            this.sgBasis = sgBasis;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#sgDate()}.
         *
         * @param sgDate the value
         * @return this builder
         */
        public Builder sgDate(LocalDate sgDate) {
            this.sgDate = sgDate;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#supporters()}.
         *
         * @param supporters the value
         * @return this builder
         */
        public Builder supporters(List<Supporter> supporters) {
            this.supporters = supporters;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#supporters()}.
         *
         * @param supporters the value
         * @return this builder
         */
        public Builder supporters(Supporter... supporters) {
            this.supporters = List.of(supporters);
            return this;
        }

        /**
         * Sets {@link QuestionDraft#supportersRecorded()}.
         *
         * @param supportersRecorded the value
         * @return this builder
         */
        public Builder supportersRecorded(Boolean supportersRecorded) {
            this.supportersRecorded = supportersRecorded;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#announcedBy()}.
         *
         * @param announcedBy the value
         * @return this builder
         */
        public Builder announcedBy(String announcedBy) {
            this.announcedBy = announcedBy;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#urgency()}.
         *
         * @param urgency the value
         * @return this builder
         */
        public Builder urgency(UrgencyWaiver urgency) {
            this.urgency = urgency;
            return this;
        }

        /**
         * Sets {@link QuestionDraft#state()}.
         *
         * @param state the value
         * @return this builder
         */
        public Builder state(QuestionState state) {
            this.state = state;
            return this;
        }

        /**
         * The QuestionDraft.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public QuestionDraft build() {
            return new QuestionDraft(id, question, kind, merges, title, origin, proposal, proposalContent, distributed, meeting, sgOutcome, sgBasis, sgDate, supporters, supportersRecorded, announcedBy, urgency, state);
        }
    }
}
