package org.itut.compliance.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.itut.compliance.facts.SubmissionProblem.Check;

/**
 * The checks no single record can make, run on every submission before it is evaluated (and by
 * {@code FactReader}, which reports the same problems with file and line): ids unique across all
 * kinds of fact, every id named present and of a kind the key takes (as {@link FactTypes} declares),
 * no group its own ancestor, positions only on subjects the consultation has.
 *
 * <p>Two ways in, one set of checks: {@link #validate(Submission)} checks every fact of a submission;
 * {@link #validate(View, Collection, Collection)} checks only the facts a change can have affected,
 * for {@link WorkingFacts}, and finds the same problems (a session's property test compares them).
 */
final class SubmissionValidator {
    private SubmissionValidator() {
    }

    /**
     * The facts being checked, as the checks see them.
     *
     * @param <H> how a fact is held: a position in a submission, or a session's slot
     */
    interface View<H> {
        /** Every fact with {@code id}, in submission order (by kind, then position); empty if none. */
        List<H> holders(String id);

        /** The facts of {@code type} (a kind declared {@link FactType#onePer}) owned by {@code owner}, in order. */
        List<H> owned(FactType<?> type, String owner);

        FactType<?> type(H h);

        Object fact(H h);

        /** The position of {@code h} among the facts of its kind (asked only to report a problem). */
        int index(H h);

        /** A number that orders the facts of one kind as their positions do (asked for every fact checked). */
        long order(H h);

        /** Where {@code h} was read from, or {@code null}. */
        Origin origin(H h);
    }

    /** A fact of a submission, by kind and position. */
    private record At(FactType<?> type, int index) {
    }

    static List<SubmissionProblem> validate(Submission s) {
        Map<FactType<?>, List<Object>> facts = s.byType();
        Map<String, List<At>> byId = new HashMap<>();
        Map<String, List<At>> byOwner = new HashMap<>();
        for (FactType<?> t : FactTypes.ALL) {
            List<Object> list = facts.get(t);
            for (int i = 0; i < list.size(); i++) {
                if (t.identified()) {
                    byId.computeIfAbsent(t.id(list.get(i)), k -> new ArrayList<>(1)).add(new At(t, i));
                } else if (t.ownerKey != null) {
                    byOwner.computeIfAbsent(ownerKey(t, t.owner(list.get(i))), k -> new ArrayList<>(1)).add(new At(t, i));
                }
            }
        }
        View<At> view = new View<>() {
            @Override
            public List<At> holders(String id) {
                return byId.getOrDefault(id, List.of());
            }

            @Override
            public List<At> owned(FactType<?> type, String owner) {
                return byOwner.getOrDefault(ownerKey(type, owner), List.of());
            }

            @Override
            public FactType<?> type(At a) {
                return a.type();
            }

            @Override
            public Object fact(At a) {
                return facts.get(a.type()).get(a.index());
            }

            @Override
            public int index(At a) {
                return a.index();
            }

            @Override
            public long order(At a) {
                return a.index();
            }

            @Override
            public Origin origin(At a) {
                return s.originAt(a.type(), a.index());
            }
        };
        List<SubmissionProblem> problems = new ArrayList<>();
        for (FactType<?> t : FactTypes.ALL) {
            List<Object> list = facts.get(t);
            for (int i = 0; i < list.size(); i++) {
                check(view, new At(t, i), problems);
            }
        }
        cycles(view, s.groups(), problems);
        return sorted(problems);
    }

    /**
     * The problems of a view in which only {@code changed} facts, and the references to and holders of
     * {@code touched} ids, can be wrong (the facts were valid before a change): the problems
     * {@link #validate(Submission)} finds in the same facts, in the same order.
     *
     * @param recheck    the facts to check one by one: those changed or added, those that name a
     *                   touched id, and those that hold one
     * @param groupIds   the ids of the groups whose parent chain a change may have closed into a cycle
     */
    static <H> List<SubmissionProblem> validate(View<H> view, Collection<H> recheck, Collection<String> groupIds) {
        List<SubmissionProblem> problems = new ArrayList<>();
        List<H> order = new ArrayList<>(recheck);
        order.sort(Comparator.<H>comparingInt(h -> FactTypes.ALL.indexOf(view.type(h))).thenComparingLong(view::order));
        for (H h : order) {
            check(view, h, problems);
        }
        cyclesThrough(view, groupIds, problems);
        return sorted(problems);
    }

    private static List<SubmissionProblem> sorted(List<SubmissionProblem> problems) {
        List<FactType<?>> order = FactTypes.ALL;
        problems.sort(Comparator.<SubmissionProblem>comparingInt(p -> order.indexOf(FactTypes.of(p.factType())))
                .thenComparingInt(SubmissionProblem::index));
        return problems;
    }

