package org.itut.compliance.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facts submitted for one evaluation, held by kind. Immutable; build one with {@link #builder()}
 * or read one with {@code org.itut.compliance.io.FactReader}.
 *
 * <p>The kinds of fact, in the fixed order {@link #all()} follows, are those of {@link #factTypes()}:
 * the core facts (docs/facts-format.md) — groups, meetings, documents, decisions, consultations,
 * replies, inventories — then those of the rule areas: approvals (draft Questions, draft
 * Recommendations, consultation results; docs/facts-approvals.md), duties (JCA proposals, lead
 * designations, deliveries; docs/facts-duties.md), and meetings and documents (arrangements,
 * handling, liaison and report details, participant lists, leader details; docs/facts-meetings.md).
 *
 * <p>A submission may be built with facts that do not fit together (an id used twice, a parent that
 * is not among the facts); {@link #validate()} lists what is wrong, and
 * {@code ComplianceEngine.evaluate} refuses such a submission with an {@link InvalidSubmissionException}.
 */
public final class Submission {
    private final Map<FactType<?>, List<Object>> facts;
    /** Per kind, where each fact was read from, in step with {@link #facts}; {@code null} entries for facts built in code. */
    private final Map<FactType<?>, List<Origin>> factOrigins;
    private final Map<String, Origin> origins;
    private volatile List<SubmissionProblem> problems;

    private Submission(Builder b) {
        Map<FactType<?>, List<Object>> f = new LinkedHashMap<>();
        Map<FactType<?>, List<Origin>> o = new LinkedHashMap<>();
        for (FactType<?> t : FactTypes.ALL) {
            f.put(t, List.copyOf(b.facts.get(t)));
            o.put(t, Collections.unmodifiableList(new ArrayList<>(b.factOrigins.get(t))));
        }
        this.facts = Collections.unmodifiableMap(f);
        this.factOrigins = Collections.unmodifiableMap(o);
        this.origins = Collections.unmodifiableMap(new LinkedHashMap<>(b.origins));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every fact of this submission, to add to or replace parts of it. */
    public Builder toBuilder() {
        return new Builder().addAll(this);
    }

    /** The records a submission holds, in the order {@link #all()} follows. */
    public static List<Class<?>> factTypes() {
        return FactTypes.ALL.stream().<Class<?>>map(t -> t.type).toList();
    }

    /**
     * The facts of one kind, in the order they were added.
     *
     * @throws IllegalArgumentException if {@code type} is not one of {@link #factTypes()}
     */
    public <T> List<T> facts(Class<T> type) {
        FactType<T> t = FactTypes.of(type);
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) facts.get(t);
        return list;
    }

    /** Every fact, kind by kind in the order of {@link #factTypes()}, each kind in the order added. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(size());
        facts.values().forEach(all::addAll);
        return all;
    }

    public int size() {
        return facts.values().stream().mapToInt(List::size).sum();
    }

    /**
     * What does not fit together: ids used twice, ids named that are not among the facts or name a
     * fact of the wrong kind, groups that are their own ancestors, positions on subjects a consultation
     * lacks. Empty when the submission can be evaluated. What a single record can check (a meeting that
     * ends before it starts) its constructor checks.
     */
    public List<SubmissionProblem> validate() {
        List<SubmissionProblem> p = problems;
        if (p == null) {
            problems = p = List.copyOf(SubmissionValidator.validate(this));
        }
        return p;
    }

    public Optional<Group> group(String id) {
        return groups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Meeting> meeting(String id) {
        return meetings().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Where the fact with this id was read from, if it was read from a file. */
    public Optional<Origin> origin(String id) {
        return Optional.ofNullable(origins.get(id));
    }

    /** Where each fact with an id was read from, by id, in reading order. */
    public Map<String, Origin> origins() {
        return origins;
    }

    /** The kinds of fact, for the validator. */
    Map<FactType<?>, List<Object>> byType() {
        return facts;
    }

    /** Where the {@code index}-th fact of {@code type} was read from, or {@code null}. */
    Origin originAt(FactType<?> type, int index) {
        return factOrigins.get(type).get(index);
    }

    public List<Group> groups() { return facts(Group.class); }
    public List<Meeting> meetings() { return facts(Meeting.class); }
    public List<Document> documents() { return facts(Document.class); }
    public List<Decision> decisions() { return facts(Decision.class); }
    public List<Consultation> consultations() { return facts(Consultation.class); }
    public List<Reply> replies() { return facts(Reply.class); }
    public List<Inventory> inventories() { return facts(Inventory.class); }
    public List<QuestionDraft> questions() { return facts(QuestionDraft.class); }
    public List<DraftRecommendation> recommendations() { return facts(DraftRecommendation.class); }
    public List<ConsultationResult> results() { return facts(ConsultationResult.class); }
    public List<JcaProposal> jcaProposals() { return facts(JcaProposal.class); }
    public List<LeadDesignation> leadDesignations() { return facts(LeadDesignation.class); }
    public List<Delivery> deliveries() { return facts(Delivery.class); }
    public List<MeetingArrangements> arrangements() { return facts(MeetingArrangements.class); }
    public List<DocumentHandling> handling() { return facts(DocumentHandling.class); }
    public List<LiaisonDetails> liaisons() { return facts(LiaisonDetails.class); }
    public List<ReportDetails> reportDetails() { return facts(ReportDetails.class); }
    public List<ParticipantList> participantLists() { return facts(ParticipantList.class); }
    public List<LeaderDetails> leaderDetails() { return facts(LeaderDetails.class); }

    /** Equal when the same facts were added in the same order, with the same origins by id. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Submission s && facts.equals(s.facts) && origins.equals(s.origins);
    }

    @Override
    public int hashCode() {
        return Objects.hash(facts, origins);
    }

    /** For example {@code Submission[82 facts: groups 20, meetings 31, documents 25, decisions 6]}. */
    @Override
    public String toString() {
        return "Submission[" + size() + " facts" + facts.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().name + " " + e.getValue().size())
                .collect(Collectors.joining(", ", size() == 0 ? "" : ": ", "")) + "]";
    }

    /** Accumulates facts; {@link #build()} makes the immutable submission. */
    public static final class Builder {
        private final Map<FactType<?>, List<Object>> facts = new LinkedHashMap<>();
        private final Map<FactType<?>, List<Origin>> factOrigins = new LinkedHashMap<>();
        private final Map<String, Origin> origins = new LinkedHashMap<>();

        private Builder() {
            for (FactType<?> t : FactTypes.ALL) {
                facts.put(t, new ArrayList<>());
                factOrigins.put(t, new ArrayList<>());
            }
        }

        /**
         * Adds a fact of any of the kinds of {@link Submission#factTypes()}.
         *
         * @throws IllegalArgumentException if it is of another class
         */
        public Builder add(Object fact) {
            return add(fact, null);
        }

        /**
         * Adds a fact read from {@code origin} (or {@code null}): reports and the problems of
         * {@link Submission#validate()} point there, and {@link Submission#origin(String)} finds it by id.
         */
        public Builder add(Object fact, Origin origin) {
            Objects.requireNonNull(fact, "fact");
            FactType<?> t = FactTypes.ofFact(fact);
            facts.get(t).add(fact);
            factOrigins.get(t).add(origin);
            if (origin != null && t.identified()) {
                origins.putIfAbsent(t.id(fact), origin);
            }
            return this;
        }

        /** Adds every fact of {@code all}, in order. */
        public Builder addAll(Collection<?> all) {
            all.forEach(this::add);
            return this;
        }

        /** Records where the fact with this id was read from (the first origin given for an id is kept). */
        public Builder origin(String id, Origin o) { origins.putIfAbsent(id, o); return this; }

        public Builder group(Group x) { return add(x); }
        public Builder meeting(Meeting x) { return add(x); }
        public Builder document(Document x) { return add(x); }
        public Builder decision(Decision x) { return add(x); }
        public Builder consultation(Consultation x) { return add(x); }
        public Builder reply(Reply x) { return add(x); }
        public Builder inventory(Inventory x) { return add(x); }
        public Builder question(QuestionDraft x) { return add(x); }
        public Builder recommendation(DraftRecommendation x) { return add(x); }
        public Builder result(ConsultationResult x) { return add(x); }
        public Builder jcaProposal(JcaProposal x) { return add(x); }
        public Builder leadDesignation(LeadDesignation x) { return add(x); }
        public Builder delivery(Delivery x) { return add(x); }
        public Builder arrangements(MeetingArrangements x) { return add(x); }
        public Builder handling(DocumentHandling x) { return add(x); }
        public Builder liaison(LiaisonDetails x) { return add(x); }
        public Builder reportDetails(ReportDetails x) { return add(x); }
        public Builder participantList(ParticipantList x) { return add(x); }
        public Builder leaderDetails(LeaderDetails x) { return add(x); }

        /** Drops the facts of one kind gathered so far (to evaluate the same facts with other replies, say). */
        public Builder clear(Class<?> type) {
            FactType<?> t = FactTypes.of(type);
            facts.get(t).clear();
            factOrigins.get(t).clear();
            return this;
        }

        /** Drops the replies gathered so far (to evaluate the same consultation with other replies). */
        public Builder clearReplies() {
            return clear(Reply.class);
        }

        /** Adds every fact of {@code other}, with where it was read from. */
        public Builder addAll(Submission other) {
            for (FactType<?> t : FactTypes.ALL) {
                facts.get(t).addAll(other.facts.get(t));
                factOrigins.get(t).addAll(other.factOrigins.get(t));
            }
            other.origins.forEach(origins::putIfAbsent);
            return this;
        }

        public Submission build() {
            return new Submission(this);
        }
    }
}
