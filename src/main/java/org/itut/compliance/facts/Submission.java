package org.itut.compliance.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts submitted for one evaluation. Immutable; build one with {@link #builder()} or read one
 * with {@code org.itut.compliance.io.FactReader}.
 *
 * <p>The first eight components are the core facts (docs/facts-format.md); the rest are the facts of
 * the rule areas: approvals (docs/facts-approvals.md), duties (docs/facts-duties.md) and meetings and
 * documents (docs/facts-meetings.md). Prefer the builder: the record's components grow with the rule areas.
 */
public record Submission(List<Group> groups, List<Meeting> meetings, List<Document> documents, List<Decision> decisions, List<Consultation> consultations, List<Reply> replies, List<Inventory> inventories, Map<String, Origin> origins,
                         List<QuestionDraft> questions,
                         List<DraftRecommendation> recommendations,
                         List<ConsultationResult> results,
                         List<JcaProposal> jcaProposals,
                         List<LeadDesignation> leadDesignations,
                         List<Delivery> deliveries,
                         List<MeetingArrangements> arrangements,
                         List<DocumentHandling> handling,
                         List<LiaisonDetails> liaisons,
                         List<ReportDetails> reportDetails,
                         List<ParticipantList> participantLists,
                         List<LeaderDetails> leaderDetails) {

    public Submission {
        groups = List.copyOf(groups);
        meetings = List.copyOf(meetings);
        documents = List.copyOf(documents);
        decisions = List.copyOf(decisions);
        consultations = List.copyOf(consultations);
        replies = List.copyOf(replies);
        inventories = List.copyOf(inventories);
        origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
        questions = questions == null ? List.of() : List.copyOf(questions);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        results = results == null ? List.of() : List.copyOf(results);
        jcaProposals = jcaProposals == null ? List.of() : List.copyOf(jcaProposals);
        leadDesignations = leadDesignations == null ? List.of() : List.copyOf(leadDesignations);
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        arrangements = arrangements == null ? List.of() : List.copyOf(arrangements);
        handling = handling == null ? List.of() : List.copyOf(handling);
        liaisons = liaisons == null ? List.of() : List.copyOf(liaisons);
        reportDetails = reportDetails == null ? List.of() : List.copyOf(reportDetails);
        participantLists = participantLists == null ? List.of() : List.copyOf(participantLists);
        leaderDetails = leaderDetails == null ? List.of() : List.copyOf(leaderDetails);
    }

    /** A submission of the core facts only. */
    public Submission(List<Group> groups, List<Meeting> meetings, List<Document> documents,
                      List<Decision> decisions, List<Consultation> consultations, List<Reply> replies,
                      List<Inventory> inventories, Map<String, Origin> origins) {
        this(groups, meetings, documents, decisions, consultations, replies, inventories, origins,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every fact of this submission, to add to or replace parts of it. */
    public Builder toBuilder() {
        return new Builder().addAll(this);
    }

    /** Every fact, in a stable order: the core facts, then those of the rule areas. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();

        all.addAll(groups);
        all.addAll(meetings);
        all.addAll(documents);
        all.addAll(decisions);
        all.addAll(consultations);
        all.addAll(replies);
        all.addAll(inventories);
        all.addAll(questions);
        all.addAll(recommendations);
        all.addAll(results);
        all.addAll(jcaProposals);
        all.addAll(leadDesignations);
        all.addAll(deliveries);
        all.addAll(arrangements);
        all.addAll(handling);
        all.addAll(liaisons);
        all.addAll(reportDetails);
        all.addAll(participantLists);
        all.addAll(leaderDetails);
        return all;
    }

    public int size() {
        return groups.size() + meetings.size() + documents.size() + decisions.size() + consultations.size() + replies.size() + inventories.size() + questions.size() + recommendations.size() + results.size() + jcaProposals.size() + leadDesignations.size() + deliveries.size() + arrangements.size() + handling.size() + liaisons.size() + reportDetails.size() + participantLists.size() + leaderDetails.size();
    }

    public Optional<Group> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Meeting> meeting(String id) {
        return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Where the fact with this id was read from, if it was read from a file. */
    public Optional<Origin> origin(String id) {
        return Optional.ofNullable(origins.get(id));
    }

    /** Accumulates facts; {@link #build()} makes the immutable submission. */
    public static final class Builder {
        private final List<Group> groups = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private final List<Decision> decisions = new ArrayList<>();
        private final List<Consultation> consultations = new ArrayList<>();
        private final List<Reply> replies = new ArrayList<>();
        private final List<Inventory> inventories = new ArrayList<>();
        private final Map<String, Origin> origins = new LinkedHashMap<>();
        private final List<QuestionDraft> questions = new ArrayList<>();
        private final List<DraftRecommendation> recommendations = new ArrayList<>();
        private final List<ConsultationResult> results = new ArrayList<>();
        private final List<JcaProposal> jcaProposals = new ArrayList<>();
        private final List<LeadDesignation> leadDesignations = new ArrayList<>();
        private final List<Delivery> deliveries = new ArrayList<>();
        private final List<MeetingArrangements> arrangements = new ArrayList<>();
        private final List<DocumentHandling> handling = new ArrayList<>();
        private final List<LiaisonDetails> liaisons = new ArrayList<>();
        private final List<ReportDetails> reportDetails = new ArrayList<>();
        private final List<ParticipantList> participantLists = new ArrayList<>();
        private final List<LeaderDetails> leaderDetails = new ArrayList<>();

        public Builder group(Group x) { groups.add(x); return this; }
        public Builder meeting(Meeting x) { meetings.add(x); return this; }
        public Builder document(Document x) { documents.add(x); return this; }
        public Builder decision(Decision x) { decisions.add(x); return this; }
        public Builder consultation(Consultation x) { consultations.add(x); return this; }
        public Builder reply(Reply x) { replies.add(x); return this; }
        public Builder inventory(Inventory x) { inventories.add(x); return this; }
        public Builder origin(String id, Origin o) { origins.putIfAbsent(id, o); return this; }
        public Builder question(QuestionDraft x) { questions.add(x); return this; }
        public Builder recommendation(DraftRecommendation x) { recommendations.add(x); return this; }
        public Builder result(ConsultationResult x) { results.add(x); return this; }
        public Builder jcaProposal(JcaProposal x) { jcaProposals.add(x); return this; }
        public Builder leadDesignation(LeadDesignation x) { leadDesignations.add(x); return this; }
        public Builder delivery(Delivery x) { deliveries.add(x); return this; }
        public Builder arrangements(MeetingArrangements x) { arrangements.add(x); return this; }
        public Builder handling(DocumentHandling x) { handling.add(x); return this; }
        public Builder liaison(LiaisonDetails x) { liaisons.add(x); return this; }
        public Builder reportDetails(ReportDetails x) { reportDetails.add(x); return this; }
        public Builder participantList(ParticipantList x) { participantLists.add(x); return this; }
        public Builder leaderDetails(LeaderDetails x) { leaderDetails.add(x); return this; }

        /** Drops the replies gathered so far (to evaluate the same consultation with other replies). */
        public Builder clearReplies() {
            replies.clear();
            return this;
        }

        /** Adds every fact of {@code other}. */
        public Builder addAll(Submission other) {
            groups.addAll(other.groups);
            meetings.addAll(other.meetings);
            documents.addAll(other.documents);
            decisions.addAll(other.decisions);
            consultations.addAll(other.consultations);
            replies.addAll(other.replies);
            inventories.addAll(other.inventories);
            questions.addAll(other.questions);
            recommendations.addAll(other.recommendations);
            results.addAll(other.results);
            jcaProposals.addAll(other.jcaProposals);
            leadDesignations.addAll(other.leadDesignations);
            deliveries.addAll(other.deliveries);
            arrangements.addAll(other.arrangements);
            handling.addAll(other.handling);
            liaisons.addAll(other.liaisons);
            reportDetails.addAll(other.reportDetails);
            participantLists.addAll(other.participantLists);
            leaderDetails.addAll(other.leaderDetails);
            other.origins.forEach(origins::putIfAbsent);
            return this;
        }

        public Submission build() {
            return new Submission(groups, meetings, documents, decisions, consultations, replies, inventories, origins,
                    questions, recommendations, results, jcaProposals, leadDesignations, deliveries, arrangements, handling, liaisons, reportDetails, participantLists, leaderDetails);
        }
    }
}
