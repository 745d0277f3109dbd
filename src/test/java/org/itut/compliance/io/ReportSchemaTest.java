package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.rules.CaseFilesAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published report schema ({@code docs/schemas/report.schema.json}) against what {@link ReportJson}
 * writes: the register's report with and without locations, the fixture report (every outcome), and the report
 * of the first case of every case file (every rule file's rules), with the enums of the schema those of the
 * Java API.
 */
class ReportSchemaTest {
    private static JsonNode tree;
    private static JsonSchema schema;
    private static Submission register;

    @BeforeAll
    static void load() {
        tree = PublishedSchemas.tree(PublishedSchemas.REPORT);
        schema = PublishedSchemas.load(PublishedSchemas.REPORT);
        register = ReportFixtures.register();
    }

    private static JsonNode json(String text) throws Exception {
        return PublishedSchemas.JSON.readTree(text);
    }

    @Test
    void should_validate_the_report_of_the_register_and_of_the_fixture() throws Exception {
        // GIVEN the register's report, and the fixture report with duties met, missed, pending and undecided
        Report report = TestEngine.get().evaluate(register, ReportFixtures.AS_OF);
        Report fixture = ReportFixtures.withDuties(register);
        // WHEN written as JSON, with locations and without
        for (JsonNode written : List.of(json(ReportJson.write(report, register)), json(ReportJson.write(report)),
                json(ReportJson.write(fixture, register)))) {
            // THEN each is valid against the report schema
            assertThat(PublishedSchemas.errors(schema, written)).isEmpty();
        }
        assertThat(json(ReportJson.write(report, register)).path("findings").findValues("location"))
                .as("the register's findings are located").anyMatch(JsonNode::isObject);
    }

    @Test
    void should_validate_the_report_of_the_first_case_of_every_case_file() throws Exception {
        // GIVEN the first case of each case file: every rule file's rules, with facts read from a file
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        List<String> files = CaseFilesAccess.caseFiles();
        for (String file : files) {
            CaseFilesAccess.Case c = CaseFilesAccess.cases(file).get(0);
            Report report = TestEngine.get().evaluate(c.given(), c.asOf());
            report.findings().forEach(f -> outcomes.add(f.outcome()));
            // WHEN its report is written as JSON
            List<String> e = PublishedSchemas.errors(schema, json(ReportJson.write(report, c.given())));
            if (!e.isEmpty()) {
                errors.put(file, e);
            }
        }
        // THEN every one is valid, and between them they hold every outcome
        assertThat(files).hasSizeGreaterThan(50);
        assertThat(errors).as("schema errors in the cases' reports").isEmpty();
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    }

    @Test
    void should_refuse_a_report_that_departs_from_the_documented_shape() throws Exception {
        Report report = TestEngine.get().evaluate(register, ReportFixtures.AS_OF);
        List<java.util.function.Consumer<ObjectNode>> spoilers = List.of(
                r -> r.put("generatedAt", "2026-02-15T10:00Z"),                                    // a key not in v1
                r -> r.remove("asOf"),                                                             // a key missing
                r -> r.put("schema", "itut-compliance/report/v2"),                                 // another shape
                r -> ((ObjectNode) r.path("findings").get(0)).put("outcome", "OK"),                // not an outcome
                r -> ((ObjectNode) firstWith(r, "PASS")).put("level", "WARNING"),                  // a level on a pass
                r -> ((ObjectNode) firstWith(r, "FAIL")).putNull("level"),                         // a failure without one
                r -> ((ObjectNode) r.path("findings").get(0).path("citation")).put("status", "VERIFIED"), // not a tag
                r -> ((ObjectNode) r.path("findings").get(0)).put("due", "15/02/2026"));           // not an ISO date
        for (int i = 0; i < spoilers.size(); i++) {
            // GIVEN the register's report, spoiled
            ObjectNode r = (ObjectNode) json(ReportJson.write(report, register));
            spoilers.get(i).accept(r);
            // WHEN validated THEN refused
            assertThat(PublishedSchemas.errors(schema, r)).as("spoiler %d", i).isNotEmpty();
        }
    }

    private static JsonNode firstWith(ObjectNode report, String outcome) {
        for (JsonNode f : report.path("findings")) {
            if (f.path("outcome").asText().equals(outcome)) {
                return f;
            }
        }
        throw new IllegalStateException("the register's report has no " + outcome);
    }

    @Test
    void should_list_the_outcomes_levels_and_statuses_of_the_java_api() {
        JsonNode defs = tree.path("definitions");
        // GIVEN the API's enums, THEN the schema lists their values as the report writes them
        assertThat(values(defs.path("Outcome"))).containsExactly(Arrays.stream(Outcome.values()).map(Enum::name).toArray(String[]::new));
        assertThat(values(defs.path("Level"))).containsExactly(Arrays.stream(Level.values()).map(Enum::name).toArray(String[]::new));
        assertThat(values(defs.path("Status"))).containsExactly(Arrays.stream(Status.values()).map(Status::tag).toArray(String[]::new));
        // and the summary counts every outcome and every level, and the shape's id is the library's
        Set<String> summary = new TreeSet<>();
        tree.path("properties").path("summary").path("properties").fieldNames().forEachRemaining(summary::add);
        Set<String> expected = new TreeSet<>(List.of("rules", "findings", "failures"));
        Arrays.stream(Outcome.values()).forEach(o -> expected.add(o.name()));
        assertThat(summary).isEqualTo(expected);
        Set<String> failures = new TreeSet<>();
        tree.path("properties").path("summary").path("properties").path("failures").path("properties").fieldNames()
                .forEachRemaining(failures::add);
        assertThat(failures).containsExactlyInAnyOrder(Arrays.stream(Level.values()).map(Enum::name).toArray(String[]::new));
        assertThat(tree.path("properties").path("schema").path("const").asText()).isEqualTo(Report.SCHEMA);
    }

    private static List<String> values(JsonNode def) {
        List<String> out = new ArrayList<>();
        def.path("enum").forEach(v -> out.add(v.asText()));
        return out;
    }
}
