package org.itut.compliance.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Report;
import org.itut.compliance.internal.Digests;
import org.itut.compliance.internal.Engine;
import org.itut.compliance.internal.EngineAccess;

/**
 * The evaluation record {@code check --record FILE} writes: enough to replay an audit later and to
 * tell whether anything changed — the library version, the SHA-256 of the rule set and of the
 * parameters, every input file with its SHA-256, the as-of date, the editions applied, the counts and
 * the SHA-256 of the report itself. It holds no timestamp, so the same evaluation gives the same
 * record byte for byte. The shape is documented in {@code docs/evaluation-record.md}.
 */
public final class EvaluationRecord {
    /** The version of the record's shape. */
    public static final String SCHEMA = "itut-compliance/evaluation-record/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    /**
     * What was read.
     *
     * @param source {@code bundled register} or {@code files}
     * @param paths  the paths as given (empty for the bundled register)
     * @param files  every file read, with its hash
     * @param facts  how many facts were read
     */
    public record Inputs(String source, List<String> paths, List<InputFiles.InputFile> files, int facts) {
        /**
         * Checks what one {@code Inputs} can check on its own (a failure throws
         * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); and copies
         * the collections, so that the record never changes.
         *
         * @param source {@code bundled register} or {@code files}
         * @param paths  the paths as given (empty for the bundled register)
         * @param files  every file read, with its hash
         * @param facts  how many facts were read
         */
        public Inputs {
            Objects.requireNonNull(source, "source");
            paths = List.copyOf(paths);
            files = List.copyOf(files);
        }
    }

    private EvaluationRecord() {
    }

