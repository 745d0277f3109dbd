package org.itut.compliance.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

import org.itut.compliance.facts.Decision;
import org.itut.compliance.facts.Delivery;
import org.itut.compliance.facts.DecisionKind;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.DocumentRole;
import org.itut.compliance.facts.DraftRecommendation;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.JcaProposal;
import org.itut.compliance.facts.LeadDesignation;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MeetingStatus;
import org.itut.compliance.facts.ReportDetails;

/**
 * The submission's groups, meetings, documents, decisions, report details, draft Recommendations, lead
 * designations and deliveries, indexed once
 * ({@code rules/common/index.drl} derives it) for the lookups a join cannot index: a group's ancestors
 * ({@code id memberOf $ids}), the meetings of any of a few groups ({@code group == $a || group memberOf
 * $ids}), every meeting or group handed to a helper that looks one up by id. A rule that collected those
 * from working memory paid, per match, for every fact of the kind (quadratic in the submission); a rule
 * that reads them here pays for what it gets.
 *
 * <p>Every list keeps the order in which the facts were inserted, the order a {@code collect} over
 * working memory gives, so a rule reads the same list either way. Immutable once built.
 */
public final class FactIndex {
    private final ById<Group> groups;
    private final ById<Meeting> meetings;
    private final Map<String, Integer> groupOrder = new HashMap<>();
    private final Map<String, List<Meeting>> meetingsOf = new HashMap<>();
    private final Map<String, List<Document>> documentsFrom = new HashMap<>();
    private final Map<String, List<Decision>> decisionsBy = new HashMap<>();
    private final Map<String, List<Decision>> decisionsAbout = new HashMap<>();
    private final Map<String, Integer> decisionOrder = new HashMap<>();
    private final Map<String, List<ReportDetails>> detailsPlanning = new HashMap<>();
    private final List<ReportDetails> detailsWithRapporteurList = new ArrayList<>();
    private final List<ReportDetails> detailsWithRapporteurs = new ArrayList<>();
    private final Map<String, List<Document>> documentsCovering = new HashMap<>();
    private final Map<String, List<ReportDetails>> detailsOf = new HashMap<>();
    private final Map<String, Document> documentById = new HashMap<>();
    private final Map<String, List<Document>> documentsConcerning = new HashMap<>();
    private final Map<String, List<Document>> documentsTo = new HashMap<>();
    private final Map<String, DraftRecommendation> recommendationById = new HashMap<>();
    private final Map<String, Integer> recommendationOrder = new HashMap<>();
    private final List<LeadDesignation> designations = new ArrayList<>();
    private final Map<String, List<LeadDesignation>> designationsBySg = new HashMap<>();
    private final Map<String, LeadDesignation> designationById = new HashMap<>();
    private final Map<LeadDesignation, Integer> designationOrder = new java.util.IdentityHashMap<>();
    private final Map<String, List<Delivery>> deliveriesOf = new HashMap<>();
    private final Map<Delivery, Integer> deliveryOrder = new java.util.IdentityHashMap<>();
    private final Map<String, List<Group>> children = new HashMap<>();
    private final Map<Document, Integer> documentOrder = new java.util.IdentityHashMap<>();
    private final Map<ReportDetails, Integer> detailOrder = new java.util.IdentityHashMap<>();

    private FactIndex(List<Group> g, List<Meeting> m) {
        this.groups = new ById<>(g, Group::id);
        this.meetings = new ById<>(m, Meeting::id);
    }

