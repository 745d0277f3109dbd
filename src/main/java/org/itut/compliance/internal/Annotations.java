package org.itut.compliance.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.facts.Inference;

/**
 * The context facts and the inferences of one submission, indexed once ({@code rules/common/context.drl}
 * derives it), and the one place that decides what becomes of a rule's {@link Conclusion}:
 *
 * <ul>
 *   <li><b>Withheld</b> when it concerns only context facts. The facts a conclusion concerns are its subject
 *       and the ids in its evidence under {@link #CONCERNS} ({@code target}, {@code meeting}, {@code document},
 *       {@code by} ...). It is withheld when at least one of them is a context fact and every one is a context
 *       fact, {@code TSB} (a party, not a fact), or the party whose context fact it is (the group of a context
 *       meeting, the source of a context document, the body of a context decision, the Question of a context
 *       draft). So the collective letter for a context meeting is withheld, and a group's report due before
 *       that meeting, or TSB's posting of a document that is not context, is not.</li>
 *   <li>Otherwise <b>published</b>, with the inferences on every fact it names as its subject or anywhere in its
 *       evidence: {@link Finding#inferred()} lists them and the evidence says so under {@code inferred}.</li>
 * </ul>
 */
public final class Annotations {
    /** The evidence keys whose values name the facts a finding concerns (besides its subject). */
    public static final List<String> CONCERNS = List.of("target", "meeting", "document", "draft", "consultation", "proposal",
            "report", "liaison statement", "rapporteur meeting", "work item", "recommendation", "decision", "by", "group",
            "question", "circular");

    /** The party that is no fact of the submission. */
    static final String TSB = "TSB";

    private final Map<String, ContextFact> context = new HashMap<>();
    private final Map<String, List<Inference>> inferences = new HashMap<>();

    private Annotations() {
    }

    /** Indexes {@code contextFacts} ({@link ContextFact}s) and {@code inferences} ({@link Inference}s), as Drools collects them. */
    public static Annotations of(Collection<?> contextFacts, Collection<?> inferences) {
        Annotations a = new Annotations();
        // Sorted: the engine collects in an order a session's changes alter, and the report must not depend on it.
        List<ContextFact> marks = new ArrayList<>();
        contextFacts.forEach(o -> marks.add((ContextFact) o));
        marks.sort(java.util.Comparator.comparing(ContextFact::fact).thenComparing(ContextFact::kind));
        for (ContextFact c : marks) {
            a.context.putIfAbsent(c.fact(), c);
        }
        for (Object o : inferences) {
            Inference i = (Inference) o;
            List<Inference> l = a.inferences.computeIfAbsent(i.fact(), k -> new ArrayList<>());
            if (!l.contains(i)) {
                l.add(i);
            }
        }
        a.inferences.values().forEach(l -> l.sort(java.util.Comparator.comparing(Inference::key).thenComparing(Inference::basis)));
        return a;
    }

    /** The published finding, or a {@link Withheld} when it concerns only context facts. */
    public Object publish(Conclusion c) {
        Finding f = c.finding();
        String withheldFor = contextOnly(f);
        if (withheldFor != null) {
            return new Withheld(withheldFor, f);
        }
        List<Inference> rests = restsOn(f);
        if (rests.isEmpty()) {
            return f;
        }
        Map<String, String> evidence = new LinkedHashMap<>(f.evidence());
        evidence.put("inferred", rests.stream().map(Inference::describe).collect(Collectors.joining("; ")));
        return new Finding(f.rule(), f.outcome(), f.level(), f.subject(), f.message(), f.citation(), evidence, f.due(),
                f.missing(), rests);
    }

    /** The context fact a finding concerns first, when it concerns nothing else; else {@code null}. */
    String contextOnly(Finding f) {
        if (context.isEmpty()) {
            return null;
        }
        Set<String> named = new LinkedHashSet<>();
        named.add(f.subject());
        for (String k : CONCERNS) {
            String v = f.evidence().get(k);
            if (v != null) {
                named.addAll(ids(v));
            }
        }
        String first = null;
        Set<String> owners = new HashSet<>();
        for (String id : named) {
            ContextFact c = context.get(id);
            if (c != null) {
                if (first == null) {
                    first = id;
                }
                if (c.owner() != null) {
                    owners.add(c.owner());
                }
            }
        }
        if (first == null) {
            return null;
        }
        for (String id : named) {
            if (!context.containsKey(id) && !TSB.equals(id) && !owners.contains(id)) {
                return null;
            }
        }
        return first;
    }

    /** The inferences on facts {@code f} names (subject first, then evidence in order), without repeats. */
    List<Inference> restsOn(Finding f) {
        if (inferences.isEmpty()) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>();
        named.add(f.subject());
        f.evidence().values().forEach(v -> named.addAll(ids(v)));
        List<Inference> out = new ArrayList<>();
        for (String id : named) {
            out.addAll(inferences.getOrDefault(id, List.of()));
        }
        return out;
    }

    /** The ids an evidence value may name: the value itself, and its items when it is a list ("A, B"). */
    private static List<String> ids(String value) {
        List<String> out = new ArrayList<>();
        out.add(value);
        if (value.contains(", ")) {
            for (String part : value.split(", ")) {
                out.add(part.trim());
            }
        }
        out.removeIf(x -> x.isEmpty() || x.equals("unknown") || x.equals("none"));
        return out;
    }

    /**
     * The details of the {@code context} determination of a context fact: how many findings were withheld, by
     * outcome and by rule.
     */
    public static Object[] withheldDetails(ContextFact c, Collection<?> withheld) {
        Map<Outcome, Integer> byOutcome = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        for (Object o : withheld) {
            Finding f = ((Withheld) o).finding();
            byOutcome.merge(f.outcome(), 1, Integer::sum);
            byRule.merge(f.rule(), 1, Integer::sum);
        }
        return new Object[] {
                "kind", c.kind(),
                "owner", c.owner() == null ? "none" : c.owner(),
                "findings withheld", withheld.size(),
                "outcomes", byOutcome.isEmpty() ? "none" : byOutcome.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")),
                "rules", byRule.isEmpty() ? "none" : byRule.entrySet().stream()
                        .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).collect(Collectors.joining(", "))};
    }
}