    /**
     * The record of one evaluation.
     *
     * @param engine             the engine that evaluated
     * @param report             the report, as written (after any filter)
     * @param inputs             what was read
     * @param parametersOverride the override directory as given, or {@code null}
     * @param arguments          the command's arguments that decide the report (the {@code --record} option left out)
     * @param exitCode           the exit code the command returns
     * @return the record, its keys in the documented order
     */
    public static ObjectNode tree(ComplianceEngine engine, Report report, Inputs inputs, String parametersOverride,
                                  List<String> arguments, int exitCode) {
        Engine e = EngineAccess.of(engine);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("library", ComplianceEngine.version());
        root.put("asOf", report.asOf().toString());
        ArrayNode args = root.putArray("arguments");
        arguments.forEach(args::add);
        ObjectNode in = root.putObject("input");
        in.put("source", inputs.source());
        ArrayNode paths = in.putArray("paths");
        inputs.paths().forEach(paths::add);
        in.put("facts", inputs.facts());
        ArrayNode files = in.putArray("files");
        for (InputFiles.InputFile f : inputs.files()) {
            ObjectNode n = files.addObject();
            n.put("file", f.file());
            n.put("sha256", f.sha256());
            n.put("bytes", f.bytes());
        }
        ObjectNode rules = root.putObject("ruleSet");
        rules.put("sha256", e.rules().sha256());
        rules.put("files", e.rules().files().size());
        rules.put("rules", e.catalogue().size());
        rules.put("derivations", e.rules().metas().stream().filter(m -> m.derivation()).count());
        ObjectNode params = root.putObject("parameters");
        params.put("sha256", e.parameters().sha256());
        params.put("override", parametersOverride);
        ArrayNode pf = params.putArray("files");
        for (Map.Entry<String, String> f : e.parameters().fileDigests().entrySet()) {
            ObjectNode n = pf.addObject();
            n.put("name", f.getKey());
            n.put("sha256", f.getValue());
        }
        ArrayNode eds = root.putArray("editions");
        for (EditionApplied ed : report.editions()) {
            ObjectNode n = eds.addObject();
            n.put("instrument", ed.instrument());
            n.put("edition", ed.edition());
            n.put("textEncoded", ed.textEncoded());
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("rules", report.rules().size());
        counts.put("findings", report.findings().size());
        report.countByOutcome().forEach((o, c) -> counts.put(o.name(), c));
        ObjectNode failures = counts.putObject("failures");
        report.countByLevel().forEach((l, c) -> failures.put(l.name(), c));
        counts.put("determinations", report.determinations().size());
        ObjectNode rep = root.putObject("report");
        rep.put("schema", Report.SCHEMA);
        rep.put("sha256", reportSha256(report));
        root.put("exitCode", exitCode);
        return root;
    }

    /**
     * The record as the file {@code --record} writes: indented JSON ending with a newline.
     *
     * @param record a record made by {@link #tree}
     * @return its text
     */
    public static String write(ObjectNode record) {
        try {
            return MAPPER.writeValueAsString(record) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The SHA-256 of a report: of its JSON (as {@code check --format json} writes it) without the
     * {@code library} key, serialised compactly in UTF-8. Equal findings, determinations, rules and
     * editions give equal hashes whatever the library version.
     *
     * @param report the report
     * @return the hash, as lower-case hexadecimal
     */
    public static String reportSha256(Report report) {
        ObjectNode tree = ReportJson.tree(report);
        tree.remove("library");
        try {
            return Digests.sha256(COMPACT.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Reads a record written by {@link #write}.
     *
     * @param file the record's file
     * @return the record
     * @throws IOException when the file cannot be read, is not JSON, or is not an evaluation record of this shape
     */
    public static JsonNode read(Path file) throws IOException {
        JsonNode n = MAPPER.readTree(file.toFile());
        if (n == null || !SCHEMA.equals(n.path("schema").asText())) {
            throw new IOException(file + ": not an evaluation record (expected \"schema\": \"" + SCHEMA + "\")");
        }
        return n;
    }

    /**
     * What differs between two records, as readable lines; empty when the evaluation reproduces.
     * Compares the library version, rule set, parameters, input files, as-of date, counts, report hash
     * and exit code.
     *
     * @param recorded the record of the evaluation as it was
     * @param replayed the record of the same evaluation run again
     * @return one line per difference, in the order above
     */
    public static List<String> differences(JsonNode recorded, JsonNode replayed) {
        List<String> out = new ArrayList<>();
        same(out, "library version", recorded.path("library"), replayed.path("library"));
        same(out, "as-of date", recorded.path("asOf"), replayed.path("asOf"));
        same(out, "rule set (sha256)", recorded.path("ruleSet").path("sha256"), replayed.path("ruleSet").path("sha256"));
        same(out, "parameters (sha256)", recorded.path("parameters").path("sha256"), replayed.path("parameters").path("sha256"));
        Map<String, String> before = files(recorded);
        Map<String, String> after = files(replayed);
        for (Map.Entry<String, String> f : before.entrySet()) {
            String now = after.get(f.getKey());
            if (now == null) {
                out.add("input file " + f.getKey() + ": read then, not read now");
            } else if (!now.equals(f.getValue())) {
                out.add("input file " + f.getKey() + ": changed (sha256 " + shortHash(f.getValue()) + " then, " + shortHash(now) + " now)");
            }
        }
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> out.add("input file " + k + ": read now, not then"));
        for (Iterator<String> it = recorded.path("counts").fieldNames(); it.hasNext(); ) {
            String k = it.next();
            same(out, "count " + k, recorded.path("counts").path(k), replayed.path("counts").path(k));
        }
        same(out, "report (sha256)", recorded.path("report").path("sha256"), replayed.path("report").path("sha256"));
        same(out, "exit code", recorded.path("exitCode"), replayed.path("exitCode"));
        return out;
    }

    /**
     * How the inputs a record names differ from what is on disk now: each fact file changed, gone or
     * new (a directory's files are listed again), and each {@code --parameters} override file changed,
     * gone or new; empty when every input is as recorded. A replay of changed inputs would be another
     * evaluation, not the recorded one, so {@code replay} refuses it and names these files.
     *
     * @param recorded the record
     * @return one line per input file changed, gone or new
     */
    public static List<String> inputChanges(JsonNode recorded) {
        List<String> out = new ArrayList<>();
        Map<String, String> now = new java.util.LinkedHashMap<>();
        JsonNode in = recorded.path("input");
        try {
            List<InputFiles.InputFile> current = "bundled register".equals(in.path("source").asText()) ? InputFiles.register()
                    : InputFiles.of(paths(in.path("paths")));
            current.forEach(f -> now.put(f.file(), f.sha256()));
        } catch (IOException | java.io.UncheckedIOException e) {
            out.add("input files: cannot be read now: " + e.getMessage());
            return out;
        }
        compare(out, "input file ", files(recorded), now);
        JsonNode override = recorded.path("parameters").path("override");
        Map<String, String> then = new java.util.LinkedHashMap<>();
        recorded.path("parameters").path("files").forEach(f -> {
            if (f.path("name").asText().startsWith("override/")) {
                then.put(f.path("name").asText(), f.path("sha256").asText());
            }
        });
        if (override.isTextual()) {
            Path dir = Path.of(override.asText());
            Map<String, String> params = new java.util.LinkedHashMap<>();
            try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    params.put("override/" + dir.relativize(p).toString().replace('\\', '/'), Digests.sha256(Files.readAllBytes(p)));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                out.add("parameter directory " + dir + ": cannot be read now: " + e.getMessage());
                return out;
            }
            Map<String, String> shown = new java.util.LinkedHashMap<>();
            then.forEach((k, v) -> shown.put(dir.resolve(k.substring("override/".length())).toString(), v));
            Map<String, String> shownNow = new java.util.LinkedHashMap<>();
            params.forEach((k, v) -> shownNow.put(dir.resolve(k.substring("override/".length())).toString(), v));
            compare(out, "parameter file ", shown, shownNow);
        }
        return out;
    }

    private static List<Path> paths(JsonNode paths) {
        List<Path> out = new ArrayList<>();
        paths.forEach(p -> out.add(Path.of(p.asText())));
        return out;
    }

    private static void compare(List<String> out, String what, Map<String, String> before, Map<String, String> after) {
        for (Map.Entry<String, String> f : before.entrySet()) {
            String now = after.get(f.getKey());
            if (now == null) {
                out.add(what + f.getKey() + ": read then, gone now");
            } else if (!now.equals(f.getValue())) {
                out.add(what + f.getKey() + ": changed (sha256 " + shortHash(f.getValue()) + " then, " + shortHash(now) + " now)");
            }
        }
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> out.add(what + k + ": new, not read then"));
    }

    private static Map<String, String> files(JsonNode record) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        record.path("input").path("files").forEach(f -> m.put(f.path("file").asText(), f.path("sha256").asText()));
        return m;
    }

    private static void same(List<String> out, String what, JsonNode then, JsonNode now) {
        if (!then.equals(now)) {
            String a = then.isValueNode() ? then.asText() : then.toString();
            String b = now.isValueNode() ? now.asText() : now.toString();
            if (what.contains("sha256")) {
                a = shortHash(a);
                b = shortHash(b);
            }
            out.add(what + ": " + a + " then, " + b + " now");
        }
    }

    private static String shortHash(String h) {
        return h.length() > 12 ? h.substring(0, 12) + "…" : h;
    }
}
