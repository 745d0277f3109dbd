package org.itut.compliance.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.Origin;
import org.itut.compliance.facts.Submission;

/**
 * Writes a {@link Report} as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for GitHub
 * code scanning and other dashboards and audit tools. See {@code docs/auditing.md}.
 *
 * <ul>
 *   <li>One reporting descriptor per rule evaluated, with its citation, status, default level,
 *       provision-catalogue entries and parameters as help text and properties, and {@code helpUri},
 *       its page in {@code docs/rules/}.</li>
 *   <li>By default one result per failure: a dashboard shows every result as an alert, and a pass is not
 *       one. {@link Options#allOutcomes()} adds the other findings, whose {@code kind} says what they are
 *       ({@code pass}, {@code notApplicable}; INDETERMINATE is {@code open}: not enough information to
 *       decide; PENDING is {@code informational}: not yet due) and whose {@code level} is {@code none}.
 *       A failure's level is {@code error}, {@code warning} or {@code note} for a VIOLATION, WARNING or
 *       INFO.</li>
 *   <li>Each result has a physical location, the file and line of the fact it is about (see
 *       {@link Subjects#locate}), and a logical location naming the subject; evidence that names other
 *       facts read from files gives related locations.</li>
 *   <li>{@code partialFingerprints} are unique in the run and stable across runs (rule, subject, due
 *       date and the evidence that names what the finding is about; see {@link FindingKeys}).</li>
 * </ul>
 * Equal reports give equal text: no timestamps, keys in a fixed order.
 */
public final class ReportSarif {
    /** The OASIS SARIF 2.1.0 schema (errata 01), which the test suite validates every log against. */
    public static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /**
     * Where the tool is described ({@code informationUri}): the project's home, the {@code <url>} of its
     * pom, which the build writes into the library ({@code library.properties}).
     */
    public static final String INFORMATION_URI = projectUrl();
    /**
     * The default base of each rule's {@code helpUri}: the folder of the generated rule pages
     * ({@code docs/rules/}) under {@link #INFORMATION_URI}. A rule's page is its rule folder's page, its
     * anchor the rule id. {@link Options#withRuleDocs} (the CLI's {@code --rule-docs-uri}) replaces it.
     */
    public static final String RULE_DOCS = INFORMATION_URI + "/blob/main/docs/rules/";
    /** The key of {@code partialFingerprints}; v2 since fingerprints tell apart findings that share rule, subject and due date. */
    public static final String FINGERPRINT = "itutFinding/v2";

    private static final ObjectMapper MAPPER = Texts.jsonMapper();
    /** Related locations per result at most: GitHub code scanning shows 100 locations of a result. */
    static final int MAX_RELATED = 100;

    /**
     * What to write.
     *
     * @param allOutcomes also write the findings that are not failures, as results of kind {@code pass},
     *                    {@code notApplicable}, {@code open} or {@code informational}
     * @param ruleDocs    an absolute URI, ending with {@code /}, under which the rule pages of {@code docs/rules/} are published
     */
    public record Options(boolean allOutcomes, String ruleDocs) {
        /**
         * Checks the base of the rule pages, and ends it with {@code /}.
         *
         * @param allOutcomes also write the findings that are not failures
         * @param ruleDocs    an absolute URI under which the rule pages are published
         * @throws IllegalArgumentException when {@code ruleDocs} is not an absolute URI
         */
        public Options {
            Objects.requireNonNull(ruleDocs, "ruleDocs");
            URI u = URI.create(ruleDocs);
            if (!u.isAbsolute()) {
                throw new IllegalArgumentException("the rule documentation base must be an absolute URI, e.g. " + RULE_DOCS + ": " + ruleDocs);
            }
            ruleDocs = ruleDocs.endsWith("/") ? ruleDocs : ruleDocs + "/";
        }

        /**
         * The default options.
         *
         * @return failures only; rule pages under {@link #RULE_DOCS}
         */
        public static Options defaults() {
            return new Options(false, RULE_DOCS);
        }

        /**
         * These options, with or without the findings that are not failures.
         *
         * @param all whether to write every finding as a result
         * @return the options
         */
        public Options withAllOutcomes(boolean all) {
            return new Options(all, ruleDocs);
        }

        /**
         * These options, with the rule pages published elsewhere (the CLI's {@code --rule-docs-uri}).
         *
         * @param base an absolute URI under which the rule pages of {@code docs/rules/} are published
         * @return the options
         * @throws IllegalArgumentException when {@code base} is not an absolute URI
         */
        public Options withRuleDocs(String base) {
            return new Options(allOutcomes, base);
        }
    }

    private ReportSarif() {
    }

