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
 * replies, inventories, and the annotations context marks, inferences and disagreements — then those of the rule areas: approvals (draft Questions, draft
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

    /**
     * An empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every fact of this submission, to add to or replace parts of it.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().addAll(this);
    }

    /**
     * The records a submission holds, in the order {@link #all()} follows.
     *
     * @return the 22 records, groups first
     */
    public static List<Class<?>> factTypes() {
        return FactTypes.ALL.stream().<Class<?>>map(t -> t.type).toList();
    }

    /**
     * The facts of one kind, in the order they were added.
     *
     * @param <T>  the record
     * @param type the record, one of {@link #factTypes()}
     * @return the facts of that kind
     * @throws IllegalArgumentException if {@code type} is not one of {@link #factTypes()}
     */
    public <T> List<T> facts(Class<T> type) {
        FactType<T> t = FactTypes.of(type);
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) facts.get(t);
        return list;
    }

    /**
     * Every fact, kind by kind in the order of {@link #factTypes()}, each kind in the order added.
     *
     * @return a new list
     */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(size());
        facts.values().forEach(all::addAll);
        return all;
    }

    /**
     * How many facts the submission holds.
     *
     * @return the count over all kinds
     */
    public int size() {
        return facts.values().stream().mapToInt(List::size).sum();
    }

    /**
     * What does not fit together: ids used twice, ids named that are not among the facts or name a
     * fact of the wrong kind, groups that are their own ancestors, positions on subjects a consultation
     * lacks. Empty when the submission can be evaluated. What a single record can check (a meeting that
     * ends before it starts) its constructor checks.
     *
     * @return every problem, in the order of {@link #factTypes()} then of the facts; empty if none
     */
    public List<SubmissionProblem> validate() {
        List<SubmissionProblem> p = problems;
        if (p == null) {
            problems = p = List.copyOf(SubmissionValidator.validate(this));
        }
        return p;
    }

    /**
     * The first group with this id.
     *
     * @param id the id
     * @return the group, if there is one
     */
    public Optional<Group> group(String id) {
        return groups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * The first meeting with this id.
     *
     * @param id the id
     * @return the meeting, if there is one
     */
    public Optional<Meeting> meeting(String id) {
        return meetings().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * Where the fact with this id was read from.
     *
     * @param id the id
     * @return its origin, if it was read from a file
     */
    public Optional<Origin> origin(String id) {
        return Optional.ofNullable(origins.get(id));
    }

    /**
     * Where each fact with an id was read from.
     *
     * @return origins by id, in reading order
     */
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

    /**
     * The facts of kind {@link Group}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Group> groups() {
        return facts(Group.class);
    }

    /**
     * The facts of kind {@link Meeting}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Meeting> meetings() {
        return facts(Meeting.class);
    }

    /**
     * The facts of kind {@link Document}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Document> documents() {
        return facts(Document.class);
    }

    /**
     * The facts of kind {@link Decision}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Decision> decisions() {
        return facts(Decision.class);
    }

    /**
     * The facts of kind {@link Consultation}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Consultation> consultations() {
        return facts(Consultation.class);
    }

    /**
     * The facts of kind {@link Reply}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Reply> replies() {
        return facts(Reply.class);
    }

    /**
     * The facts of kind {@link Inventory}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Inventory> inventories() {
        return facts(Inventory.class);
    }

    /**
     * The facts of kind {@link ContextMark}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<ContextMark> contextMarks() {
        return facts(ContextMark.class);
    }

    /**
     * The facts of kind {@link Inference}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Inference> inferences() {
        return facts(Inference.class);
    }

    /**
     * The facts of kind {@link Disagreement}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Disagreement> disagreements() {
        return facts(Disagreement.class);
    }

    /**
     * The facts of kind {@link QuestionDraft}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<QuestionDraft> questions() {
        return facts(QuestionDraft.class);
    }

    /**
     * The facts of kind {@link DraftRecommendation}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<DraftRecommendation> recommendations() {
        return facts(DraftRecommendation.class);
    }

    /**
     * The facts of kind {@link ConsultationResult}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<ConsultationResult> results() {
        return facts(ConsultationResult.class);
    }

    /**
     * The facts of kind {@link JcaProposal}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<JcaProposal> jcaProposals() {
        return facts(JcaProposal.class);
    }

    /**
     * The facts of kind {@link LeadDesignation}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<LeadDesignation> leadDesignations() {
        return facts(LeadDesignation.class);
    }

    /**
     * The facts of kind {@link Delivery}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<Delivery> deliveries() {
        return facts(Delivery.class);
    }

    /**
     * The facts of kind {@link MeetingArrangements}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<MeetingArrangements> arrangements() {
        return facts(MeetingArrangements.class);
    }

    /**
     * The facts of kind {@link DocumentHandling}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<DocumentHandling> handling() {
        return facts(DocumentHandling.class);
    }

    /**
     * The facts of kind {@link LiaisonDetails}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<LiaisonDetails> liaisons() {
        return facts(LiaisonDetails.class);
    }

    /**
     * The facts of kind {@link ReportDetails}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<ReportDetails> reportDetails() {
        return facts(ReportDetails.class);
    }

    /**
     * The facts of kind {@link ParticipantList}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<ParticipantList> participantLists() {
        return facts(ParticipantList.class);
    }

    /**
     * The facts of kind {@link LeaderDetails}, as {@link #facts(Class)} gives them.
     *
     * @return them, in the order added
     */
    public List<LeaderDetails> leaderDetails() {
        return facts(LeaderDetails.class);
    }

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
         * @param fact the fact
         * @return this builder
         * @throws IllegalArgumentException if it is of another class
         */
        public Builder add(Object fact) {
            return add(fact, null);
        }

        /**
         * Adds a fact read from {@code origin} (or {@code null}): reports and the problems of
         * {@link Submission#validate()} point there, and {@link Submission#origin(String)} finds it by id.
         *
         * @param fact   the fact
         * @param origin where it was read from, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if it is not of one of the kinds of {@link Submission#factTypes()}
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

        /**
         * Adds every fact of {@code all}, in order.
         *
         * @param all facts of any kinds
         * @return this builder
         */
        public Builder addAll(Collection<?> all) {
            all.forEach(this::add);
            return this;
        }

        /**
         * Records where the fact with this id was read from (the first origin given for an id is kept).
         *
         * @param id the id
         * @param o  where it was read from
         * @return this builder
         */
        public Builder origin(String id, Origin o) {
            origins.putIfAbsent(id, o);
            return this;
        }

        /**
         * Adds a {@link Group}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder group(Group x) {
            return add(x);
        }

        /**
         * Adds a {@link Meeting}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder meeting(Meeting x) {
            return add(x);
        }

        /**
         * Adds a {@link Document}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder document(Document x) {
            return add(x);
        }

        /**
         * Adds a {@link Decision}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder decision(Decision x) {
            return add(x);
        }

        /**
         * Adds a {@link Consultation}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder consultation(Consultation x) {
            return add(x);
        }

        /**
         * Adds a {@link Reply}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder reply(Reply x) {
            return add(x);
        }

        /**
         * Adds a {@link Inventory}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder inventory(Inventory x) {
            return add(x);
        }

        /**
         * Marks the fact with id {@code fact} as context (a {@link ContextMark}), as {@link #add(Object)} does.
         *
         * @param fact the id of the fact
         * @return this builder
         */
        public Builder context(String fact) {
            return add(new ContextMark(fact));
        }

        /**
         * Adds an {@link Inference}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder inference(Inference x) {
            return add(x);
        }

        /**
         * Adds a {@link Disagreement}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder disagreement(Disagreement x) {
            return add(x);
        }

        /**
         * Adds a {@link QuestionDraft}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder question(QuestionDraft x) {
            return add(x);
        }

        /**
         * Adds a {@link DraftRecommendation}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder recommendation(DraftRecommendation x) {
            return add(x);
        }

        /**
         * Adds a {@link ConsultationResult}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder result(ConsultationResult x) {
            return add(x);
        }

        /**
         * Adds a {@link JcaProposal}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder jcaProposal(JcaProposal x) {
            return add(x);
        }

        /**
         * Adds a {@link LeadDesignation}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder leadDesignation(LeadDesignation x) {
            return add(x);
        }

        /**
         * Adds a {@link Delivery}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder delivery(Delivery x) {
            return add(x);
        }

        /**
         * Adds a {@link MeetingArrangements}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder arrangements(MeetingArrangements x) {
            return add(x);
        }

        /**
         * Adds a {@link DocumentHandling}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder handling(DocumentHandling x) {
            return add(x);
        }

        /**
         * Adds a {@link LiaisonDetails}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder liaison(LiaisonDetails x) {
            return add(x);
        }

        /**
         * Adds a {@link ReportDetails}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder reportDetails(ReportDetails x) {
            return add(x);
        }

        /**
         * Adds a {@link ParticipantList}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder participantList(ParticipantList x) {
            return add(x);
        }

        /**
         * Adds a {@link LeaderDetails}, as {@link #add(Object)} does.
         *
         * @param x the fact
         * @return this builder
         */
        public Builder leaderDetails(LeaderDetails x) {
            return add(x);
        }


        /**
         * Drops the facts of one kind gathered so far (to evaluate the same facts with other replies, say).
         *
         * @param type the record, one of {@link Submission#factTypes()}
         * @return this builder
         */
        public Builder clear(Class<?> type) {
            FactType<?> t = FactTypes.of(type);
            facts.get(t).clear();
            factOrigins.get(t).clear();
            return this;
        }

        /**
         * Drops the replies gathered so far (to evaluate the same consultation with other replies).
         *
         * @return this builder
         */
        public Builder clearReplies() {
            return clear(Reply.class);
        }

        /**
         * Adds every fact of {@code other}, with where it was read from.
         *
         * @param other a submission
         * @return this builder
         */
        public Builder addAll(Submission other) {
            for (FactType<?> t : FactTypes.ALL) {
                facts.get(t).addAll(other.facts.get(t));
                factOrigins.get(t).addAll(other.factOrigins.get(t));
            }
            other.origins.forEach(origins::putIfAbsent);
            return this;
        }

        /**
         * The immutable submission; it is not validated here (see {@link Submission#validate()}).
         *
         * @return the submission
         */
        public Submission build() {
            return new Submission(this);
        }
    }
}
