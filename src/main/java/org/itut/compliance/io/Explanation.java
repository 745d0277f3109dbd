package org.itut.compliance.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import org.itut.compliance.Finding;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Editions;

/**
 * What {@code explain RULE} says: the rule's citation, its paraphrase (title, provision-catalogue
 * entries, interpretation notes), the dated parameters it reads with their value in each edition, the
 * editions of its instrument, and, for a submission, each subject's outcome with the facts behind it.
 */
public final class Explanation {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RuleCatalogue.Entry entry;
    private final List<String> fileNotes;
    private final List<Editions.Edition> editions;
    private final Report report;
    private final Subjects subjects;
    private final String inputDescription;

    /**
     * @param entry            the rule
     * @param fileNotes        interpretation notes written for the rule's whole file
     * @param editions         the registered editions of the rule's instrument (empty for terms of reference)
     * @param report           the evaluation of {@code submission}
     * @param submission       the facts evaluated
     * @param inputDescription what the facts are, e.g. {@code bundled register, 30 facts}
     */
    public Explanation(RuleCatalogue.Entry entry, List<String> fileNotes, List<Editions.Edition> editions, Report report,
                       Submission submission, String inputDescription) {
        this.entry = entry;
        this.fileNotes = List.copyOf(fileNotes);
        this.editions = List.copyOf(editions);
        this.report = report;
        this.subjects = Subjects.of(submission);
        this.inputDescription = inputDescription;
    }

    /**
     * The rule's findings.
     *
     * @return its findings in the report, in report order
     */
    public List<Finding> findings() {
        return report.findingsOf(entry.id());
    }

    /**
     * The explanation as {@code explain} prints it: the rule, its citation, paraphrase, parameters and notes, then
     * each subject's outcome with the facts behind it.
     *
     * @return the text, lines ending with the platform's line separator
     */
    public String text() {
        String nl = System.lineSeparator();
        RuleInfo r = entry.info();
        StringBuilder sb = new StringBuilder();
        sb.append(r.id()).append(nl).append("  ").append(r.title()).append(nl).append(nl);
        row(sb, "Citation", entry.citation() + " (" + r.status().tag() + ")");
        row(sb, "Default level", r.level() + " for a failure");
        row(sb, "Catalogue", r.catalogue().isEmpty() ? "none" : String.join(", ", r.catalogue()));
        if (!editions.isEmpty()) {
            List<String> eds = new ArrayList<>();
            for (Editions.Edition e : editions) {
                eds.add(e.label() + " from " + e.from() + (e.encoded() ? "" : e.carriedForward() != null
                        ? " (text not encoded; " + e.carriedForward() + " text applied)" : " (text not encoded)"));
            }
            row(sb, "Editions", String.join("; ", eds));
            row(sb, "", "each act is judged under the edition in force on its date");
        }
        if (r.parameters().isEmpty()) {
            row(sb, "Parameters", "none");
        } else {
            boolean first = true;
            for (String name : r.parameters()) {
                List<RuleCatalogue.ParameterValue> vs = entry.parameterValues().stream().filter(v -> v.name().equals(name)).toList();
                if (vs.isEmpty()) {
                    row(sb, first ? "Parameters" : "", name + ": no value configured");
                }
                for (RuleCatalogue.ParameterValue v : vs) {
                    row(sb, first ? "Parameters" : "", name + " = " + v.value() + " in " + v.edition() + " (clause " + v.clause() + ")"
                            + (v.note().isEmpty() ? "" : ": " + v.note()));
                    first = false;
                }
                first = false;
            }
        }
        row(sb, "Rule file", r.file() + (entry.line() > 0 ? ":" + entry.line() : ""));
        List<String> notes = new ArrayList<>(entry.interpretations());
        notes.addAll(fileNotes);
        if (!notes.isEmpty()) {
            sb.append("Interpretations:").append(nl);
            notes.forEach(n -> sb.append("  - ").append(n).append(nl));
        }
        List<Finding> findings = findings();
        sb.append(nl).append("Outcomes for ").append(inputDescription).append(", as of ").append(report.asOf()).append(':').append(nl);
        if (findings.isEmpty()) {
            sb.append("  none: nothing in the submission is subject to this rule.").append(nl);
            return sb.toString();
        }
        for (Finding f : findings) {
            sb.append(nl).append("  ").append(f.subject()).append("  ").append(Texts.outcome(f));
            if (f.due() != null) {
                sb.append("  due ").append(f.due());
            }
            sb.append(nl).append("      ").append(f.message()).append(nl);
            sb.append("      cited as ").append(f.citation().reference()).append(" · ").append(f.citation().status().tag());
            if (!f.citation().note().isEmpty()) {
                sb.append(" · ").append(f.citation().note());
            }
            sb.append(nl);
            Subjects.Subject s = subjects.of(f.subject());
            if (s.origin() != null) {
                sb.append("      ").append(s.kind()).append(" read from ").append(s.origin()).append(nl);
            }
            if (!f.evidence().isEmpty()) {
                sb.append("      evidence:").append(nl);
                f.evidence().forEach((k, v) -> {
                    sb.append("        ").append(k).append(" = ").append(v);
                    Subjects.Subject ev = subjects.of(v);
                    if (ev.known() && ev.origin() != null && !v.equals(f.subject())) {
                        sb.append("  (").append(ev.kind()).append(", ").append(ev.origin().file()).append(':').append(ev.origin().line()).append(')');
                    }
                    sb.append(nl);
                });
            }
        }
        sb.append(nl).append("  ").append(ReportText.summary(new Report(report.asOf(), findings, List.of(), List.of(), List.of())))
                .append(nl);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-15s %s", label.isEmpty() ? "" : label + ":", value)).append(System.lineSeparator());
    }

    /**
     * The explanation as {@code explain --format json} writes it, shape {@code itut-compliance/explanation/v1}.
     *
     * @return the JSON text
     */
    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "itut-compliance/explanation/v1");
        root.set("rule", RuleCatalogue.entryTree(entry));
        ArrayNode fn = root.putArray("fileInterpretations");
        fileNotes.forEach(fn::add);
        ArrayNode eds = root.putArray("editions");
        for (Editions.Edition e : editions) {
            ObjectNode n = eds.addObject();
            n.put("edition", e.edition());
            n.put("label", e.label());
            n.put("from", e.from().toString());
            n.put("encoded", e.encoded());
            n.put("carriedForward", e.carriedForward());
        }
        root.put("input", inputDescription);
        root.put("asOf", report.asOf().toString());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : findings()) {
            ObjectNode n = findings.addObject();
            ReportJson.finding(n, f);
            Subjects.Subject s = subjects.of(f.subject());
            n.put("subjectKind", s.kind());
            if (s.origin() != null) {
                ObjectNode o = n.putObject("origin");
                o.put("file", s.origin().file());
                o.put("line", s.origin().line());
                o.put("path", s.origin().path());
            } else {
                n.putNull("origin");
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