    /** The pom's {@code <url>}, as the build wrote it; a library built without it cannot say where it lives. */
    private static String projectUrl() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Resources.open("library.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the library resource library.properties", e);
        }
        String url = p.getProperty("url", "");
        if (url.isBlank() || url.contains("${")) {
            throw new IllegalStateException("library.properties names no project url (" + url
                    + "): the library was not built by its pom's resource filtering");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The SARIF log of a report, with the default options.
     *
     * @param report     the report
     * @param submission the facts evaluated, to locate the findings in the input (may be null)
     * @return the log's JSON text
     */
    public static String write(Report report, Submission submission) {
        return write(report, submission, Options.defaults());
    }

    /**
     * The SARIF log of a report.
     *
     * @param report     the report
     * @param submission the facts evaluated, to locate the findings in the input (may be null)
     * @param options    what to write
     * @return the log's JSON text, ending with the platform's line separator
     */
    public static String write(Report report, Submission submission, Options options) {
        try {
            return MAPPER.writeValueAsString(tree(report, submission, options)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SARIF log of a report, as a tree.
     *
     * @param report     the report
     * @param submission the facts evaluated, to locate the findings in the input (may be null)
     * @param options    what to write
     * @return the log
     */
    public static ObjectNode tree(Report report, Submission submission, Options options) {
        Subjects subjects = Subjects.of(submission);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "itut-compliance");
        driver.put("version", ComplianceEngine.version());
        if (ComplianceEngine.version().matches("^[0-9]+\\.[0-9]+\\.[0-9]+.*")) {
            driver.put("semanticVersion", ComplianceEngine.version());
        }
        driver.put("fullName", "itut-compliance " + ComplianceEngine.version()
                + ": ITU-T working-method procedures (A.1, WTSA Res. 1, A.7, A.8) as rules");
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo r : report.rules()) {
            index.put(r.id(), rules.size());
            descriptor(rules.addObject(), r, options);
        }
        ArrayNode results = run.putArray("results");
        List<FindingKeys.Key> keys = FindingKeys.of(report.findings());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            if (options.allOutcomes() || f.outcome() == Outcome.FAIL) {
                result(results.addObject(), f, keys.get(i), index.get(f.rule()), subjects);
            }
        }
        ObjectNode props = run.putObject("properties");
        props.put("asOf", report.asOf().toString());
        props.put("results", options.allOutcomes() ? "every finding" : "failures only");
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

    /** The page of a rule under {@code base}: its rule folder's page of {@code docs/rules/}, anchored at its id. */
    static String helpUri(String base, RuleInfo r) {
        String f = r.file() == null ? "" : r.file().replaceFirst("^rules/", "");
        int slash = f.lastIndexOf('/');
        String page = (slash < 0 ? "README" : f.substring(0, slash).replace('/', '-')) + ".md";
        return base + page + "#" + fragment(r.id());
    }

    private static String fragment(String id) {
        StringBuilder sb = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    private static void descriptor(ObjectNode d, RuleInfo r, Options options) {
        String citation = Texts.citation(r);
        d.put("id", r.id());
        d.put("name", Texts.camel(r.id()));
        d.putObject("shortDescription").put("text", Texts.shorten(r.title(), 1024));
        d.putObject("fullDescription").put("text", Texts.shorten(r.title() + ". Cites " + citation + " (" + r.status().tag()
                + "); a failure is a " + r.level() + " by default"
                + (r.catalogue().isEmpty() ? "" : "; provision catalogue " + String.join(", ", r.catalogue())) + ".", 1024));
        d.put("helpUri", helpUri(options.ruleDocs(), r));
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

    private static void result(ObjectNode n, Finding f, FindingKeys.Key key, Integer ruleIndex, Subjects subjects) {
        n.put("ruleId", f.rule());
        if (ruleIndex != null) {
            n.put("ruleIndex", ruleIndex);
        }
        n.put("kind", kind(f.outcome()));
        n.put("level", f.outcome() == Outcome.FAIL ? level(f.level()) : "none");
        Optional<Subjects.Location> at = subjects.locate(f);
        n.putObject("message").put("text", Texts.outcome(f) + ": " + f.message() + " (" + f.citation().reference()
                + (f.due() == null ? "" : "; due " + f.due()) + ")"
                + at.filter(l -> !l.fact().equals(f.subject())).map(l -> " [located at " + l.fact() + ", which it concerns]").orElse(""));
        Subjects.Subject s = subjects.of(f.subject());
        ObjectNode loc = n.putArray("locations").addObject();
        at.ifPresent(l -> loc.set("physicalLocation", physical(l.origin())));
        ObjectNode logical = loc.putArray("logicalLocations").addObject();
        logical.put("name", f.subject());
        logical.put("fullyQualifiedName", (s.group() != null && !s.group().equals(f.subject()) ? s.group() + "/" : "") + f.subject());
        logical.put("kind", s.kind());
        ArrayNode related = null;
        int id = 1;
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> e : f.evidence().entrySet()) {
            List<String> values = new ArrayList<>(List.of(e.getValue()));
            values.addAll(List.of(e.getValue().split(",\\s*")));
            for (String value : values) {
                Subjects.Subject ev = subjects.of(value);
                // Only facts read from files: a consumer such as GitHub code scanning needs a file for every location.
                if (ev.origin() == null || value.equals(f.subject()) || !seen.add(value) || id > MAX_RELATED) {
                    continue;
                }
                if (related == null) {
                    related = n.putArray("relatedLocations");
                }
                ObjectNode r = related.addObject();
                r.put("id", id++);
                r.set("physicalLocation", physical(ev.origin()));
                ObjectNode rl = r.putArray("logicalLocations").addObject();
                rl.put("name", value);
                rl.put("kind", ev.kind());
                r.putObject("message").put("text", "evidence \"" + e.getKey() + "\": " + ev.kind() + " " + value);
            }
        }
        n.putObject("partialFingerprints").put(FINGERPRINT, key.fingerprint());
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
        p.put("key", key.detail());
        at.ifPresent(l -> p.put("locatedAt", l.fact()));
    }

    private static ObjectNode physical(Origin o) {
        ObjectNode p = MAPPER.createObjectNode();
        p.putObject("artifactLocation").put("uri", uri(o.file()));
        // A line is always given: code scanning places an alert on one. A fact whose line is unknown is shown at the top.
        p.putObject("region").put("startLine", Math.max(1, o.line()));
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
        // A first segment with a colon would read as a URI scheme.
        int colon = f.indexOf(':');
        if (colon >= 0 && (f.indexOf('/') < 0 || colon < f.indexOf('/'))) {
            f = "./" + f;
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