    /** Indexes the facts (collections as Drools collects them: in insertion order). */
    public static FactIndex of(Collection<?> groups, Collection<?> meetings, Collection<?> documents, Collection<?> decisions,
                               Collection<?> details, Collection<?> recommendations, Collection<?> designations,
                               Collection<?> deliveries) {
        List<Group> g = new ArrayList<>(groups.size());
        groups.forEach(o -> g.add((Group) o));
        List<Meeting> m = new ArrayList<>(meetings.size());
        meetings.forEach(o -> m.add((Meeting) o));
        FactIndex x = new FactIndex(g, m);
        for (int i = 0; i < g.size(); i++) {
            x.groupOrder.putIfAbsent(g.get(i).id(), i);
            if (g.get(i).parent() != null) {
                x.children.computeIfAbsent(g.get(i).parent(), k -> new ArrayList<>()).add(g.get(i));
            }
        }
        for (Meeting mt : m) {
            x.meetingsOf.computeIfAbsent(mt.group(), k -> new ArrayList<>()).add(mt);
        }
        int n = 0;
        for (Object o : documents) {
            Document d = (Document) o;
            x.documentOrder.put(d, n++);
            x.documentById.putIfAbsent(d.id(), d);
            for (String c : new LinkedHashSet<>(d.concerns())) {
                x.documentsConcerning.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
            }
            for (String t : new LinkedHashSet<>(d.to())) {
                x.documentsTo.computeIfAbsent(t, k -> new ArrayList<>()).add(d);
            }
            if (d.source() != null) {
                x.documentsFrom.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
            }
            for (String c : new LinkedHashSet<>(d.covers())) {
                x.documentsCovering.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
            }
        }
        int i = 0;
        for (Object o : decisions) {
            Decision d = (Decision) o;
            x.decisionOrder.putIfAbsent(d.id(), i++);
            x.decisionsBy.computeIfAbsent(d.body(), k -> new ArrayList<>()).add(d);
            for (String s : new LinkedHashSet<>(d.subjects())) {
                x.decisionsAbout.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
            }
        }
        for (Object o : recommendations) {
            DraftRecommendation r = (DraftRecommendation) o;
            x.recommendationOrder.putIfAbsent(r.id(), x.recommendationOrder.size());
            x.recommendationById.putIfAbsent(r.id(), r);
        }
        for (Object o : designations) {
            x.designations.add((LeadDesignation) o);
        }
        for (Object o : deliveries) {
            Delivery dl = (Delivery) o;
            x.deliveriesOf.computeIfAbsent(dl.document(), k -> new ArrayList<>()).add(dl);
            x.deliveryOrder.put(dl, x.deliveryOrder.size());
        }
        for (LeadDesignation ld : x.designations) {
            x.designationsBySg.computeIfAbsent(ld.sg(), k -> new ArrayList<>()).add(ld);
            x.designationById.putIfAbsent(ld.id(), ld);
            x.designationOrder.put(ld, x.designationOrder.size());
        }
        for (Object o : details) {
            ReportDetails r = (ReportDetails) o;
            x.detailsOf.computeIfAbsent(r.document(), k -> new ArrayList<>()).add(r);
            x.detailOrder.put(r, x.detailOrder.size());
            if (r.plannedMeetings() != null) {
                for (String p : new LinkedHashSet<>(r.plannedMeetings())) {
                    x.detailsPlanning.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
                }
            }
            if (r.rapporteurList() != null) {
                x.detailsWithRapporteurList.add(r);
            }
            if (r.rapporteurs() != null) {
                x.detailsWithRapporteurs.add(r);
            }
        }
        return x;
    }

    /** Every group, in insertion order; looking one up by id through {@link ById#byId} is a hash lookup. */
    public ById<Group> getAllGroups() {
        return groups;
    }

    /** Every meeting, in insertion order (cancelled ones too), with {@link ById#byId}. */
    public ById<Meeting> getAllMeetings() {
        return meetings;
    }

    /**
     * The groups whose id is among {@code ids} (each a group id, a collection of them, or {@code null}), in
     * insertion order: what {@code collect( Group( id == $a || id memberOf $ids ) )} gives.
     */
    private List<Group> groupsOf(Object... ids) {
        Set<String> want = ids(ids);
        List<Group> out = new ArrayList<>(want.size());
        for (String id : want) {
            Group g = groups.byId(id);
            if (g != null) {
                out.add(g);
            }
        }
        out.sort((a, b) -> Integer.compare(groupOrder.get(a.id()), groupOrder.get(b.id())));
        return out;
    }

