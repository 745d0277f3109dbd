package org.itut.compliance.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.Origin;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Digests;

/**
 * Writes a {@link Report} as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for code
 * scanning dashboards and audit tools.
 *
 * <ul>
 *   <li>One reporting descriptor per rule evaluated, with its citation, status, default level,
 *       provision-catalogue entries and parameters as help text and properties.</li>
 *   <li>One result per finding. {@code kind} says the outcome ({@code fail}, {@code pass},
 *       {@code notApplicable}; INDETERMINATE is {@code open}: not enough information; PENDING is
 *       {@code informational}: not yet due); {@code level} is {@code error}, {@code warning} or
 *       {@code note} for a VIOLATION, WARNING or INFO failure and {@code none} otherwise.</li>
 *   <li>Each result's location names the subject as a logical location (kind {@code group},
 *       {@code meeting}, {@code document} ...) and, when the fact was read from a file, the file and
 *       line it came from; evidence that names other facts gives related locations.</li>
 *   <li>A partial fingerprint (rule, subject, due date) lets a dashboard follow a finding across runs.</li>
 * </ul>
 * Equal reports give equal text: no timestamps, keys in a fixed order.
 */
public final class ReportSarif {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportSarif() {
    }

    /** The SARIF log of {@code report}; {@code submission} (may be null) locates subjects in the input. */
    public static String write(Report report, Submission submission) {
        try {
            return MAPPER.writeValueAsString(tree(report, submission)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Report report, Submission submission) {
        Subjects subjects = Subjects.of(submission);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "itut-compliance");
        driver.put("version", ComplianceEngine.version());
        driver.put("fullName", "itut-compliance " + ComplianceEngine.version()
                + ": ITU-T working-method procedures (A.1, WTSA Res. 1, A.7, A.8) as rules");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo r : report.rules()) {
            index.put(r.id(), rules.size());
            descriptor(rules.addObject(), r);
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            result(results.addObject(), f, index.get(f.rule()), subjects);
        }
        ObjectNode props = run.putObject("properties");
        props.put("asOf", report.asOf().toString());
        ArrayNode eds = props.putArray("editions");
        for (EditionApplied e : report.editions()) {
            ObjectNode n = eds.addObject();
            n.put("instrument", e.instrument());
            n.put("edition", e.edition());
            n.put("inForceFrom", e.inForceFrom().toString());
            n.put("inForceUntil", e.inForceUntil() == null ? null : e.inForceUntil().toString());
            n.put("textEncoded", e.textEncoded());
        }
        ObjectNode counts = props.putObject("counts");
        report.countByOutcome().forEach((o, c) -> counts.put(o.name(), c));
        return root;
    }

    private static void descriptor(ObjectNode d, RuleInfo r) {
        String citation = Texts.citation(r);
        d.put("id", r.id());
        d.put("name", Texts.camel(r.id()));
        d.putObject("shortDescription").put("text", r.title());
        d.putObject("fullDescription").put("text", r.title() + ". " + citation + ".");
        StringBuilder help = new StringBuilder();
        help.append(r.title()).append(".\n").append("Cites ").append(citation).append(" (").append(r.status().tag())
                .append("). A failure is a ").append(r.level()).append(" by default.");
        StringBuilder md = new StringBuilder();
        md.append("**").append(Texts.md(r.title())).append("**\n\n")
                .append("- Citation: ").append(Texts.md(citation)).append('\n')
                .append("- Status: ").append(r.status().tag()).append('\n')
                .append("- Default level: ").append(r.level()).append('\n');
        if (!r.catalogue().isEmpty()) {
            help.append("\nProvision catalogue: ").append(String.join(", ", r.catalogue())).append('.');
            md.append("- Provision catalogue: ").append(Texts.md(String.join(", ", r.catalogue()))).append('\n');
        }
        if (!r.parameters().isEmpty()) {
            help.append("\nDated parameters read: ").append(String.join(", ", r.parameters())).append('.');
            md.append("- Dated parameters: ").append(Texts.md(String.join(", ", r.parameters()))).append('\n');
        }
        help.append("\nRule file: ").append(r.file()).append(". Details: itut-compliance explain ").append(r.id());
        md.append("- Rule file: `").append(r.file()).append("`\n\nDetails: `itut-compliance explain ").append(r.id()).append('`');
        ObjectNode h = d.putObject("help");
        h.put("text", help.toString());
        h.put("markdown", md.toString());
        d.putObject("defaultConfiguration").put("level", level(r.level()));
        ObjectNode p = d.putObject("properties");
        p.put("instrument", r.instrument());
        p.put("edition", r.edition());
        p.put("clause", r.clause());
        p.put("status", r.status().tag());
        p.put("defaultLevel", r.level().name());
        ArrayNode cat = p.putArray("catalogue");
        r.catalogue().forEach(cat::add);
        ArrayNode params = p.putArray("parameters");
        r.parameters().forEach(params::add);
        p.put("file", r.file());
        ArrayNode tags = p.putArray("tags");
        tags.add(r.instrument());
        tags.add(r.status().tag());
    }

