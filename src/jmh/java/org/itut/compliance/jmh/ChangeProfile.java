package org.itut.compliance.jmh;

import java.util.List;
import java.util.Map;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.bench.Corpus;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.EngineAccess;
import org.itut.compliance.internal.LiveSession;

/**
 * The profile behind {@link SessionBench}: for the same one-fact change of each kind, how many rule
 * firings it causes and in which rules. A change costs what it re-fires, so this table says why one
 * kind of change takes a thousand times longer than another. Not a timing (see SessionBench).
 *
 * <p>Arguments: the size, then the kinds (reply, document, meeting, group); e.g. {@code 10000 meeting reply}.
 */
public final class ChangeProfile {
    private static final int TOP = 15;

    private ChangeProfile() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0].replace("_", ""));
        Submission s = Corpus.of(n, 42);
        try (LiveSession live = LiveSession.open(EngineAccess.of(ComplianceEngine.create()), s, Corpus.AS_OF)) {
            System.out.printf("%,d facts; the first evaluation fired %,d rules%n", s.size(), live.fired());
            for (int i = 1; i < args.length; i++) {
                String kind = args[i];
                Object before = SessionBench.middle(s, kind);
                Object after = SessionBench.changed(before, kind);
                Map<String, Integer> perRule = live.change(before, after);
                int total = perRule.values().stream().mapToInt(Integer::intValue).sum();
                System.out.printf("%n%s change: %,d firings in %d rules%n", kind, total, perRule.size());
                System.out.printf("| rule | firings | share |%n|---|---:|---:|%n");
                List<Map.Entry<String, Integer>> top = perRule.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(TOP).toList();
                for (Map.Entry<String, Integer> e : top) {
                    System.out.printf("| %s | %,d | %.1f %% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / total);
                }
                live.change(after, before);
            }
        }
    }
}