    /** The parents of {@link #groups(Object)}, {@code null} included, as {@code collectList( $g.parent )} gives them. */
    private List<String> parentsOf(Object... ids) {
        List<String> out = new ArrayList<>();
        for (Group g : groupsOf(ids)) {
            if (g.parent() != null) {
                out.add(g.parent());
            }
        }
        return out;
    }

    /** The meetings of any of the groups {@code ids} that are not cancelled, in insertion order. */
    private List<Meeting> meetingsOfAny(Object... ids) {
        List<Meeting> out = new ArrayList<>();
        for (String id : ids(ids)) {
            for (Meeting m : meetingsOf.getOrDefault(id, List.of())) {
                if (m.status() != MeetingStatus.CANCELLED) {
                    out.add(m);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(meetings.order(a.id()), meetings.order(b.id())));
        return out;
    }

    /** The meetings whose id is among {@code ids}, in insertion order (what {@code Meeting( id memberOf $ids )} matches). */
    private List<Meeting> meetingsWithId(Object... ids) {
        List<Meeting> out = new ArrayList<>();
        for (String id : ids(ids)) {
            Meeting m = meetings.byId(id);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(meetings.order(a.id()), meetings.order(b.id())));
        return out;
    }

    /** The documents of {@code role} whose source is among {@code sources}, in insertion order. */
    private List<Document> documentsFromAny(DocumentRole role, Object... sources) {
        List<Document> out = new ArrayList<>();
        List<List<Document>> lists = new ArrayList<>();
        for (String s : ids(sources)) {
            lists.add(documentsFrom.getOrDefault(s, List.of()));
        }
        if (lists.size() == 1) {
            for (Document d : lists.get(0)) {
                if (role == null || d.role() == role) {
                    out.add(d);
                }
            }
            return out;
        }
        // Several sources: merge back into insertion order, which documentsFrom keeps per source.
        Map<Document, Integer> seen = new java.util.IdentityHashMap<>();
        for (List<Document> l : lists) {
            for (Document d : l) {
                if (role == null || d.role() == role) {
                    seen.putIfAbsent(d, seen.size());
                }
            }
        }
        out.addAll(seen.keySet());
        out.sort((a, b) -> Integer.compare(documentOrder(a), documentOrder(b)));
        return out;
    }

    /** The documents that cover meeting {@code id} (in insertion order). */
    public List<Document> documentsCovering(String id) {
        return id == null ? List.of() : documentsCovering.getOrDefault(id, List.of());
    }

    /** The decisions of {@code kind} taken by any of {@code bodies}, in insertion order. */
    private List<Decision> decisionsByAny(DecisionKind kind, Object... bodies) {
        List<Decision> out = new ArrayList<>();
        for (String b : ids(bodies)) {
            for (Decision d : decisionsBy.getOrDefault(b, List.of())) {
                if (d.kind() == kind) {
                    out.add(d);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(decisionOrder.get(a.id()), decisionOrder.get(b.id())));
        return out;
    }

    /** The decisions of {@code kind} with any of {@code subjects} among their subjects, in insertion order, each once. */
    private List<Decision> decisionsAboutAny(DecisionKind kind, Object... subjects) {
        Map<String, Decision> found = new HashMap<>();
        for (String s : ids(subjects)) {
            for (Decision d : decisionsAbout.getOrDefault(s, List.of())) {
                if (kind == null || d.kind() == kind) {
                    found.putIfAbsent(d.id(), d);
                }
            }
        }
        List<Decision> out = new ArrayList<>(found.values());
        out.sort((a, b) -> Integer.compare(decisionOrder.get(a.id()), decisionOrder.get(b.id())));
        return out;
    }

    // Fixed arities for the DRL: each argument is an id, a collection of ids, or null.

    /** {@code collect( Group( id memberOf $ids ) )}: the groups whose id is among {@code ids}, in insertion order. */
    public List<Group> groups(Object ids) {
        return groupsOf(ids);
    }

    /** {@code collectList( $parent )} over {@link #groups(Object)}: the parents they name (a group with none adds nothing). */
    public List<String> parents(Object ids) {
        return parentsOf(ids);
    }

    /** The meetings, not cancelled, of the groups {@code a}. */
    public List<Meeting> meetingsOf(Object a) {
        return meetingsOfAny(a);
    }

    /** The meetings, not cancelled, of the groups {@code a} and {@code b}. */
    public List<Meeting> meetingsOf(Object a, Object b) {
        return meetingsOfAny(a, b);
    }

    /** The meetings, not cancelled, of the groups {@code a}, {@code b} and {@code c}. */
    public List<Meeting> meetingsOf(Object a, Object b, Object c) {
        return meetingsOfAny(a, b, c);
    }

    /** The meetings, not cancelled, of the groups {@code a}, {@code b}, {@code c} and {@code d}. */
    public List<Meeting> meetingsOf(Object a, Object b, Object c, Object d) {
        return meetingsOfAny(a, b, c, d);
    }

    /** {@code collect( Meeting( id memberOf $ids ) )}: the meetings with these ids, cancelled too, in insertion order. */
    public List<Meeting> meetings(Object ids) {
        return meetingsWithId(ids);
    }

    /** The documents of {@code role} (any role if {@code null}) from the groups {@code a}. */
    public List<Document> documentsFrom(DocumentRole role, Object a) {
        return documentsFromAny(role, a);
    }

    /** The documents of {@code role} (any role if {@code null}) from the groups {@code a}, {@code b} and {@code c}. */
    public List<Document> documentsFrom(DocumentRole role, Object a, Object b, Object c) {
        return documentsFromAny(role, a, b, c);
    }

    /** The decisions of {@code kind} taken by the groups {@code a}. */
    public List<Decision> decisionsBy(DecisionKind kind, Object a) {
        return decisionsByAny(kind, a);
    }

    /** The decisions of {@code kind} taken by the groups {@code a}, {@code b} and {@code c}. */
    public List<Decision> decisionsBy(DecisionKind kind, Object a, Object b, Object c) {
        return decisionsByAny(kind, a, b, c);
    }

    /** The decisions of {@code kind} (any kind if {@code null}) about any of {@code subjects}, each once. */
    public List<Decision> decisionsAbout(DecisionKind kind, Object subjects) {
        return decisionsAboutAny(kind, subjects);
    }

    /** The report details of any of {@code documents} (documents or their ids), in insertion order. */
    public List<ReportDetails> detailsOf(Collection<?> documents) {
        List<ReportDetails> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Object o : documents) {
            ids.add(o instanceof Document d ? d.id() : (String) o);
        }
        for (String id : ids) {
            out.addAll(detailsOf.getOrDefault(id, List.of()));
        }
        if (ids.size() > 1) {
            List<ReportDetails> all = new ArrayList<>(out);
            out.clear();
            // Back into insertion order: details are few per document, so a stable pass over the lists is enough.
            Map<ReportDetails, Integer> rank = new java.util.IdentityHashMap<>();
            for (ReportDetails r : all) {
                rank.put(r, detailOrder.get(r));
            }
            all.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
            out.addAll(all);
        }
        return out;
    }

    private static final java.util.EnumSet<GroupKind> RAPPORTEUR_TREE = java.util.EnumSet.of(GroupKind.RAPPORTEUR_GROUP,
            GroupKind.QUESTION, GroupKind.WORKING_PARTY, GroupKind.JOINT_WORKING_PARTY);

    /**
     * The rapporteur groups, Questions, working parties and joint working parties below {@code sg} through at most
     * four parent links, each link through a group of those kinds (as {@code MeetingDuties.isUnder} walks them),
     * in insertion order.
     */
    public List<Group> rapporteurTree(String sg) {
        List<Group> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        List<String> level = List.of(sg);
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String p : level) {
                for (Group c : children.getOrDefault(p, List.of())) {
                    if (RAPPORTEUR_TREE.contains(c.kind()) && seen.add(c.id())) {
                        out.add(c);
                        next.add(c.id());
                    }
                }
            }
            level = next;
        }
        out.sort((a, b) -> Integer.compare(groupOrder.get(a.id()), groupOrder.get(b.id())));
        return out;
    }

    /** The ids of the parent of group {@code id}, its parent's parent, and so on up to four levels (fewer at the top). */
    public List<String> ancestors(String id) {
        List<String> out = new ArrayList<>(4);
        Group g = groups.byId(id);
        for (int i = 0; i < 4 && g != null && g.parent() != null; i++) {
            out.add(g.parent());
            g = groups.byId(g.parent());
        }
        return out;
    }

    /** The groups whose parent is among {@code a}, {@code b} and {@code c} (ids, collections of ids or null), in insertion order. */
    public List<Group> childrenOf(Object a, Object b, Object c) {
        List<Group> out = new ArrayList<>();
        for (String p : ids(a, b, c)) {
            out.addAll(children.getOrDefault(p, List.of()));
        }
        out.sort((x, y) -> Integer.compare(groupOrder.get(x.id()), groupOrder.get(y.id())));
        return out;
    }

    /** The group {@code id} and its children, in insertion order ({@code Group( id == $q || parent == $q )}). */
    public List<Group> selfAndChildren(String id) {
        List<Group> out = new ArrayList<>(children.getOrDefault(id, List.of()));
        Group g = groups.byId(id);
        if (g != null) {
            out.add(g);
        }
        out.sort((x, y) -> Integer.compare(groupOrder.get(x.id()), groupOrder.get(y.id())));
        return out;
    }

    /** {@code collect( Document( id memberOf $ids ) )}: the documents with these ids, in insertion order. */
    public List<Document> documents(Object ids) {
        List<Document> out = new ArrayList<>();
        for (String id : ids(ids)) {
            Document d = documentById.get(id);
            if (d != null) {
                out.add(d);
            }
        }
        out.sort((a, b) -> Integer.compare(documentOrder(a), documentOrder(b)));
        return out;
    }

    /** {@code collect( Meeting( id memberOf $a || id memberOf $b ) )}: the meetings with these ids, in insertion order. */
    public List<Meeting> meetings(Object a, Object b) {
        return meetingsWithId(a, b);
    }

    /** The documents whose {@code concerns} name {@code id}, in insertion order. */
    public List<Document> documentsConcerning(String id) {
        return id == null ? List.of() : documentsConcerning.getOrDefault(id, List.of());
    }

    /** The documents addressed ({@code to}) to {@code id}, in insertion order. */
    public List<Document> documentsTo(String id) {
        return id == null ? List.of() : documentsTo.getOrDefault(id, List.of());
    }

    /** The document {@code id} and the documents concerning {@code about}, each once, in insertion order. */
    public List<Document> documentsWithIdOrConcerning(String id, String about) {
        Map<Document, Boolean> found = new java.util.IdentityHashMap<>();
        Document d = id == null ? null : documentById.get(id);
        if (d != null) {
            found.put(d, true);
        }
        for (Document c : documentsConcerning(about)) {
            found.put(c, true);
        }
        List<Document> out = new ArrayList<>(found.keySet());
        out.sort((a, b) -> Integer.compare(documentOrder(a), documentOrder(b)));
        return out;
    }

    /** {@code collect( DraftRecommendation( id memberOf $ids ) )}: the draft Recommendations with these ids, in insertion order. */
    public List<DraftRecommendation> recommendations(Object ids) {
        List<DraftRecommendation> out = new ArrayList<>();
        for (String id : ids(ids)) {
            DraftRecommendation r = recommendationById.get(id);
            if (r != null) {
                out.add(r);
            }
        }
        out.sort((a, b) -> Integer.compare(recommendationOrder.get(a.id()), recommendationOrder.get(b.id())));
        return out;
    }

    /**
     * The lead-study-group designations of {@code sg} and those named by any of {@code proposals}, each once, in
     * insertion order: the designations a JCA establishment by {@code sg} can rest on.
     */
    public List<LeadDesignation> designations(String sg, Collection<?> proposals) {
        Map<LeadDesignation, Boolean> found = new java.util.IdentityHashMap<>();
        for (LeadDesignation d : sg == null ? List.<LeadDesignation>of() : designationsBySg.getOrDefault(sg, List.of())) {
            found.put(d, true);
        }
        for (Object o : proposals) {
            String id = ((JcaProposal) o).leadDesignation();
            LeadDesignation d = id == null ? null : designationById.get(id);
            if (d != null) {
                found.put(d, true);
            }
        }
        List<LeadDesignation> out = new ArrayList<>(found.keySet());
        out.sort((a, b) -> Integer.compare(designationOrder.get(a), designationOrder.get(b)));
        return out;
    }

    /** The deliveries of any of the documents in {@code a} and {@code b}, in insertion order. */
    public List<Delivery> deliveriesOf(Collection<?> a, Collection<?> b) {
        Map<Delivery, Boolean> found = new java.util.IdentityHashMap<>();
        for (Collection<?> c : List.of(a, b)) {
            for (Object o : c) {
                for (Delivery d : deliveriesOf.getOrDefault(((Document) o).id(), List.of())) {
                    found.put(d, true);
                }
            }
        }
        List<Delivery> out = new ArrayList<>(found.keySet());
        out.sort((x, y) -> Integer.compare(deliveryOrder.get(x), deliveryOrder.get(y)));
        return out;
    }

    /**
     * {@code items} as one object that is not itself iterable, so that a rule binds the whole list with
     * {@code Found( $list : items ) from $ix.found( ... )}: one match per rule activation, where
     * {@code collect( X() from ... )} made a fact handle and tuples for every item.
     */
    public Found found(List<?> items) {
        return new Found(items);
    }

    /** A list of facts handed to a rule whole (see {@link #found}). */
    public static final class Found {
        private final List<?> items;

        Found(List<?> items) {
            this.items = items;
        }

        /** The facts, in the order the index gave them. */
        public List<?> getItems() {
            return items;
        }
    }

    /** The report details whose planned meetings include {@code meeting}, in insertion order. */
    public List<ReportDetails> detailsPlanning(String meeting) {
        return meeting == null ? List.of() : detailsPlanning.getOrDefault(meeting, List.of());
    }

    /** Every report details fact that records whether a rapporteur list is there, in insertion order. */
    public List<ReportDetails> getDetailsWithRapporteurList() {
        return detailsWithRapporteurList;
    }

    /** Every report details fact that names rapporteurs, in insertion order. */
    public List<ReportDetails> getDetailsWithRapporteurs() {
        return detailsWithRapporteurs;
    }

    private int documentOrder(Document d) {
        return documentOrder.get(d);
    }

    private static Set<String> ids(Object... ids) {
        Set<String> out = new LinkedHashSet<>();
        for (Object o : ids) {
            if (o instanceof String s) {
                out.add(s);
            } else if (o instanceof Collection<?> c) {
                for (Object x : c) {
                    if (x instanceof String s) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A list of facts with an id, in insertion order, that also finds a fact by its id in constant time.
     * Helpers that look a fact up in a collection ({@code Recs.meeting}) use {@link #byId} when given one.
     */
    public static final class ById<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> list;
        private final Map<String, T> byId = new HashMap<>();
        private final Map<String, Integer> order = new HashMap<>();

        ById(List<T> list, Function<T, String> id) {
            this.list = List.copyOf(list);
            for (int i = 0; i < this.list.size(); i++) {
                String k = id.apply(this.list.get(i));
                byId.putIfAbsent(k, this.list.get(i));
                order.putIfAbsent(k, i);
            }
        }

        /** The first fact with this id, or {@code null}. */
        public T byId(String id) {
            return id == null ? null : byId.get(id);
        }

        int order(String id) {
            return order.get(id);
        }

        @Override
        public T get(int i) {
            return list.get(i);
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
