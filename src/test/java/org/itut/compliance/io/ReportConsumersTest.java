package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The SARIF and JUnit XML of the register as their consumers read them: SARIF against the official OASIS
 * SARIF 2.1.0 schema and the constraints GitHub code scanning documents; JUnit XML against Jenkins'
 * {@code junit-10.xsd}, and grouped as Jenkins groups it. The schemas are vendored under
 * {@code src/test/resources/schemas/} (see the README there for their sources and licences).
 */
class ReportConsumersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Submission register;
    private static Report report;
    private static JsonSchema sarifSchema;
    private static Schema junitSchema;

    @BeforeAll
    static void load() throws Exception {
        register = ReportFixtures.register();
        report = TestEngine.get().evaluate(register, ReportFixtures.AS_OF);
        try (InputStream in = ReportConsumersTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        junitSchema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ReportConsumersTest.class.getResource("/schemas/junit-10.xsd"));
    }

    @Test
    void should_write_register_sarif_valid_against_the_oasis_schema_and_acceptable_to_code_scanning() throws Exception {
        for (ReportSarif.Options options : List.of(ReportSarif.Options.defaults(), ReportSarif.Options.defaults().withAllOutcomes(true))) {
            // GIVEN the register WHEN written as SARIF
            String text = ReportSarif.write(report, register, options);
            JsonNode log = JSON.readTree(text);
            // THEN it is valid SARIF 2.1.0
            assertThat(schemaErrors(log)).as("SARIF schema errors (allOutcomes=%s)", options.allOutcomes()).isEmpty();
            // and code scanning takes it
            List<String> problems = codeScanningProblems(log, text);
            assertThat(problems).as("GitHub code scanning constraints").isEmpty();
            JsonNode results = log.path("runs").get(0).path("results");
            if (options.allOutcomes()) {
                assertThat(results.size()).isEqualTo(report.findings().size());
            } else {
                // and by default only failures are results: code scanning shows every result as an alert
                assertThat(results.size()).isEqualTo(report.findings(Outcome.FAIL).size());
                results.forEach(r -> assertThat(r.path("kind").asText()).isEqualTo("fail"));
            }
        }
    }

    @Test
    void should_catch_what_the_schemas_and_code_scanning_refuse() throws Exception {
        // GIVEN a valid log, spoiled: a wrong version, a result without a file location, two results sharing a fingerprint
        String text = ReportSarif.write(report, register, ReportSarif.Options.defaults().withAllOutcomes(true));
        com.fasterxml.jackson.databind.node.ObjectNode log = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(text);
        JsonNode results = log.path("runs").get(0).path("results");
        ((com.fasterxml.jackson.databind.node.ObjectNode) results.get(0).path("locations").get(0)).remove("physicalLocation");
        ((com.fasterxml.jackson.databind.node.ObjectNode) results.get(1)).set("partialFingerprints", results.get(2).path("partialFingerprints"));
        log.put("version", "2.0.0");
        // WHEN checked THEN each is caught
        assertThat(schemaErrors(log)).isNotEmpty();
        assertThat(codeScanningProblems(log, text)).anyMatch(x -> x.contains("version"))
                .anyMatch(x -> x.contains("without file or start line")).anyMatch(x -> x.contains("fingerprint shared"));
        // and an attribute junit-10.xsd does not know is an error
        assertThat(xsdErrors("<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\">"
                + "<testcase name=\"x\" file=\"f.yaml\"/></testsuite></testsuites>")).isNotEmpty();
    }

    @Test
    void should_write_fixture_sarif_valid_against_the_oasis_schema() throws Exception {
        // GIVEN the fixture report (duties met, missed, pending and not determined) WHEN written with every finding
        JsonNode log = JSON.readTree(ReportSarif.write(ReportFixtures.withDuties(register), register,
                ReportSarif.Options.defaults().withAllOutcomes(true)));
        // THEN it is valid SARIF with every kind
        assertThat(schemaErrors(log)).isEmpty();
        Set<String> kinds = new HashSet<>();
        log.path("runs").get(0).path("results").forEach(r -> kinds.add(r.path("kind").asText()));
        assertThat(kinds).contains("fail", "pass", "open", "informational", "notApplicable");
    }

    @Test
    void should_keep_fingerprints_when_the_facts_move_to_other_lines(@TempDir Path dir) throws Exception {
        // GIVEN the register, and a copy of it whose every fact is three lines further down
        for (String name : Resources.list(FactReader.REGISTER, f -> f.endsWith(".yaml"))) {
            String yaml = new String(Resources.read(FactReader.REGISTER + "/" + name), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name), "# moved\n# down\n# three lines\n" + yaml, StandardCharsets.UTF_8);
        }
        Submission moved = FactReader.read(List.of(dir));
        Report again = TestEngine.get().evaluate(moved, ReportFixtures.AS_OF);
        ReportSarif.Options all = ReportSarif.Options.defaults().withAllOutcomes(true);
        // WHEN both are written as SARIF
        Map<String, JsonNode> before = byFingerprint(JSON.readTree(ReportSarif.write(report, register, all)));
        Map<String, JsonNode> after = byFingerprint(JSON.readTree(ReportSarif.write(again, moved, all)));
        // THEN each finding keeps its fingerprint though its line changed
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((fp, r) -> {
            JsonNode other = after.get(fp);
            assertThat(other.path("ruleId").asText()).isEqualTo(r.path("ruleId").asText());
            assertThat(line(other)).isEqualTo(line(r) + 3);
        });
    }

    @Test
    void should_give_every_rule_a_help_uri_to_its_page_in_docs_rules() throws Exception {
        JsonNode rules = JSON.readTree(ReportSarif.write(report, register)).path("runs").get(0).path("tool").path("driver").path("rules");
        Path docs = Path.of("docs", "rules");
        for (JsonNode r : rules) {
            String uri = r.path("helpUri").asText();
            assertThat(uri).startsWith(ReportSarif.RULE_DOCS);
            // the page exists and holds the anchor
            String rest = uri.substring(ReportSarif.RULE_DOCS.length());
            String page = rest.substring(0, rest.indexOf('#'));
            String anchor = rest.substring(rest.indexOf('#') + 1);
            assertThat(Files.readString(docs.resolve(page))).as(uri).contains("<a id=\"" + anchor + "\"></a>");
        }
        // and the base can be another site's
        JsonNode other = JSON.readTree(ReportSarif.write(report, register, ReportSarif.Options.defaults().withRuleDocs("https://example.org/rules")));
        assertThat(other.path("runs").get(0).path("tool").path("driver").path("rules").get(0).path("helpUri").asText())
                .startsWith("https://example.org/rules/");
    }

    @Test
    void should_write_junit_xml_valid_against_jenkins_schema_with_one_package_per_instrument() throws Exception {
        List<String> levels = List.of("violation", "warning", "indeterminate", "none");
        for (String level : levels) {
            // GIVEN the register WHEN written as JUnit XML at each fail level
            String xml = ReportJunit.write(report, register, f -> fails(level, f), level);
            // THEN Jenkins' schema accepts it
            assertThat(xsdErrors(xml)).as("junit-10.xsd errors at %s", level).isEmpty();
        }
        String xml = ReportJunit.write(ReportFixtures.withDuties(register), register);
        assertThat(xsdErrors(xml)).isEmpty();
        // and split at the last dot of the class name, as Jenkins does, the packages are one per instrument
        Set<String> packages = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("classname=\"([^\"]+)\"").matcher(ReportJunit.write(report, register));
        while (m.find()) {
            packages.add(m.group(1).substring(0, m.group(1).lastIndexOf('.')));
        }
        assertThat(packages).isNotEmpty().allMatch(p -> p.matches("itut\\.(A1|A7|A8|RES1|TOR)"));
        Set<String> instruments = new HashSet<>();
        report.findings().forEach(f -> instruments.add(f.rule().substring(0, f.rule().indexOf('-'))));
        assertThat(packages).hasSize(instruments.size());
    }

    /** The CLI's --fail-on levels, as CheckCommand.FailOn reads them. */
    static boolean fails(String level, Finding f) {
        return switch (level) {
            case "violation" -> f.failsAt(Level.VIOLATION);
            case "warning" -> f.failsAt(Level.WARNING);
            case "indeterminate" -> f.failsAt(Level.WARNING) || f.outcome() == Outcome.INDETERMINATE;
            default -> false;
        };
    }

    static List<String> schemaErrors(JsonNode log) throws Exception {
        if (sarifSchema == null) {
            load();
        }
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : sarifSchema.validate(log)) {
            out.add(m.getMessage());
        }
        return out;
    }

    static List<String> xsdErrors(String xml) throws Exception {
        if (junitSchema == null) {
            load();
        }
        List<String> errors = new ArrayList<>();
        Validator v = junitSchema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new StringReader(xml)));
        return errors;
    }

    /**
     * What GitHub code scanning's documentation ("SARIF support for code scanning", and its limits on SARIF
     * results) asks of a log beyond the schema: a tool name and rules with an id and short and full
     * descriptions of at most 1024 characters, at most 20 tags per rule; per result a rule id, a message, at least
     * one location with a file and a start line, at most 1000 locations, and partial fingerprints; at most 20 runs,
     * 25,000 rules and 25,000 results per run; at most 10 MB gzip-compressed. Also checked: fingerprints unique in
     * the run, a level code scanning maps (error, warning, note, none), absolute helpUri and informationUri.
     */
    static List<String> codeScanningProblems(JsonNode log, String text) throws Exception {
        List<String> p = new ArrayList<>();
        if (!log.path("version").asText().equals("2.1.0")) {
            p.add("version is not 2.1.0");
        }
        JsonNode runs = log.path("runs");
        if (runs.size() < 1 || runs.size() > 20) {
            p.add(runs.size() + " runs");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        if (gz.size() > 10 * 1024 * 1024) {
            p.add("gzip size " + gz.size());
        }
        for (JsonNode run : runs) {
            JsonNode driver = run.path("tool").path("driver");
            if (driver.path("name").asText().isEmpty()) {
                p.add("tool.driver.name missing");
            }
            if (!absolute(driver.path("informationUri").asText())) {
                p.add("informationUri not absolute");
            }
            JsonNode rules = driver.path("rules");
            if (rules.size() > 25_000) {
                p.add(rules.size() + " rules");
            }
            Set<String> ids = new HashSet<>();
            for (JsonNode r : rules) {
                String id = r.path("id").asText();
                if (id.isEmpty() || !ids.add(id)) {
                    p.add("rule id missing or repeated: " + id);
                }
                for (String d : List.of("shortDescription", "fullDescription")) {
                    String t = r.path(d).path("text").asText();
                    if (t.isEmpty() || t.length() > 1024) {
                        p.add(id + ": " + d + " empty or longer than 1024");
                    }
                }
                if (r.path("help").path("text").asText().isEmpty()) {
                    p.add(id + ": no help text");
                }
                if (!absolute(r.path("helpUri").asText())) {
                    p.add(id + ": helpUri not absolute");
                }
                if (r.path("properties").path("tags").size() > 20) {
                    p.add(id + ": more than 20 tags");
                }
            }
            JsonNode results = run.path("results");
            if (results.size() > 25_000) {
                p.add(results.size() + " results");
            }
            Set<String> fingerprints = new HashSet<>();
            for (JsonNode r : results) {
                String where = r.path("ruleId").asText() + " " + r.path("properties").path("subject").asText();
                if (r.path("ruleId").asText().isEmpty()) {
                    p.add("result without ruleId");
                }
                if (!ids.contains(r.path("ruleId").asText())) {
                    p.add(where + ": ruleId is not a rule of the run");
                }
                if (r.path("message").path("text").asText().isEmpty()) {
                    p.add(where + ": no message");
                }
                if (!List.of("error", "warning", "note", "none").contains(r.path("level").asText())) {
                    p.add(where + ": level " + r.path("level"));
                }
                JsonNode locs = r.path("locations");
                if (locs.size() < 1 || locs.size() + r.path("relatedLocations").size() > 1000) {
                    p.add(where + ": " + locs.size() + " locations");
                }
                for (JsonNode l : locs) {
                    JsonNode phys = l.path("physicalLocation");
                    if (phys.path("artifactLocation").path("uri").asText().isEmpty() || phys.path("region").path("startLine").asInt() < 1) {
                        p.add(where + ": a location without file or start line");
                    }
                }
                for (JsonNode l : r.path("relatedLocations")) {
                    if (l.path("physicalLocation").path("artifactLocation").path("uri").asText().isEmpty()) {
                        p.add(where + ": a related location without file");
                    }
                }
                JsonNode fps = r.path("partialFingerprints");
                if (fps.size() == 0) {
                    p.add(where + ": no partialFingerprints");
                } else if (!fingerprints.add(fps.toString())) {
                    p.add(where + ": fingerprint shared with another result " + fps);
                }
            }
        }
        return p;
    }

    private static boolean absolute(String uri) {
        try {
            return !uri.isEmpty() && URI.create(uri).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, JsonNode> byFingerprint(JsonNode log) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode r : log.path("runs").get(0).path("results")) {
            assertThat(out.put(r.path("partialFingerprints").path(ReportSarif.FINGERPRINT).asText(), r)).isNull();
        }
        return out;
    }

    private static int line(JsonNode result) {
        return result.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt();
    }
}