    private static void result(ObjectNode n, Finding f, Integer ruleIndex, Subjects subjects) {
        n.put("ruleId", f.rule());
        if (ruleIndex != null) {
            n.put("ruleIndex", ruleIndex);
        }
        n.put("kind", kind(f.outcome()));
        n.put("level", f.outcome() == Outcome.FAIL ? level(f.level()) : "none");
        n.putObject("message").put("text", Texts.outcome(f) + ": " + f.message() + " (" + f.citation().reference()
                + (f.due() == null ? "" : "; due " + f.due()) + ")");
        Subjects.Subject s = subjects.of(f.subject());
        ObjectNode loc = n.putArray("locations").addObject();
        if (s.origin() != null) {
            loc.set("physicalLocation", physical(s.origin()));
        }
        ObjectNode logical = loc.putArray("logicalLocations").addObject();
        logical.put("name", f.subject());
        logical.put("fullyQualifiedName", (s.group() != null && !s.group().equals(f.subject()) ? s.group() + "/" : "") + f.subject());
        logical.put("kind", s.kind());
        ArrayNode related = null;
        int id = 1;
        for (Map.Entry<String, String> e : f.evidence().entrySet()) {
            for (String value : List.of(e.getValue().split(",\\s*"))) {
                Subjects.Subject ev = subjects.of(value);
                if (!ev.known() || value.equals(f.subject())) {
                    continue;
                }
                if (related == null) {
                    related = n.putArray("relatedLocations");
                }
                ObjectNode r = related.addObject();
                r.put("id", id++);
                if (ev.origin() != null) {
                    r.set("physicalLocation", physical(ev.origin()));
                }
                ObjectNode rl = r.putArray("logicalLocations").addObject();
                rl.put("name", value);
                rl.put("kind", ev.kind());
                r.putObject("message").put("text", "evidence \"" + e.getKey() + "\": " + ev.kind() + " " + value);
            }
        }
        n.putObject("partialFingerprints").put("itutFinding/v1", Digests.sha256(
                (f.rule() + "\u0000" + f.subject() + "\u0000" + f.due()).getBytes(StandardCharsets.UTF_8)));
        ObjectNode p = n.putObject("properties");
        p.put("outcome", f.outcome().name());
        p.put("level", f.level() == null ? null : f.level().name());
        p.put("subject", f.subject());
        p.put("due", f.due() == null ? null : f.due().toString());
        ObjectNode c = p.putObject("citation");
        c.put("reference", f.citation().reference());
        c.put("instrument", f.citation().instrument());
        c.put("edition", f.citation().edition());
        c.put("clause", f.citation().clause());
        c.put("status", f.citation().status().tag());
        c.put("note", f.citation().note());
        ObjectNode ev = p.putObject("evidence");
        f.evidence().forEach(ev::put);
    }

    private static ObjectNode physical(Origin o) {
        ObjectNode p = MAPPER.createObjectNode();
        p.putObject("artifactLocation").put("uri", uri(o.file()));
        if (o.line() > 0) {
            p.putObject("region").put("startLine", o.line());
        }
        return p;
    }

    /** A file name as a URI reference: relative names stay relative (forward slashes, percent-encoded). */
    static String uri(String file) {
        String f = file.replace('\\', '/');
        try {
            Path p = Path.of(file);
            if (p.isAbsolute()) {
                return p.toUri().toString();
            }
        } catch (InvalidPathException e) {
            // not a path on this system: keep it as a relative reference
        }
        try {
            return new URI(null, null, f, null).toASCIIString();
        } catch (URISyntaxException e) {
            return f.replace(" ", "%20");
        }
    }

    static String level(Level l) {
        return switch (l) {
            case VIOLATION -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    static String kind(Outcome o) {
        return switch (o) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NOT_APPLICABLE -> "notApplicable";
            case INDETERMINATE -> "open";
            case PENDING -> "informational";
        };
    }
}
