package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft new or revised Recommendation on its way to approval by AAP or TAP, or a Recommendation
 * whose deletion is proposed.
 *
 * @param id               a unique id: the number or provisional mnemonic (e.g. {@code X.ias})
 * @param title            the title, or {@code null}
 * @param question         the id of the Question responsible, or {@code null}
 * @param studyGroup       the id of the study group, or {@code null}
 * @param process          AAP or TAP; {@code null} if unknown
 * @param topics           what it deals with (decides the default process); {@code null} if unknown
 * @param category         its category for deferral to the assembly; {@code null} if unknown
 * @param selection        a decision that switched it from the default process, or {@code null}
 * @param consent          the AAP consent, or {@code null}
 * @param determination    the TAP determination, or {@code null}
 * @param summary          whether the summary exists; {@code null} if unknown
 * @param finalText        the date TSB held the final edited text, or {@code null} if unknown
 * @param lastCall         the AAP Last Call, or {@code null}
 * @param additionalReview the AAP Additional Review, or {@code null}
 * @param revisedText      the date TSB held the revised text for the Additional Review, or {@code null}
 * @param comments         comments received in AAP
 * @param approvalMeeting  the id of the study-group meeting that considers it for approval, or {@code null}
 * @param announcement     the announcement of that consideration, or {@code null}
 * @param translations     the date the text was available in all official languages (TAP), or {@code null}
 * @param commentsDocument the id of the TD compiling the consultation comments (TAP), or {@code null}
 * @param decision         the decision at the approval meeting, or {@code null}
 * @param result           the circular announcing the result, or {@code null}
 * @param previous         the previous approval of the same text, or {@code null}
 * @param deletion         a proposed deletion, or {@code null}
 */
public record DraftRecommendation(String id, String title, String question, String studyGroup,
                                  ApprovalProcess process, List<RecommendationTopic> topics,
                                  RecommendationCategory category, SelectionChange selection,
                                  ApprovalStep consent, ApprovalStep determination, Boolean summary,
                                  LocalDate finalText, ReviewWindow lastCall, ReviewWindow additionalReview,
                                  LocalDate revisedText, List<ReviewComment> comments, String approvalMeeting,
                                  ApprovalAnnouncement announcement, LocalDate translations, String commentsDocument,
                                  MeetingDecision decision, ResultNotice result, PreviousApproval previous,
                                  RecommendationDeletion deletion) {
    public DraftRecommendation {
        Facts.requireText(id, "recommendation.id");
        topics = topics == null ? null : List.copyOf(topics);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** Comments of {@code stage}. */
    public List<ReviewComment> comments(ReviewStage stage) {
        return comments.stream().filter(c -> c.stage() == stage).toList();
    }
}