    /** The checks of one fact: its id used before, and each id it names. */
    private static <H> void check(View<H> view, H self, List<SubmissionProblem> problems) {
        FactType<?> t = view.type(self);
        Object fact = view.fact(self);
        IntSupplier i = () -> view.index(self);
        String about = t.about(fact);
        if (t.identified()) {
            String id = t.id(fact);
            H first = view.holders(id).get(0);
            if (!first.equals(self)) {
                Origin o = view.origin(first);
                problems.add(new SubmissionProblem(Check.DUPLICATE_ID, t, i.getAsInt(), about, List.of("id"), id,
                        "the id \"" + id + "\" is already used by a " + view.type(first).kind + " at "
                                + (o == null ? path(view, first) : o.file() + ":" + o.line() + " (" + o.path() + ")"),
                        "ids unique across the whole submission"));
            }
        }
        if (t.ownerKey != null) {
            String owner = t.owner(fact);
            H first = view.owned(t, owner).get(0);
            // Two owners with one id already have their problem (the id used twice).
            if (!first.equals(self) && view.holders(owner).size() <= 1) {
                problems.add(new SubmissionProblem(Check.SECOND_OF_ONE, t, i.getAsInt(), about, List.of(t.ownerKey), owner,
                        "the " + t.ownerKey + " \"" + owner + "\" already has one, at " + path(view, first),
                        "one per " + t.ownerKey + " (files write it inside the " + t.ownerKey + ")"));
            }
        }
        for (References.Reference r : t.references(fact)) {
            if (r.consultation() != null) {
                subject(view, t, i, about, r, problems);
                continue;
            }
            List<H> named = view.holders(r.id());
            String kinds = r.kinds().isEmpty() ? "fact"
                    : r.kinds().stream().map(k -> FactTypes.of(k).kind).collect(Collectors.joining(" or "));
            if (named.isEmpty()) {
                problems.add(new SubmissionProblem(Check.UNKNOWN_ID, t, i.getAsInt(), about, r.keys(), r.id(),
                        kinds + " \"" + r.id() + "\" is not in the submission", "add the " + kinds + " or correct the id"));
            } else if (!r.kinds().isEmpty() && named.stream().noneMatch(a -> r.kinds().contains(view.type(a).type))) {
                H other = named.get(0);
                problems.add(new SubmissionProblem(Check.WRONG_KIND, t, i.getAsInt(), about, r.keys(), r.id(),
                        "\"" + r.id() + "\" is a " + view.type(other).kind + " (" + where(view, other) + ")", "the id of a " + kinds));
            }
        }
    }

    private static <H> void subject(View<H> view, FactType<?> t, IntSupplier i, String about, References.Reference r,
                                    List<SubmissionProblem> problems) {
        // An unknown consultation is reported as unknown by the reference to it, not here.
        for (H a : view.holders(r.consultation())) {
            if (view.type(a).type == Consultation.class) {
                Consultation c = (Consultation) view.fact(a);
                if (!c.subjects().contains(r.id())) {
                    problems.add(new SubmissionProblem(Check.NOT_A_SUBJECT, t, i.getAsInt(), about, r.keys(), r.id(),
                            "\"" + r.id() + "\" is not a subject of consultation " + c.id(), "one of " + String.join(", ", c.subjects())));
                }
                return;
            }
        }
    }

    /** The group a parent id leads to: the first group with that id, as {@link Submission#group(String)} finds it. */
    private static <H> H group(View<H> view, String id) {
        if (id == null) {
            return null;
        }
        for (H h : view.holders(id)) {
            if (view.type(h).type == Group.class) {
                return h;
            }
        }
        return null;
    }

    /** Reports each cycle of parents once, at the group of the cycle that comes first. */
    private static <H> void cycles(View<H> view, List<Group> groups, List<SubmissionProblem> problems) {
        // 1: on the path being walked, 2: known to lead to no cycle or to one already reported.
        Map<String, Integer> state = new HashMap<>();
        for (Group start : groups) {
            List<String> path = new ArrayList<>();
            String cur = start.id();
            H g;
            while ((g = group(view, cur)) != null && !state.containsKey(cur)) {
                state.put(cur, 1);
                path.add(cur);
                cur = ((Group) view.fact(g)).parent();
            }
            if (cur != null && state.get(cur) != null && state.get(cur) == 1) {
                problems.add(cycle(view, path.subList(path.indexOf(cur), path.size())));
            }
            path.forEach(p -> state.put(p, 2));
        }
    }

    /**
     * Reports the cycles through {@code starts}: when the facts had none before a change, every cycle
     * after it passes through a group whose parent, or whose id's first group, the change touched.
     */
    private static <H> void cyclesThrough(View<H> view, Collection<String> starts, List<SubmissionProblem> problems) {
        Map<String, SubmissionProblem> found = new LinkedHashMap<>();
        for (String start : starts) {
            List<String> path = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String cur = start;
            H g;
            while ((g = group(view, cur)) != null && seen.add(cur)) {
                path.add(cur);
                cur = ((Group) view.fact(g)).parent();
            }
            // A walk that runs into a cycle not through its start leaves that cycle to a start on it.
            if (start.equals(cur) && !path.isEmpty()) {
                SubmissionProblem p = cycle(view, path);
                found.putIfAbsent(p.path() + " " + p.problem(), p);
            }
        }
        problems.addAll(found.values());
    }

    /** The problem of one cycle, reported at its group that comes first, its chain read from there. */
    private static <H> SubmissionProblem cycle(View<H> view, List<String> cycle) {
        String first = cycle.stream().min(Comparator.comparingInt(id -> view.index(group(view, id)))).orElseThrow();
        List<String> chain = new ArrayList<>();
        String c = first;
        do {
            chain.add(c);
            c = ((Group) view.fact(group(view, c))).parent();
        } while (!c.equals(first));
        chain.add(first);
        H g = group(view, first);
        Group fact = (Group) view.fact(g);
        return new SubmissionProblem(Check.PARENT_CYCLE, view.type(g), view.index(g), first, List.of("parent"), fact.parent(),
                "the parents form a cycle: " + String.join(" → ", chain), "a group hierarchy without cycles");
    }

    /** The key of the facts of {@code type} owned by {@code owner}, in an index of all such kinds. */
    static String ownerKey(FactType<?> type, String owner) {
        return type.name + '\u0000' + owner;
    }

    private static <H> String where(View<H> view, H a) {
        Origin o = view.origin(a);
        return o == null ? path(view, a) : o.file() + ":" + o.line();
    }

    private static <H> String path(View<H> view, H a) {
        return view.type(a).name + "[" + view.index(a) + "]";
    }
}
