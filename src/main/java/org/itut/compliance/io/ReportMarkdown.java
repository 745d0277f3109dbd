package org.itut.compliance.io;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.Submission;

/**
 * Writes a {@link Report} as GitHub-flavoured Markdown, for a pull request, a wiki or a mail: the
 * summary, the duties by due date, then the findings grouped by group with their citations, evidence
 * and the input file and line of each subject. What the facts contain is escaped ({@link Texts#md}): it
 * cannot add a table cell or row, a link, markup or HTML. Equal reports give equal text.
 */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    /**
     * The report as Markdown.
     *
     * @param report           the report
     * @param submission       the facts evaluated, to give each subject its input file and line; {@code null} for none
     * @param inputDescription what was checked, for the heading
     * @return the Markdown text
     */
    public static String write(Report report, Submission submission, String inputDescription) {
        Subjects subjects = Subjects.of(submission);
        StringBuilder sb = new StringBuilder();
        sb.append("# ITU-T compliance report\n\n");
        sb.append("As of **").append(report.asOf()).append("** · ").append(Texts.md(inputDescription)).append(" · ")
                .append(report.rules().size()).append(" rules · itut-compliance ").append(Texts.md(ComplianceEngine.version()))
                .append("\n\n");
        if (!report.editions().isEmpty()) {
            sb.append("Editions applied: ").append(report.editions().stream().map(ReportMarkdown::edition)
                    .collect(Collectors.joining("; "))).append("\n\n");
        }
        summary(sb, report);
        duties(sb, report, subjects);
        findings(sb, report, subjects);
        return sb.toString();
    }

    private static String edition(EditionApplied e) {
        return Texts.md(e.summary());
    }

    private static void summary(StringBuilder sb, Report report) {
        sb.append("## Summary\n\n| Outcome | Findings |\n|---|---:|\n");
        Map<Outcome, Long> counts = report.countByOutcome();
        Map<Level, Long> levels = report.countByLevel();
        for (Outcome o : Outcome.values()) {
            sb.append("| ").append(o.name()).append(" | ").append(counts.get(o));
            if (o == Outcome.FAIL && counts.get(o) > 0) {
                sb.append(" (").append(levels.entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))).append(')');
            }
            sb.append(" |\n");
        }
        sb.append("| **all** | **").append(report.findings().size()).append("** |\n\n");
    }

    private static void duties(StringBuilder sb, Report report, Subjects subjects) {
        List<Finding> dated = report.findings().stream().filter(f -> f.due() != null)
                .sorted(Comparator.comparing(Finding::due).thenComparing(Finding.ORDER)).toList();
        if (dated.isEmpty()) {
            return;
        }
        sb.append("## Duties by due date\n\n| Due | Status | Group | Rule | Subject | Target |\n|---|---|---|---|---|---|\n");
        for (Finding f : dated) {
            sb.append("| ").append(f.due()).append(" | ")
                    .append(status(f)).append(" | ")
                    .append(Texts.md(subjects.groupOf(f.subject()))).append(" | ")
                    .append("`").append(Texts.mdCode(f.rule())).append("` | ")
                    .append(Texts.md(f.subject())).append(" | ")
                    .append(Texts.md(f.evidence().getOrDefault("target", ""))).append(" |\n");
        }
        sb.append('\n');
    }

    /** A duty's status as a person says it: met, missed, pending, not determined. */
    static String status(Finding f) {
        return switch (f.outcome()) {
            case PASS -> "met";
            case FAIL -> "**missed** (" + f.level() + ")";
            case PENDING -> "pending";
            case INDETERMINATE -> "not determined";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    private static void findings(StringBuilder sb, Report report, Subjects subjects) {
        Map<String, List<Finding>> byGroup = new TreeMap<>(subjects.groupOrder());
        for (Finding f : report.findings()) {
            byGroup.computeIfAbsent(subjects.groupOf(f.subject()), k -> new ArrayList<>()).add(f);
        }
        sb.append("## Findings by group\n\n");
        if (byGroup.isEmpty()) {
            sb.append("No findings: no rule applied to the facts given.\n");
            return;
        }
        for (Map.Entry<String, List<Finding>> e : byGroup.entrySet()) {
            String groupId = e.getKey();
            sb.append("### ").append(Texts.md(groupId));
            subjects.group(groupId).map(Group::name).filter(n -> n != null && !n.isBlank())
                    .ifPresent(n -> sb.append(" — ").append(Texts.md(n)));
            sb.append("\n\n").append(ReportText.summary(new Report(report.asOf(), e.getValue(), List.of(), List.of(), List.of())))
                    .append("\n\n");
            sb.append("| Outcome | Rule | Subject | Due | Finding and evidence | Citation |\n|---|---|---|---|---|---|\n");
            for (Finding f : e.getValue()) {
                Subjects.Subject s = subjects.of(f.subject());
                sb.append("| ").append(f.outcome() == Outcome.FAIL ? "**" + Texts.outcome(f) + "**" : Texts.outcome(f))
                        .append(" | `").append(Texts.mdCode(f.rule())).append("` | ").append(Texts.md(f.subject()));
                if (s.known() && !s.kind().equals("group")) {
                    sb.append(" (").append(s.kind()).append(')');
                }
                if (s.origin() != null) {
                    sb.append("<br>`").append(Texts.mdCode(s.origin().file() + ":" + s.origin().line())).append('`');
                }
                sb.append(" | ").append(f.due() == null ? "" : f.due().toString()).append(" | ").append(Texts.md(f.message()));
                f.evidence().forEach((k, v) -> sb.append("<br>*").append(Texts.md(k)).append("*: ").append(Texts.md(v)));
                sb.append(" | ").append(Texts.md(f.citation().reference())).append(" (").append(f.citation().status().tag()).append(')');
                if (!f.citation().note().isEmpty()) {
                    sb.append("<br>").append(Texts.md(f.citation().note()));
                }
                sb.append(" |\n");
            }
            sb.append('\n');
        }
    }
}
