package org.itut.compliance.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.itut.compliance.facts.SubmissionProblem.Check;

/**
 * The checks no single record can make, run on every submission before it is evaluated (and by
 * {@code FactReader}, which reports the same problems with file and line): ids unique across all
 * kinds of fact, every id named present and of a kind the key takes (as {@link FactTypes} declares),
 * no group its own ancestor, positions only on subjects the consultation has.
 */
final class SubmissionValidator {
    private SubmissionValidator() {
    }

    /** A fact, by kind and position. */
    private record At(FactType<?> type, int index) {
    }

    static List<SubmissionProblem> validate(Submission s) {
        Map<FactType<?>, List<Object>> facts = s.byType();
        Map<String, List<At>> byId = new HashMap<>();
        for (FactType<?> t : FactTypes.ALL) {
            if (t.identified()) {
                List<Object> list = facts.get(t);
                for (int i = 0; i < list.size(); i++) {
                    byId.computeIfAbsent(t.id(list.get(i)), k -> new ArrayList<>(1)).add(new At(t, i));
                }
            }
        }
        List<SubmissionProblem> problems = new ArrayList<>();
        for (FactType<?> t : FactTypes.ALL) {
            List<Object> list = facts.get(t);
            for (int i = 0; i < list.size(); i++) {
                Object fact = list.get(i);
                String about = t.about(fact);
                if (t.identified()) {
                    String id = t.id(fact);
                    At first = byId.get(id).get(0);
                    if (first.index() != i || first.type() != t) {
                        Origin o = s.originAt(first.type(), first.index());
                        problems.add(new SubmissionProblem(Check.DUPLICATE_ID, t, i, about, List.of("id"), id,
                                "the id \"" + id + "\" is already used by a " + first.type().kind + " at "
                                        + (o == null ? path(first) : o.file() + ":" + o.line() + " (" + o.path() + ")"),
                                "ids unique across the whole submission"));
                    }
                }
                for (References.Reference r : t.references(fact)) {
                    if (r.consultation() != null) {
                        subject(s, byId, t, i, about, r, problems);
                        continue;
                    }
                    List<At> named = byId.get(r.id());
                    String kinds = r.kinds().isEmpty() ? "fact"
                            : r.kinds().stream().map(k -> FactTypes.of(k).kind).collect(Collectors.joining(" or "));
                    if (named == null) {
                        problems.add(new SubmissionProblem(Check.UNKNOWN_ID, t, i, about, r.keys(), r.id(),
                                kinds + " \"" + r.id() + "\" is not in the submission", "add the " + kinds + " or correct the id"));
                    } else if (!r.kinds().isEmpty() && named.stream().noneMatch(a -> r.kinds().contains(a.type().type))) {
                        At other = named.get(0);
                        problems.add(new SubmissionProblem(Check.WRONG_KIND, t, i, about, r.keys(), r.id(),
                                "\"" + r.id() + "\" is a " + other.type().kind + " (" + where(s, other) + ")", "the id of a " + kinds));
                    }
                }
            }
        }
        cycles(s, problems);
        List<FactType<?>> order = FactTypes.ALL;
        problems.sort(Comparator.<SubmissionProblem>comparingInt(p -> order.indexOf(FactTypes.of(p.factType())))
                .thenComparingInt(SubmissionProblem::index));
        return problems;
    }

    private static void subject(Submission s, Map<String, List<At>> byId, FactType<?> t, int i, String about,
                                References.Reference r, List<SubmissionProblem> problems) {
        List<At> named = byId.get(r.consultation());
        if (named == null) {
            return; // the consultation itself is reported as unknown
        }
        for (At a : named) {
            if (a.type().type == Consultation.class) {
                Consultation c = (Consultation) s.byType().get(a.type()).get(a.index());
                if (!c.subjects().contains(r.id())) {
                    problems.add(new SubmissionProblem(Check.NOT_A_SUBJECT, t, i, about, r.keys(), r.id(),
                            "\"" + r.id() + "\" is not a subject of consultation " + c.id(), "one of " + String.join(", ", c.subjects())));
                }
                return;
            }
        }
    }

    /** Reports each cycle of parents once, at the group of the cycle that comes first. */
    private static void cycles(Submission s, List<SubmissionProblem> problems) {
        FactType<Group> t = FactTypes.of(Group.class);
        List<Group> groups = s.groups();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            index.putIfAbsent(groups.get(i).id(), i);
        }
        // 1: on the path being walked, 2: known to lead to no cycle or to one already reported.
        Map<String, Integer> state = new HashMap<>();
        for (Group start : groups) {
            List<String> path = new ArrayList<>();
            String cur = start.id();
            while (cur != null && index.containsKey(cur) && !state.containsKey(cur)) {
                state.put(cur, 1);
                path.add(cur);
                cur = groups.get(index.get(cur)).parent();
            }
            if (cur != null && state.get(cur) != null && state.get(cur) == 1) {
                List<String> cycle = path.subList(path.indexOf(cur), path.size());
                String first = cycle.stream().min(Comparator.comparingInt(index::get)).orElseThrow();
                List<String> chain = new ArrayList<>();
                String c = first;
                do {
                    chain.add(c);
                    c = groups.get(index.get(c)).parent();
                } while (!c.equals(first));
                chain.add(first);
                Group g = groups.get(index.get(first));
                problems.add(new SubmissionProblem(Check.PARENT_CYCLE, t, index.get(first), first, List.of("parent"), g.parent(),
                        "the parents form a cycle: " + String.join(" → ", chain), "a group hierarchy without cycles"));
            }
            path.forEach(p -> state.put(p, 2));
        }
    }

    private static String where(Submission s, At a) {
        Origin o = s.originAt(a.type(), a.index());
        return o == null ? path(a) : o.file() + ":" + o.line();
    }

    private static String path(At a) {
        return a.type().name + "[" + a.index() + "]";
    }
}
