package org.itut.compliance.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The facts of a {@code ComplianceSession}, changed a batch of {@link FactChange}s at a time and checked
 * incrementally: a batch is applied in order, then only what it can have broken is checked (the facts
 * it changed, those that name or hold an id it touched, the parent chains through the groups it
 * changed), and the problems found are those {@link Submission#validate()} would find in the resulting
 * submission. A batch with problems is undone and refused with an {@link InvalidSubmissionException}.
 *
 * <p>Not API: public only because the session that uses it lives in another package of the library;
 * it may change in any release. Use {@code ComplianceEngine.open}. Not thread-safe.
 */
public final class WorkingFacts {
    private static final Object NEW = new Object();

    /** One fact in its place: {@code seq} orders the facts of a kind as a submission lists them. */
    private static final class Slot {
        final long seq;
        final FactType<?> type;
        Object fact;
        Origin origin;
        Object attachment;
        boolean live;

        Slot(long seq, FactType<?> type, Object fact, Origin origin) {
            this.seq = seq;
            this.type = type;
            this.fact = fact;
            this.origin = origin;
        }

        String id() {
            return type.id(fact);
        }
    }

    /**
     * What a batch did to one fact: inserted ({@link #before()} {@code null}), retracted ({@link #after()}
     * {@code null}) or changed in its place. The session keeps, with each fact, what it needs to find it
     * again in the rule engine ({@link #attachment()}, set by {@link #attach}).
     */
    public static final class Step {
        private final Slot slot;
        private final Object before;
        private final Object after;

        private Step(Slot slot, Object before, Object after) {
            this.slot = slot;
            this.before = before;
            this.after = after;
        }

        /**
         * The fact before the batch.
         *
         * @return it, or {@code null} for a fact the batch inserted
         */
        public Object before() {
            return before;
        }

        /**
         * The fact after the batch.
         *
         * @return it, or {@code null} for a fact the batch retracted
         */
        public Object after() {
            return after;
        }

        /**
         * What was attached to the fact (by {@link WorkingFacts#attach}) before the batch.
         *
         * @return it, or {@code null}
         */
        public Object attachment() {
            return slot.attachment;
        }
    }

    private final Map<FactType<?>, TreeMap<Long, Slot>> byKind = new LinkedHashMap<>();
    /** Id to its slot; to a list of slots only while a batch has the id twice. */
    private final Map<String, Object> byId = new HashMap<>();
    /** Facts without an id, by value: to a slot, or a list of slots holding equal facts. */
    private final Map<Object, Object> byValue = new HashMap<>();
    /** Facts of the kinds an owner has one of (a meeting's arrangements), by owner; a list only inside a batch. */
    private final Map<String, Object> byOwner = new HashMap<>();
    /** Id to the slot, or the set of slots, whose facts name it (a subject names its consultation). */
    private final Map<String, Object> namedBy = new HashMap<>();
    private long nextSeq;
    private int size;

    private WorkingFacts() {
        for (FactType<?> t : FactTypes.ALL) {
            byKind.put(t, new TreeMap<>());
        }
    }

    /**
     * The facts of {@code submission}, checked in full once.
     *
     * @param submission the facts to start from
     * @return the working facts
     * @throws InvalidSubmissionException listing every problem of {@link Submission#validate()}
     */
    public static WorkingFacts of(Submission submission) {
        List<SubmissionProblem> problems = submission.validate();
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        WorkingFacts w = new WorkingFacts();
        for (FactType<?> t : FactTypes.ALL) {
            List<Object> list = submission.byType().get(t);
            for (int i = 0; i < list.size(); i++) {
                w.add(new Slot(w.nextSeq++, t, list.get(i), submission.originAt(t, i)));
            }
        }
        return w;
    }

    /**
     * How many facts there are.
     *
     * @return the count over all kinds
     */
    public int size() {
        return size;
    }

    /**
     * Every fact as if just inserted, in the order of {@link Submission#all()}: to load them.
     *
     * @return a step per fact
     */
    public List<Step> all() {
        List<Step> steps = new ArrayList<>(size);
        for (TreeMap<Long, Slot> kind : byKind.values()) {
            for (Slot s : kind.values()) {
                steps.add(new Step(s, null, s.fact));
            }
        }
        return steps;
    }

    /**
     * Keeps {@code attachment} with the fact a step inserted or changed (a step that retracted a fact ends it).
     *
     * @param step       a step of {@link #all()} or {@link #apply}
     * @param attachment what to keep
     */
    public void attach(Step step, Object attachment) {
        step.slot.attachment = attachment;
    }

    /**
     * The facts as a submission, each kind in its order (a fact changed in place keeps its place); a
     * fact keeps where it was read from until it is changed.
     *
     * @return a new submission
     */
    public Submission submission() {
        Submission.Builder b = Submission.builder();
        for (TreeMap<Long, Slot> kind : byKind.values()) {
            for (Slot s : kind.values()) {
                b.add(s.fact, s.origin);
            }
        }
        return b.build();
    }

    /**
     * Applies {@code changes} in order, then checks the result as a whole.
     *
     * @param changes the changes
     * @return what they did, fact by fact; a fact inserted and retracted by the same batch, or changed
     *         back to what it was, has no step
     * @throws InvalidSubmissionException if the resulting facts do not validate; nothing is changed
     * @throws IllegalArgumentException if a change names a fact that is not there (an id, or a value of
     *         a fact without an id) or updates a fact of another kind; nothing is changed
     */
    public List<Step> apply(List<FactChange> changes) {
        Batch batch = new Batch();
        try {
            for (int i = 0; i < changes.size(); i++) {
                batch.apply(Objects.requireNonNull(changes.get(i), "changes[" + i + "]"), i, changes.size());
            }
            List<Step> steps = batch.check();
            batch.undo.clear();
            return steps;
        } finally {
            batch.undo();
        }
    }

    /** One batch being applied: what it changed, to check it and, if refused, undo it. */
    private final class Batch {
        /** For each fact the batch touched, in order: its value before ({@link #NEW} for one it inserted). */
        final Map<Slot, Object> before = new LinkedHashMap<>();
        /** The primitive changes made, to undo: a slot added, removed, or its previous value. */
        final List<Object[]> undo = new ArrayList<>();

        void apply(FactChange c, int i, int of) {
            String where = of == 1 ? "" : "changes[" + i + "]: ";
            switch (c.kind()) {
                case INSERT -> insert(c.fact());
                case UPDATE -> {
                    FactType<?> t = FactTypes.ofFact(c.fact());
                    Slot s = first(t.id(c.fact()), t);
                    if (s == null) {
                        throw new IllegalArgumentException(where + c + ": no fact has the id \"" + t.id(c.fact())
                                + "\"; insert it instead");
                    }
                    if (s.type != t) {
                        throw new IllegalArgumentException(where + c + ": \"" + s.id() + "\" is a " + s.type.kind
                                + "; an update keeps the kind of the fact (retract it and insert the new one)");
                    }
                    set(s, c.fact());
                }
                case REPLACE -> {
                    Slot s = equal(c.old());
                    if (s == null) {
                        throw new IllegalArgumentException(where + c + ": no fact equal to " + FactChange.describe(c.old())
                                + " is in the session");
                    }
                    if (s.type == FactTypes.ofFact(c.fact())) {
                        set(s, c.fact());
                    } else {
                        remove(s);
                        insert(c.fact());
                    }
                }
                case RETRACT -> {
                    Slot s = first(c.id());
                    if (s == null) {
                        throw new IllegalArgumentException(where + c + ": no fact has the id \"" + c.id() + "\"");
                    }
                    remove(s);
                }
                case RETRACT_FACT -> {
                    Slot s = equal(c.old());
                    if (s == null) {
                        throw new IllegalArgumentException(where + c + ": no fact equal to " + FactChange.describe(c.old())
                                + " is in the session");
                    }
                    remove(s);
                }
            }
        }

        private void insert(Object fact) {
            Slot s = new Slot(nextSeq++, FactTypes.ofFact(fact), fact, null);
            before.putIfAbsent(s, NEW);
            add(s);
            undo.add(new Object[] {s});
        }

        private void remove(Slot s) {
            before.putIfAbsent(s, s.fact);
            WorkingFacts.this.remove(s);
            undo.add(new Object[] {s, null});
        }

        private void set(Slot s, Object fact) {
            if (fact.equals(s.fact)) {
                return;
            }
            before.putIfAbsent(s, s.fact);
            undo.add(new Object[] {s, s.fact, s.origin});
            unindex(s);
            s.fact = fact;
            // The file no longer says what the fact now is.
            s.origin = null;
            index(s);
        }

        void undo() {
            for (int i = undo.size() - 1; i >= 0; i--) {
                Object[] u = undo.get(i);
                Slot s = (Slot) u[0];
                if (u.length == 1) {
                    WorkingFacts.this.remove(s);
                } else if (u.length == 2) {
                    add(s);
                } else {
                    unindex(s);
                    s.fact = u[1];
                    s.origin = (Origin) u[2];
                    index(s);
                }
            }
            undo.clear();
        }

        /** The steps of the batch, once the facts it can have broken are found valid. */
        List<Step> check() {
            List<Step> steps = new ArrayList<>();
            Set<Slot> recheck = new LinkedHashSet<>();
            Set<String> touched = new LinkedHashSet<>();
            Set<String> subjectsChanged = new LinkedHashSet<>();
            Set<String> groups = new LinkedHashSet<>();
            Set<String> owners = new LinkedHashSet<>();
            for (Map.Entry<Slot, Object> e : before.entrySet()) {
                Slot s = e.getKey();
                Object was = e.getValue() == NEW ? null : e.getValue();
                Object now = s.live ? s.fact : null;
                if (was == null && now == null || was != null && was.equals(now)) {
                    continue;
                }
                steps.add(new Step(s, was, now));
                if (s.type.ownerKey != null) {
                    // The first of an owner's facts is fine and any later one is not: look at them all.
                    if (was != null) {
                        owners.add(SubmissionValidator.ownerKey(s.type, s.type.owner(was)));
                    }
                    if (now != null) {
                        owners.add(SubmissionValidator.ownerKey(s.type, s.type.owner(now)));
                    }
                }
                if (now != null) {
                    recheck.add(s);
                    if (s.type.type == Group.class) {
                        groups.add(s.id());
                    }
                }
                if (was != null && now != null && Objects.equals(s.type.id(was), s.id())) {
                    // Same kind, same id: what names it still finds a fact of the kind it found; only a
                    // consultation's subjects can have changed under the replies and results naming them.
                    if (s.type.type == Consultation.class
                            && !((Consultation) was).subjects().equals(((Consultation) now).subjects())) {
                        subjectsChanged.add(s.id());
                    }
                    continue;
                }
                if (was != null && s.type.identified()) {
                    touched.add(s.type.id(was));
                }
                if (now != null && s.type.identified()) {
                    touched.add(s.id());
                }
            }
            for (String id : touched) {
                recheck.addAll(slots(byId.get(id)));
                recheck.addAll(slots(namedBy.get(id)));
                groups.add(id);
            }
            for (String id : subjectsChanged) {
                recheck.addAll(slots(namedBy.get(id)));
            }
            for (String key : owners) {
                recheck.addAll(slots(byOwner.get(key)));
            }
            List<SubmissionProblem> problems = SubmissionValidator.validate(new Positions(), recheck, groups);
            if (!problems.isEmpty()) {
                throw new InvalidSubmissionException(problems);
            }
            return steps;
        }
    }

    /** The checks' view of the current facts; positions, wanted only to report a problem, are counted once per kind. */
    private final class Positions implements SubmissionValidator.View<Slot> {
        private final Map<FactType<?>, long[]> seqs = new HashMap<>();

        @Override
        public List<Slot> holders(String id) {
            List<Slot> h = slots(byId.get(id));
            if (h.size() > 1) {
                h.sort((a, b) -> a.type == b.type ? Long.compare(a.seq, b.seq)
                        : Integer.compare(FactTypes.ALL.indexOf(a.type), FactTypes.ALL.indexOf(b.type)));
            }
            return h;
        }

        @Override
        public List<Slot> owned(FactType<?> type, String owner) {
            List<Slot> h = slots(byOwner.get(SubmissionValidator.ownerKey(type, owner)));
            h.sort((a, b) -> Long.compare(a.seq, b.seq));
            return h;
        }

        @Override
        public FactType<?> type(Slot s) {
            return s.type;
        }

        @Override
        public Object fact(Slot s) {
            return s.fact;
        }

        @Override
        public int index(Slot s) {
            long[] order = seqs.computeIfAbsent(s.type, t -> byKind.get(t).keySet().stream().mapToLong(Long::longValue).toArray());
            return Arrays.binarySearch(order, s.seq);
        }

        @Override
        public long order(Slot s) {
            return s.seq;
        }

        @Override
        public Origin origin(Slot s) {
            return s.origin;
        }
    }

    /** The first fact with {@code id}, in submission order. */
    private Slot first(String id) {
        List<Slot> h = new Positions().holders(id);
        return h.isEmpty() ? null : h.get(0);
    }

    /** The first fact with {@code id} of kind {@code type}, else the first fact with it (while a batch has the id twice). */
    private Slot first(String id, FactType<?> type) {
        List<Slot> h = new Positions().holders(id);
        return h.stream().filter(x -> x.type == type).findFirst().orElse(h.isEmpty() ? null : h.get(0));
    }

    /** The first fact equal to {@code fact}, in submission order. */
    private Slot equal(Object fact) {
        FactType<?> t = FactTypes.ofFact(fact);
        Slot found = null;
        for (Slot s : slots(t.identified() ? byId.get(t.id(fact)) : byValue.get(fact))) {
            if (s.type == t && s.fact.equals(fact) && (found == null || s.seq < found.seq)) {
                found = s;
            }
        }
        return found;
    }

    private void add(Slot s) {
        byKind.get(s.type).put(s.seq, s);
        s.live = true;
        size++;
        index(s);
    }

    private void remove(Slot s) {
        unindex(s);
        byKind.get(s.type).remove(s.seq);
        s.live = false;
        size--;
    }

    private void index(Slot s) {
        if (s.type.identified()) {
            put(byId, s.id(), s, false);
        } else {
            put(byValue, s.fact, s, false);
            if (s.type.ownerKey != null) {
                put(byOwner, SubmissionValidator.ownerKey(s.type, s.type.owner(s.fact)), s, false);
            }
        }
        for (String id : named(s)) {
            put(namedBy, id, s, true);
        }
    }

    private void unindex(Slot s) {
        if (s.type.identified()) {
            take(byId, s.id(), s);
        } else {
            take(byValue, s.fact, s);
            if (s.type.ownerKey != null) {
                take(byOwner, SubmissionValidator.ownerKey(s.type, s.type.owner(s.fact)), s);
            }
        }
        for (String id : named(s)) {
            take(namedBy, id, s);
        }
    }

    /** The ids the fact names, each once; a subject counts as naming its consultation. */
    private static Set<String> named(Slot s) {
        Set<String> ids = new HashSet<>();
        for (References.Reference r : s.type.references(s.fact)) {
            ids.add(r.consultation() != null ? r.consultation() : r.id());
        }
        return ids;
    }

    /** Adds {@code s} under {@code key}: the map holds a slot, or a list (a set where many may name one id). */
    @SuppressWarnings("unchecked")
    private static <K> void put(Map<K, Object> map, K key, Slot s, boolean many) {
        Object v = map.get(key);
        if (v == null) {
            map.put(key, s);
        } else if (v instanceof Slot one) {
            Collection<Slot> c = many ? Collections.newSetFromMap(new IdentityHashMap<>()) : new ArrayList<>(2);
            c.add(one);
            c.add(s);
            map.put(key, c);
        } else {
            ((Collection<Slot>) v).add(s);
        }
    }

    @SuppressWarnings("unchecked")
    private static <K> void take(Map<K, Object> map, K key, Slot s) {
        Object v = map.get(key);
        if (v == s) {
            map.remove(key);
        } else if (v instanceof Collection<?> c) {
            Collection<Slot> slots = (Collection<Slot>) c;
            slots.remove(s);
            if (slots.size() == 1) {
                map.put(key, slots.iterator().next());
            }
        }
    }

    /** The slots a map value holds, as a new list. */
    @SuppressWarnings("unchecked")
    private static List<Slot> slots(Object v) {
        if (v == null) {
            return new ArrayList<>(0);
        }
        if (v instanceof Slot s) {
            List<Slot> l = new ArrayList<>(1);
            l.add(s);
            return l;
        }
        return new ArrayList<>((Collection<Slot>) v);
    }
}
