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
    /**
     * Checks what one {@code DraftRecommendation} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); gives a component
     * left {@code null} its default where it has one; and copies the collections, so that the record never
     * changes.
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
    public DraftRecommendation {
        Facts.requireText(id, "recommendation.id");
        topics = topics == null ? null : List.copyOf(topics);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /**
     * The comments of one review stage.
     *
     * @param stage the stage
     * @return its comments, in the order recorded
     */
    public List<ReviewComment> comments(ReviewStage stage) {
        return comments.stream().filter(c -> c.stage() == stage).toList();
    }

    /**
     * A builder for a draft Recommendation with its {@code id}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @return the builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds {@link DraftRecommendation} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private String title;
        private String question;
        private String studyGroup;
        private ApprovalProcess process;
        private List<RecommendationTopic> topics = null;
        private RecommendationCategory category;
        private SelectionChange selection;
        private ApprovalStep consent;
        private ApprovalStep determination;
        private Boolean summary;
        private LocalDate finalText;
        private ReviewWindow lastCall;
        private ReviewWindow additionalReview;
        private LocalDate revisedText;
        private List<ReviewComment> comments = List.of();
        private String approvalMeeting;
        private ApprovalAnnouncement announcement;
        private LocalDate translations;
        private String commentsDocument;
        private MeetingDecision decision;
        private ResultNotice result;
        private PreviousApproval previous;
        private RecommendationDeletion deletion;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets {@link DraftRecommendation#title()}.
         *
         * @param title the value
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#question()}.
         *
         * @param question the value
         * @return this builder
         */
        public Builder question(String question) {
            this.question = question;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#studyGroup()}.
         *
         * @param studyGroup the value
         * @return this builder
         */
        public Builder studyGroup(String studyGroup) {
            this.studyGroup = studyGroup;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#process()}.
         *
         * @param process the value
         * @return this builder
         */
        public Builder process(ApprovalProcess process) {
            this.process = process;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#topics()}.
         *
         * @param topics the value
         * @return this builder
         */
        public Builder topics(List<RecommendationTopic> topics) {
            this.topics = topics;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#topics()}.
         *
         * @param topics the value
         * @return this builder
         */
        public Builder topics(RecommendationTopic... topics) {
            this.topics = List.of(topics);
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#category()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(RecommendationCategory category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#selection()}.
         *
         * @param selection the value
         * @return this builder
         */
        public Builder selection(SelectionChange selection) {
            this.selection = selection;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#consent()}.
         *
         * @param consent the value
         * @return this builder
         */
        public Builder consent(ApprovalStep consent) {
            this.consent = consent;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#determination()}.
         *
         * @param determination the value
         * @return this builder
         */
        public Builder determination(ApprovalStep determination) {
            this.determination = determination;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#summary()}.
         *
         * @param summary the value
         * @return this builder
         */
        public Builder summary(Boolean summary) {
            this.summary = summary;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#finalText()}.
         *
         * @param finalText the value
         * @return this builder
         */
        public Builder finalText(LocalDate finalText) {
            this.finalText = finalText;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#lastCall()}.
         *
         * @param lastCall the value
         * @return this builder
         */
        public Builder lastCall(ReviewWindow lastCall) {
            this.lastCall = lastCall;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#additionalReview()}.
         *
         * @param additionalReview the value
         * @return this builder
         */
        public Builder additionalReview(ReviewWindow additionalReview) {
            this.additionalReview = additionalReview;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#revisedText()}.
         *
         * @param revisedText the value
         * @return this builder
         */
        public Builder revisedText(LocalDate revisedText) {
            this.revisedText = revisedText;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#comments()}.
         *
         * @param comments the value
         * @return this builder
         */
        public Builder comments(List<ReviewComment> comments) {
            this.comments = comments;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#comments()}.
         *
         * @param comments the value
         * @return this builder
         */
        public Builder comments(ReviewComment... comments) {
            this.comments = List.of(comments);
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#approvalMeeting()}.
         *
         * @param approvalMeeting the value
         * @return this builder
         */
        public Builder approvalMeeting(String approvalMeeting) {
            this.approvalMeeting = approvalMeeting;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#announcement()}.
         *
         * @param announcement the value
         * @return this builder
         */
        public Builder announcement(ApprovalAnnouncement announcement) {
            this.announcement = announcement;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#translations()}.
         *
         * @param translations the value
         * @return this builder
         */
        public Builder translations(LocalDate translations) {
            this.translations = translations;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#commentsDocument()}.
         *
         * @param commentsDocument the value
         * @return this builder
         */
        public Builder commentsDocument(String commentsDocument) {
            this.commentsDocument = commentsDocument;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#decision()}.
         *
         * @param decision the value
         * @return this builder
         */
        public Builder decision(MeetingDecision decision) {
            this.decision = decision;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#result()}.
         *
         * @param result the value
         * @return this builder
         */
        public Builder result(ResultNotice result) {
            this.result = result;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#previous()}.
         *
         * @param previous the value
         * @return this builder
         */
        public Builder previous(PreviousApproval previous) {
            this.previous = previous;
            return this;
        }

        /**
         * Sets {@link DraftRecommendation#deletion()}.
         *
         * @param deletion the value
         * @return this builder
         */
        public Builder deletion(RecommendationDeletion deletion) {
            this.deletion = deletion;
            return this;
        }

        /**
         * The DraftRecommendation.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public DraftRecommendation build() {
            return new DraftRecommendation(id, title, question, studyGroup, process, topics, category, selection, consent, determination, summary, finalText, lastCall, additionalReview, revisedText, comments, approvalMeeting, announcement, translations, commentsDocument, decision, result, previous, deletion);
        }
    }
}
