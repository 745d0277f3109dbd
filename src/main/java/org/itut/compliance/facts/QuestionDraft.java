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
    public QuestionDraft {
        Facts.requireText(id, "question.id");
        Facts.requireText(question, "question.question");
        merges = List.copyOf(Objects.requireNonNullElse(merges, List.of()));
        proposalContent = proposalContent == null ? null : List.copyOf(proposalContent);
        supporters = supporters == null ? null : List.copyOf(supporters);
    }
}
