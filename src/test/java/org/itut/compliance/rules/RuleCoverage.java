package org.itut.compliance.rules;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;

/**
 * Records every finding the test suite's shared engine produces, per rule and outcome, with the first
 * test that produced each: what the suite actually exercised. {@link RuleCoverageListener} writes it
 * to target/rule-coverage.md and .json at the end of the run, and {@code RuleCoverageIT} fails the
 * build when a shipped rule was never seen failing or never seen passing.
 */
public final class RuleCoverage {
    /** Per rule, per outcome: how many findings, and the first test that produced one. */
    record Seen(Map<Outcome, Long> counts, Map<Outcome, String> firstTest) {
    }

    private static final Map<String, Seen> SEEN = new TreeMap<>();
    private static volatile String currentTest;

    private RuleCoverage() {
    }

    /** Records the findings of one report (called by the shared test engine after every evaluation). */
    public static synchronized void record(Report report) {
        String test = currentTest == null ? "(outside a test)" : currentTest;
        for (Finding f : report.findings()) {
            Seen s = SEEN.computeIfAbsent(f.rule(), k -> new Seen(new EnumMap<>(Outcome.class), new EnumMap<>(Outcome.class)));
            s.counts().merge(f.outcome(), 1L, Long::sum);
            s.firstTest().putIfAbsent(f.outcome(), test);
        }
    }

    static void currentTest(String name) {
        currentTest = name;
    }

    /** A copy of what was recorded, by rule id. */
    static synchronized Map<String, Seen> snapshot() {
        Map<String, Seen> copy = new LinkedHashMap<>();
        SEEN.forEach((k, v) -> copy.put(k, new Seen(new EnumMap<>(v.counts()), new EnumMap<>(v.firstTest()))));
        return copy;
    }
}
