package org.itut.compliance.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MeetingStatus;

/**
 * The submission's groups and meetings, indexed once ({@code rules/common/index.drl} derives it) for the
 * lookups a join cannot index: a group's ancestors ({@code id memberOf $ids}), the meetings of any of a few
 * groups ({@code group == $a || group memberOf $ids}), every meeting or group handed to a helper that looks
 * one up by id. A rule that collected those from working memory paid, per match, for every fact of the kind
 * (quadratic in the submission); a rule that reads them here pays for what it gets.
 *
 * <p>Only the structure is here. Documents, decisions and the rest are joined by indexed equalities
 * ({@link Mention}, {@link Lookups}): a session's change of one of them then touches only the rules that
 * read it, where a change of anything in this index makes every rule that reads the index judge again.
 *
 * <p>Every list keeps the order in which the facts were inserted, the order a {@code collect} over
 * working memory gives, so a rule reads the same list either way. Immutable once built.
 */
public final class FactIndex {
    private final ById<Group> groups;
    private final ById<Meeting> meetings;
    private final Map<String, Integer> groupOrder = new HashMap<>();
    private final Map<String, List<Meeting>> meetingsOf = new HashMap<>();
    private final Map<String, List<Group>> children = new HashMap<>();

    private FactIndex(List<Group> g, List<Meeting> m) {
        this.groups = new ById<>(g, Group::id);
        this.meetings = new ById<>(m, Meeting::id);
    }

    /**
     * Indexes the facts.
     *
     * @param groups   the groups, as Drools collects them (in insertion order)
     * @param meetings the meetings, likewise
     * @return the index
     */
    public static FactIndex of(Collection<?> groups, Collection<?> meetings) {
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
        Set<String> want = Lookups.idSet(ids);
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
        for (String id : Lookups.idSet(ids)) {
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
        for (String id : Lookups.idSet(ids)) {
            Meeting m = meetings.byId(id);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(meetings.order(a.id()), meetings.order(b.id())));
        return out;
    }

    /** {@code collect( Group( id memberOf $ids ) )}: the groups whose id is among {@code ids}, in insertion order. */
    public List<Group> groups(Object ids) {
        return groupsOf(ids);
    }

    /** {@link #groups(Object)} of the given kinds, for {@code Found( $list : items ) from $ix.found( ... )}. */
    public List<Group> groups(Object ids, GroupKind... kinds) {
        List<Group> out = new ArrayList<>();
        for (Group g : groupsOf(ids)) {
            for (GroupKind k : kinds) {
                if (g.kind() == k) {
                    out.add(g);
                    break;
                }
            }
        }
        return out;
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
        for (String p : Lookups.idSet(a, b, c)) {
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

    /** {@code collect( Meeting( id memberOf $a || id memberOf $b ) )}: the meetings with these ids, in insertion order. */
    public List<Meeting> meetings(Object a, Object b) {
        return meetingsWithId(a, b);
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
