package org.itut.compliance.bench;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Finding;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.Submission;

/**
 * Which checking rules fire on the corpus: a rule fires when it makes at least one finding. Prints the
 * share per size and, with {@code -v}, the rules that do not fire. Run by the {@code bench} profile
 * ({@code docs/performance.md}); {@code CorpusTest} asserts a floor at 10^3 facts.
 */
public final class Coverage {
    private Coverage() {
    }

    /** Rule id to the number of findings it made, for every checking rule of the engine (0 for none). */
    public static Map<String, Integer> findingsPerRule(ComplianceEngine engine, Report report) {
        Map<String, Integer> n = new TreeMap<>();
        for (RuleInfo r : engine.rules()) {
            n.put(r.id(), 0);
        }
        for (Finding f : report.findings()) {
            n.merge(f.rule(), 1, Integer::sum);
        }
        return n;
    }

    public static void main(String[] args) {
        boolean verbose = Set.of(args).contains("-v");
        ComplianceEngine engine = ComplianceEngine.create();
        for (String a : args) {
            if (a.startsWith("-")) {
                continue;
            }
            int n = Integer.parseInt(a.replace("_", ""));
            Submission s = Corpus.of(n, 42);
            if (!s.validate().isEmpty()) {
                throw new IllegalStateException("invalid corpus: " + s.validate().subList(0, Math.min(5, s.validate().size())));
            }
            long t0 = System.nanoTime();
            Report report = engine.evaluate(s, Corpus.AS_OF);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Map<String, Integer> per = findingsPerRule(engine, report);
            Set<String> silent = per.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            Map<String, Long> outcomes = report.findings().stream()
                    .collect(Collectors.groupingBy(f -> f.outcome().name(), TreeMap::new, Collectors.counting()));
            System.out.printf("%,d facts: %d of %d rules fire (%.0f %%), %,d findings %s, %,d ms%n", s.size(),
                    per.size() - silent.size(), per.size(), 100.0 * (per.size() - silent.size()) / per.size(),
                    report.findings().size(), outcomes, ms);
            if (verbose) {
                System.out.println("  silent: " + silent);
            }
        }
    }
}
