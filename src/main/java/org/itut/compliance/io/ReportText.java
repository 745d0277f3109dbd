package org.itut.compliance.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;

/**
 * Writes a {@link Report} for a person at a terminal: findings grouped by subject, then a summary. What
 * the facts contain is written through {@link #safe}, so that no value can send the terminal an escape
 * sequence, fake a line of the report or reorder what is shown.
 */
public final class ReportText {
    private ReportText() {
    }

    /**
     * The report as {@code check} prints it: a heading, the editions applied, the findings by group, and a summary.
     *
     * @param report           the report
     * @param inputDescription what was checked, for the heading, e.g. {@code bundled register, 82 facts}
     * @return the text, safe for a terminal, lines ending with the platform's line separator
     */
    public static String write(Report report, String inputDescription) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append("itut-compliance ").append(ComplianceEngine.version()).append(" · as of ").append(report.asOf())
                .append(" · ").append(safe(inputDescription)).append(" · ").append(report.rules().size()).append(" rules").append(nl);
        if (!report.editions().isEmpty()) {
            sb.append("Editions applied: ").append(report.editions().stream().map(e -> safe(edition(e)))
                    .collect(Collectors.joining("; "))).append(nl);
        }
        Map<String, List<Finding>> bySubject = new TreeMap<>();
        for (Finding f : report.findings()) {
            bySubject.computeIfAbsent(f.subject(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : bySubject.entrySet()) {
            sb.append(nl).append(safe(e.getKey())).append(nl);
            for (Finding f : e.getValue()) {
                String outcome = f.outcome() == Outcome.FAIL ? "FAIL " + f.level() : f.outcome().name();
                sb.append(String.format("  %-16s %s", outcome, safe(f.rule())));
                if (f.due() != null) {
                    sb.append("  due ").append(f.due());
                }
                sb.append(nl).append("      ").append(safe(f.message())).append(nl);
                sb.append("      ").append(safe(f.citation().reference())).append(" · ").append(f.citation().status().tag());
                if (!f.citation().note().isEmpty()) {
                    sb.append(" · ").append(safe(f.citation().note()));
                }
                sb.append(nl);
            }
        }
        sb.append(nl).append(summary(report)).append(nl);
        return sb.toString();
    }

    /**
     * {@code text} made safe for a terminal: control characters (with which every ANSI escape sequence
     * starts), C1 controls, bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) and line
     * separators are written as visible escapes such as <code>&#92;u001B</code> or <code>&#92;n</code>; a tab becomes a space.
     *
     * @param text any text, e.g. from the facts
     * @return the text made safe
     */
    public static String safe(String text) {
        return Texts.term(text);
    }

    private static String edition(EditionApplied e) {
        return e.summary();
    }

    /**
     * The counts of a report in one line.
     *
     * @param report the report
     * @return for example {@code 12 findings: 5 PASS, 2 FAIL (1 VIOLATION, 1 WARNING), 3 INDETERMINATE, 2 PENDING}
     */
    public static String summary(Report report) {
        Map<Outcome, Long> byOutcome = report.countByOutcome();
        Map<Level, Long> byLevel = report.countByLevel();
        Map<String, Long> parts = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            parts.put(o.name(), byOutcome.get(o));
        }
        String levels = byLevel.entrySet().stream().filter(x -> x.getValue() > 0)
                .map(x -> x.getValue() + " " + x.getKey()).collect(Collectors.joining(", "));
        return report.findings().size() + " findings: " + parts.entrySet().stream()
                .map(x -> x.getValue() + " " + x.getKey() + (x.getKey().equals("FAIL") && !levels.isEmpty() ? " (" + levels + ")" : ""))
                .collect(Collectors.joining(", "));
    }
}
