package org.itut.compliance.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Optional;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Determination;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;
import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;

/**
 * Writes a {@link Report} as JSON in the documented, versioned shape {@value Report#SCHEMA} (see
 * {@code docs/report-format.md}). Keys are written in a fixed order, so equal reports give equal text.
 * Each finding carries the file and line of the fact it is about ({@link Subjects#locate}, the locator
 * SARIF uses), or {@code null} when the facts were not read from files.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = Texts.jsonMapper();

    private ReportJson() {
    }

    /**
     * The report as JSON, without locations.
     *
     * @param report the report
     * @return the JSON text, every {@code location} null
     */
    public static String write(Report report) {
        return write(report, null);
    }

    /**
     * The report as JSON.
     *
     * @param report     the report
     * @param submission the facts evaluated, to locate each finding in the input; {@code null} for no locations
     * @return the JSON text, ending with the platform's line separator
     */
    public static String write(Report report, Submission submission) {
        try {
            return MAPPER.writeValueAsString(tree(report, submission)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report's JSON tree, without locations.
     *
     * @param report the report
     * @return the tree, keys in the documented order
     */
    public static ObjectNode tree(Report report) {
        return tree(report, null);
    }

    /**
     * The report's JSON tree.
     *
     * @param report     the report
     * @param submission the facts evaluated, to locate each finding; {@code null} for no locations
     * @return the tree, keys in the documented order
     */
    public static ObjectNode tree(Report report, Submission submission) {
        Subjects subjects = Subjects.of(submission);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Report.SCHEMA);
        root.put("library", ComplianceEngine.version());
        root.put("asOf", report.asOf().toString());
        ArrayNode editions = root.putArray("editions");
        for (EditionApplied e : report.editions()) {
            ObjectNode n = editions.addObject();
            n.put("instrument", e.instrument());
            n.put("edition", e.edition());
            n.put("inForceFrom", e.inForceFrom().toString());
            if (e.inForceUntil() == null) {
                n.putNull("inForceUntil");
            } else {
                n.put("inForceUntil", e.inForceUntil().toString());
            }
            n.put("textEncoded", e.textEncoded());
            n.put("textApplied", e.textApplied());
            n.put("applied", e.applied());
            n.put("inForceOnAsOf", e.inForceOnAsOf());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("rules", report.rules().size());
        summary.put("findings", report.findings().size());
        report.countByOutcome().forEach((o, c) -> summary.put(o.name(), c));
        ObjectNode levels = summary.putObject("failures");
        report.countByLevel().forEach((l, c) -> levels.put(l.name(), c));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            finding(findings.addObject(), f, subjects);
        }
        ArrayNode dets = root.putArray("determinations");
        for (Determination d : report.determinations()) {
            ObjectNode n = dets.addObject();
            n.put("kind", d.kind());
            n.put("subject", d.subject());
            n.put("value", d.value());
            n.put("reason", d.reason());
            if (d.date() == null) {
                n.putNull("date");
            } else {
                n.put("date", d.date().toString());
            }
            ObjectNode details = n.putObject("details");
            d.details().forEach(details::put);
        }
        return root;
    }

    static void finding(ObjectNode n, Finding f) {
        n.put("rule", f.rule());
        n.put("outcome", f.outcome().name());
        if (f.level() == null) {
            n.putNull("level");
        } else {
            n.put("level", f.level().name());
        }
        n.put("subject", f.subject());
        n.put("message", f.message());
        ObjectNode c = n.putObject("citation");
        c.put("instrument", f.citation().instrument());
        c.put("edition", f.citation().edition());
        c.put("clause", f.citation().clause());
        c.put("title", f.citation().title());
        c.put("status", f.citation().status().tag());
        c.put("note", f.citation().note());
        c.put("textApplied", f.citation().textApplied());
        ObjectNode ev = n.putObject("evidence");
        for (Map.Entry<String, String> e : f.evidence().entrySet()) {
            ev.put(e.getKey(), e.getValue());
        }
        if (f.due() == null) {
            n.putNull("due");
        } else {
            n.put("due", f.due().toString());
        }
    }

    /** A finding with its {@code location}: the fact located, its file, line and path in the file, or null. */
    static void finding(ObjectNode n, Finding f, Subjects subjects) {
        finding(n, f);
        Optional<Subjects.Location> at = subjects.locate(f);
        if (at.isEmpty()) {
            n.putNull("location");
        } else {
            ObjectNode l = n.putObject("location");
            l.put("fact", at.get().fact());
            l.put("file", at.get().origin().file());
            l.put("line", at.get().origin().line());
            l.put("path", at.get().origin().path());
        }
    }

}
