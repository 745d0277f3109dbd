package org.itut.compliance.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Determination;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.Submission;

/**
 * Writes a {@link Report} as one self-contained HTML page for a person to read in a browser: the
 * summary counts, a timeline picture of the groups' lifetimes, meetings and duties (inline SVG, see
 * {@link Timeline}), the findings grouped by group with their citations and evidence, and the rules
 * evaluated. No script, no style sheet, font or image is fetched: a content security policy forbids
 * it. Equal reports give equal text.
 */
public final class ReportHtml {
    private ReportHtml() {
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 0; color: #1a202c; background: #ffffff; }
            header { background: #1c3d6e; color: #ffffff; padding: 18px 28px; }
            header h1 { margin: 0 0 6px 0; font-size: 24px; }
            header p { margin: 2px 0; font-size: 14px; color: #dbe6f5; }
            main { padding: 10px 28px 40px 28px; }
            h2 { font-size: 19px; border-bottom: 2px solid #cbd5e0; padding-bottom: 4px; margin-top: 30px; }
            h3 { font-size: 16px; margin: 22px 0 6px 0; }
            .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 14px 0; }
            .card { border-radius: 8px; padding: 10px 18px; min-width: 120px; border: 1px solid #cbd5e0; background: #f7fafc; }
            .card .n { font-size: 30px; font-weight: bold; display: block; }
            .card .l { font-size: 13px; color: #4a5568; }
            .card.FAIL { background: #fff5f5; border-color: #c53030; } .card.FAIL .n { color: #c53030; }
            .card.PASS { background: #f0fff4; border-color: #2f855a; } .card.PASS .n { color: #2f855a; }
            .card.PENDING { background: #fffaf0; border-color: #c05621; } .card.PENDING .n { color: #c05621; }
            .card.INDETERMINATE { background: #f7fafc; border-color: #718096; } .card.INDETERMINATE .n { color: #4a5568; }
            .card.NOT_APPLICABLE .n { color: #718096; }
            .figure { overflow-x: auto; border: 1px solid #e2e8f0; border-radius: 6px; padding: 6px; background: #ffffff; }
            .figure svg { display: block; }
            .note { font-size: 13px; color: #4a5568; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 12px 0; }
            th, td { border: 1px solid #e2e8f0; padding: 5px 7px; text-align: left; vertical-align: top; }
            th { background: #edf2f7; }
            td.num { text-align: right; }
            td.due { white-space: nowrap; }
            code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; }
            .badge { display: inline-block; border-radius: 4px; padding: 1px 6px; font-size: 12px; font-weight: bold; white-space: nowrap; }
            .b-FAIL { background: #c53030; color: #ffffff; }
            .b-PASS { background: #2f855a; color: #ffffff; }
            .b-PENDING { background: #c05621; color: #ffffff; }
            .b-INDETERMINATE { background: #718096; color: #ffffff; }
            .b-NOT_APPLICABLE { background: #e2e8f0; color: #2d3748; }
            tr.FAIL td { background: #fffafa; }
            dl.ev { margin: 0; display: grid; grid-template-columns: max-content auto; gap: 1px 8px; }
            dl.ev dt { color: #4a5568; } dl.ev dd { margin: 0; }
            .cite { color: #2a4365; } .cite small { color: #718096; display: block; }
            .src { color: #718096; font-size: 11px; display: block; }
            details > summary { cursor: pointer; font-weight: bold; margin: 10px 0; }
            footer { font-size: 12px; color: #718096; padding: 10px 28px; border-top: 1px solid #e2e8f0; }
            @media print { .figure { overflow: visible; } header { background: #ffffff; color: #000000; } header p { color: #000000; } }
            """;

    /**
     * The report as one self-contained HTML page.
     *
     * @param report           the report
     * @param submission       the facts evaluated, which give the timeline its groups and meetings; {@code null} for none
     * @param inputDescription what was checked, for the heading
     * @return the page
     */
    public static String write(Report report, Submission submission, String inputDescription) {
        Subjects subjects = Subjects.of(submission);
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"itut-compliance ").append(Texts.html(ComplianceEngine.version())).append("\">\n")
                .append("<title>ITU-T compliance report as of ").append(report.asOf()).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        sb.append("<header>\n<h1>ITU-T compliance report</h1>\n<p>As of <strong id=\"as-of\">").append(report.asOf())
                .append("</strong> · ").append(Texts.html(inputDescription)).append(" · ").append(report.rules().size())
                .append(" rules evaluated</p>\n");
        if (!report.editions().isEmpty()) {
            sb.append("<p>Editions applied: ");
            List<String> eds = new ArrayList<>();
            for (EditionApplied e : report.editions()) {
                eds.add(Texts.html(e.summary()));
            }
            sb.append(String.join("; ", eds)).append("</p>\n");
        }
        sb.append("</header>\n<main>\n");
        summary(sb, report, subjects);
        timeline(sb, report, subjects);
        findings(sb, report, subjects);
        rules(sb, report);
        determinations(sb, report);
        sb.append("</main>\n<footer>Written by itut-compliance ").append(Texts.html(ComplianceEngine.version()))
                .append(". Outcomes: PASS needs positive evidence; INDETERMINATE means a fact the rule needs is missing and is never "
                        + "compliance; PENDING means the duty falls due after the as-of date. Provisions are paraphrased, "
                        + "never quoted; consult the cited text.</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void summary(StringBuilder sb, Report report, Subjects subjects) {
        Map<Outcome, Long> counts = report.countByOutcome();
        Map<Level, Long> levels = report.countByLevel();
        sb.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        for (Outcome o : List.of(Outcome.FAIL, Outcome.INDETERMINATE, Outcome.PENDING, Outcome.PASS, Outcome.NOT_APPLICABLE)) {
            sb.append("<div class=\"card ").append(o).append("\" data-outcome=\"").append(o).append("\"><span class=\"n\">")
                    .append(counts.get(o)).append("</span><span class=\"l\">").append(label(o));
            if (o == Outcome.FAIL) {
                List<String> parts = new ArrayList<>();
                levels.forEach((l, c) -> {
                    if (c > 0) {
                        parts.add(c + " " + l);
                    }
                });
                if (!parts.isEmpty()) {
                    sb.append(" (").append(String.join(", ", parts)).append(')');
                }
            }
            sb.append("</span></div>\n");
        }
        sb.append("</div>\n<p class=\"note\">").append(report.findings().size()).append(" findings from ").append(report.rules().size())
                .append(" rules.</p>\n");
        Map<String, Map<Outcome, Long>> byGroup = byGroupCounts(report, subjects);
        if (!byGroup.isEmpty()) {
            sb.append("<table class=\"groups\">\n<thead><tr><th>Group</th>");
            for (Outcome o : List.of(Outcome.FAIL, Outcome.INDETERMINATE, Outcome.PENDING, Outcome.PASS, Outcome.NOT_APPLICABLE)) {
                sb.append("<th>").append(o).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            byGroup.forEach((g, c) -> {
                sb.append("<tr><td><a href=\"#group-").append(Texts.slug(g)).append("\">").append(Texts.html(g)).append("</a></td>");
                for (Outcome o : List.of(Outcome.FAIL, Outcome.INDETERMINATE, Outcome.PENDING, Outcome.PASS, Outcome.NOT_APPLICABLE)) {
                    sb.append("<td class=\"num\">").append(c.get(o)).append("</td>");
                }
                sb.append("</tr>\n");
            });
            sb.append("</tbody>\n</table>\n");
        }
        sb.append("</section>\n");
    }

    private static String label(Outcome o) {
        return switch (o) {
            case FAIL -> "failures";
            case INDETERMINATE -> "not determined (fact missing)";
            case PENDING -> "pending (due later)";
            case PASS -> "passes";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    private static Map<String, Map<Outcome, Long>> byGroupCounts(Report report, Subjects subjects) {
        Map<String, Map<Outcome, Long>> out = new LinkedHashMap<>();
        for (String g : groupOrder(report, subjects)) {
            Map<Outcome, Long> c = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                c.put(o, 0L);
            }
            out.put(g, c);
        }
        for (Finding f : report.findings()) {
            out.get(subjects.groupOf(f.subject())).merge(f.outcome(), 1L, Long::sum);
        }
        return out;
    }

    /** Groups with findings, in the timeline's order: by kind (WTSA, TSAG, study groups ...), then id. */
    private static List<String> groupOrder(Report report, Subjects subjects) {
        return report.findings().stream().map(f -> subjects.groupOf(f.subject())).distinct().sorted(subjects.groupOrder()).toList();
    }

    private static void timeline(StringBuilder sb, Report report, Subjects subjects) {
        sb.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        String svg = Timeline.svg(report, subjects);
        if (svg.isEmpty()) {
            sb.append("<p class=\"note\">Nothing to draw: no group, meeting or duty in the report has a known date.</p>\n</section>\n");
            return;
        }
        sb.append("<p class=\"note\">Each lane is a group: its lifetime (bar), its meetings (boxes) and, above them, the due "
                + "dates of its duties — green tick met, red diamond missed, amber ring pending, grey ? not determined. "
                + "Dotted lines join a duty to the meeting it is owed for. Hover a mark for details.</p>\n");
        sb.append("<div class=\"figure\">\n").append(svg).append("</div>\n");
        List<Meeting> undated = Timeline.undatedMeetings(report, subjects);
        if (!undated.isEmpty()) {
            sb.append("<p class=\"note\">Not drawn, date unknown: ");
            sb.append(String.join(", ", undated.stream().map(m -> Texts.html(m.id() + " (" + m.group() + ")")).toList()));
            sb.append(".</p>\n");
        }
        List<String> omitted = Timeline.omittedGroups(report, subjects);
        if (!omitted.isEmpty()) {
            sb.append("<p class=\"note\">The picture shows ").append(Timeline.MAX_LANES).append(" groups, those with duties first; ")
                    .append(omitted.size()).append(" more are not drawn (check them with --only): ")
                    .append(Texts.html(String.join(", ", omitted.subList(0, Math.min(100, omitted.size())))))
                    .append(omitted.size() > 100 ? " …" : "").append(".</p>\n");
        }
        List<Finding> left = Timeline.leftOut(report, subjects);
        if (!left.isEmpty()) {
            sb.append("<p class=\"note\">Not drawn, not applicable: ").append(left.size()).append(left.size() == 1 ? " duty" : " duties")
                    .append(" with a due date.</p>\n");
        }
        sb.append("</section>\n");
    }

    private static void findings(StringBuilder sb, Report report, Subjects subjects) {
        sb.append("<section id=\"findings\">\n<h2>Findings by group</h2>\n");
        if (report.findings().isEmpty()) {
            sb.append("<p class=\"note\">No findings: no rule applied to the facts given.</p>\n");
        }
        Map<String, List<Finding>> byGroup = new LinkedHashMap<>();
        groupOrder(report, subjects).forEach(g -> byGroup.put(g, new ArrayList<>()));
        report.findings().forEach(f -> byGroup.get(subjects.groupOf(f.subject())).add(f));
        for (Map.Entry<String, List<Finding>> e : byGroup.entrySet()) {
            String g = e.getKey();
            List<Finding> fs = new ArrayList<>(e.getValue());
            // Within a group: failures first, then what could not be determined, pending, passes.
            fs.sort(Comparator.comparing((Finding f) -> rank(f.outcome())).thenComparing(f -> f.level() == null ? 9 : f.level().ordinal())
                    .thenComparing(Finding.ORDER));
            sb.append("<section class=\"group\" id=\"group-").append(Texts.slug(g)).append("\" data-group=\"").append(Texts.html(g)).append("\">\n<h3>")
                    .append(Texts.html(g));
            subjects.group(g).ifPresent(grp -> {
                if (grp.name() != null) {
                    sb.append(" — ").append(Texts.html(grp.name()));
                }
                sb.append(" <small>(").append(grp.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(")</small>");
            });
            sb.append("</h3>\n");
            subjects.group(g).ifPresent(grp -> groupFacts(sb, grp, subjects));
            sb.append("<table class=\"findings\">\n<thead><tr><th>Outcome</th><th>Rule and citation</th><th>Subject</th><th>Due</th>"
                    + "<th>Finding</th><th>Evidence</th></tr></thead>\n<tbody>\n");
            for (Finding f : fs) {
                finding(sb, f, subjects);
            }
            sb.append("</tbody>\n</table>\n</section>\n");
        }
        sb.append("</section>\n");
    }

    private static void groupFacts(StringBuilder sb, Group g, Subjects subjects) {
        List<String> parts = new ArrayList<>();
        if (g.parent() != null) {
            parts.add("parent " + Texts.html(g.parent()));
        }
        if (g.established() != null) {
            parts.add("established " + (g.established().on() == null ? "(date unknown)" : g.established().on())
                    + (g.established().by() == null ? "" : " by " + Texts.html(g.established().by())));
        }
        if (g.closed() != null) {
            parts.add("closed " + (g.closed().on() == null ? "(date unknown)" : g.closed().on()));
        }
        if (g.termsOfReference() != null) {
            parts.add("terms of reference " + Texts.html(g.termsOfReference().document()));
        }
        Subjects.Subject s = subjects.of(g.id());
        if (s.origin() != null) {
            parts.add("read from <code>" + Texts.html(s.origin().file() + ":" + s.origin().line()) + "</code>");
        }
        if (!parts.isEmpty()) {
            sb.append("<p class=\"note\">").append(String.join(" · ", parts)).append("</p>\n");
        }
    }

    private static int rank(Outcome o) {
        return switch (o) {
            case FAIL -> 0;
            case INDETERMINATE -> 1;
            case PENDING -> 2;
            case PASS -> 3;
            case NOT_APPLICABLE -> 4;
        };
    }

    private static void finding(StringBuilder sb, Finding f, Subjects subjects) {
        sb.append("<tr class=\"finding ").append(f.outcome()).append("\" data-rule=\"").append(Texts.html(f.rule()))
                .append("\" data-subject=\"").append(Texts.html(f.subject())).append("\" data-outcome=\"").append(f.outcome()).append("\">");
        sb.append("<td><span class=\"badge b-").append(f.outcome()).append("\">").append(Texts.html(Texts.outcome(f))).append("</span></td>");
        sb.append("<td><code>").append(Texts.html(f.rule())).append("</code><span class=\"cite\"><small>")
                .append(Texts.html(f.citation().reference())).append(" · ").append(f.citation().status().tag());
        if (!f.citation().note().isEmpty()) {
            sb.append(" · ").append(Texts.html(f.citation().note()));
        }
        sb.append("</small><small>").append(Texts.html(f.citation().title())).append("</small></span></td>");
        Subjects.Subject s = subjects.of(f.subject());
        sb.append("<td>").append(Texts.html(f.subject()));
        if (s.known() && !s.kind().equals("group")) {
            sb.append(" <small>(").append(s.kind()).append(")</small>");
        }
        if (s.origin() != null) {
            sb.append("<span class=\"src\">").append(Texts.html(s.origin().file() + ":" + s.origin().line())).append("</span>");
        }
        sb.append("</td><td class=\"due\">").append(f.due() == null ? "" : f.due().toString()).append("</td>");
        sb.append("<td>").append(Texts.html(f.message())).append("</td><td>");
        if (!f.evidence().isEmpty()) {
            sb.append("<dl class=\"ev\">");
            f.evidence().forEach((k, v) -> sb.append("<dt>").append(Texts.html(k)).append("</dt><dd>").append(Texts.html(v)).append("</dd>"));
            sb.append("</dl>");
        }
        sb.append("</td></tr>\n");
    }

    private static void rules(StringBuilder sb, Report report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        report.findings().forEach(f -> counts.merge(f.rule(), 1L, Long::sum));
        sb.append("<section id=\"rules\">\n<details>\n<summary>Rules evaluated (").append(report.rules().size()).append(")</summary>\n");
        sb.append("<table class=\"rules\">\n<thead><tr><th>Rule</th><th>Title</th><th>Citation</th><th>Status</th><th>Default level</th>"
                + "<th>Findings</th></tr></thead>\n<tbody>\n");
        for (RuleInfo r : report.rules()) {
            sb.append("<tr><td><code>").append(Texts.html(r.id())).append("</code></td><td>").append(Texts.html(r.title()))
                    .append("</td><td>").append(Texts.html(Texts.citation(r))).append("</td><td>").append(r.status().tag())
                    .append("</td><td>").append(r.level()).append("</td><td class=\"num\">").append(counts.getOrDefault(r.id(), 0L))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void determinations(StringBuilder sb, Report report) {
        if (report.determinations().isEmpty()) {
            return;
        }
        sb.append("<section id=\"determinations\">\n<details>\n<summary>Derived facts (").append(report.determinations().size())
                .append(")</summary>\n<table>\n<thead><tr><th>Kind</th><th>Subject</th><th>Value</th><th>Date</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (Determination d : report.determinations()) {
            sb.append("<tr><td>").append(Texts.html(d.kind())).append("</td><td>").append(Texts.html(d.subject())).append("</td><td>")
                    .append(Texts.html(d.value())).append("</td><td>").append(d.date() == null ? "" : d.date().toString()).append("</td><td>")
                    .append(Texts.html(d.reason())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</details>\n</section>\n");
    }
}
