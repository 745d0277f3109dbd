package org.itut.compliance.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.itut.compliance.Finding;
import org.itut.compliance.internal.Digests;

/**
 * What tells one finding of a report from every other: its rule and subject, its due date and the
 * evidence that names what it is about (the meeting a duty is owed for, the document judged ...), and,
 * where findings still share all of these, the evidence values that differ between them. SARIF
 * fingerprints and JUnit test names are made from it, so a dashboard can follow one finding from run
 * to run. Line numbers, file names and messages never enter: they change when nothing about the
 * finding has.
 */
final class FindingKeys {
    /**
     * Evidence keys that name what a finding is about rather than what was found, in the order they
     * identify it. A finding's key holds the ones it has whether or not another finding shares the rest,
     * so that its key does not change when a similar finding comes or goes.
     */
    static final List<String> IDENTITY = List.of("target", "meeting", "document", "draft", "consultation", "proposal",
            "report", "liaison statement", "rapporteur meeting", "work item", "person", "cites");

    /**
     * One finding's key.
     *
     * @param rule    the rule id
     * @param subject the subject
     * @param parts   the rest, as {@code name value} pairs in a fixed order ({@code due 2026-03-25}, {@code target SG17-2025-12} ...)
     */
    record Key(String rule, String subject, List<String> parts) {
        Key {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(subject, "subject");
            parts = List.copyOf(parts);
        }

        /** A SHA-256 of rule, subject and parts: the SARIF partial fingerprint. */
        String fingerprint() {
            StringBuilder sb = new StringBuilder(rule).append('\u0000').append(subject);
            parts.forEach(p -> sb.append('\u0000').append(p));
            return Digests.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** The parts for a person: {@code due 2026-03-25, target SG17-2025-12}, or empty. */
        String detail() {
            return String.join(", ", parts);
        }
    }

    private FindingKeys() {
    }

    /** The key of each finding, in the order given; no two are equal. */
    static List<Key> of(List<Finding> findings) {
        List<List<String>> parts = new ArrayList<>();
        for (Finding f : findings) {
            List<String> p = new ArrayList<>();
            if (f.due() != null) {
                p.add("due " + f.due());
            }
            for (String k : IDENTITY) {
                String v = f.evidence().get(k);
                if (v != null) {
                    p.add(k + " " + v);
                }
            }
            parts.add(p);
        }
        // Findings that still share rule, subject and parts: add the evidence in which they differ.
        for (List<Integer> same : collisions(findings, parts)) {
            Set<String> keys = new LinkedHashSet<>();
            same.forEach(i -> keys.addAll(findings.get(i).evidence().keySet()));
            for (String k : keys) {
                if (IDENTITY.contains(k)) {
                    continue;
                }
                Set<String> values = new LinkedHashSet<>();
                same.forEach(i -> values.add(String.valueOf(findings.get(i).evidence().get(k))));
                if (values.size() > 1) {
                    same.forEach(i -> {
                        String v = findings.get(i).evidence().get(k);
                        parts.get(i).add(k + " " + (v == null ? "(none)" : v));
                    });
                }
            }
        }
        // Then the outcome, then the place in report order: the last resort for findings equal in all the rest.
        for (List<Integer> same : collisions(findings, parts)) {
            Set<String> outcomes = new LinkedHashSet<>();
            same.forEach(i -> outcomes.add(findings.get(i).outcome().name()));
            if (outcomes.size() > 1) {
                same.forEach(i -> parts.get(i).add("outcome " + findings.get(i).outcome()));
            }
        }
        for (List<Integer> same : collisions(findings, parts)) {
            for (int n = 0; n < same.size(); n++) {
                parts.get(same.get(n)).add("#" + (n + 1));
            }
        }
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            keys.add(new Key(findings.get(i).rule(), findings.get(i).subject(), parts.get(i)));
        }
        return keys;
    }

    private static List<List<Integer>> collisions(List<Finding> findings, List<List<String>> parts) {
        Map<List<String>, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            List<String> k = new ArrayList<>();
            k.add(findings.get(i).rule());
            k.add(findings.get(i).subject());
            k.addAll(parts.get(i));
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        return byKey.values().stream().filter(l -> l.size() > 1).toList();
    }
}
