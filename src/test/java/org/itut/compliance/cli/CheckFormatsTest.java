package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.itut.compliance.Finding;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code check --format}: every format is written, deterministic, and well formed. */
class CheckFormatsTest {
    private static final String AS_OF = "2026-02-15";

    @ParameterizedTest
    @EnumSource(CheckCommand.Format.class)
    void should_write_equal_reports_for_equal_inputs(CheckCommand.Format format) {
        // GIVEN the bundled register, WHEN it is checked twice in the same format
        CliRun.Result a = CliRun.run("check", "--as-of", AS_OF, "--format", format.name());
        CliRun.Result b = CliRun.run("check", "--as-of", AS_OF, "--format", format.name());
        // THEN both runs succeed quietly and write the same bytes
        assertThat(a.code()).as(a.err()).isIn(Cli.CLEAN, Cli.FINDINGS);
        assertThat(a.err()).isEmpty();
        assertThat(a.out()).isNotBlank().isEqualTo(b.out());
    }

    @Test
    void should_write_sarif_with_a_descriptor_per_rule_and_located_results() throws Exception {
        // GIVEN the register WHEN checked as SARIF
        JsonNode sarif = new ObjectMapper().readTree(CliRun.run("check", "--as-of", AS_OF, "--format", "sarif").out());
        Report report = TestEngine.get().evaluate(FactReader.readRegister(), java.time.LocalDate.parse(AS_OF));
        // THEN it is a SARIF 2.1.0 log with one run, one descriptor per rule and one result per finding
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.size()).isEqualTo(report.rules().size());
        for (int i = 0; i < rules.size(); i++) {
            assertThat(rules.get(i).path("id").asText()).isEqualTo(report.rules().get(i).id());
            assertThat(rules.get(i).path("help").path("text").asText()).contains("Cites ");
            assertThat(rules.get(i).path("defaultConfiguration").path("level").asText()).isIn("error", "warning", "note");
        }
        // and, by default, one result per failure
        assertThat(run.path("results").size()).isEqualTo(report.findings(org.itut.compliance.Outcome.FAIL).size());
        // and with --sarif-all one result per finding
        JsonNode results = new ObjectMapper().readTree(CliRun.run("check", "--as-of", AS_OF, "--format", "sarif", "--sarif-all").out())
                .path("runs").get(0).path("results");
        assertThat(results.size()).isEqualTo(report.findings().size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Finding f = report.findings().get(i);
            assertThat(r.path("ruleId").asText()).isEqualTo(f.rule());
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(f.rule());
            assertThat(r.path("kind").asText()).isIn("pass", "fail", "open", "informational", "notApplicable", "review");
            // SARIF 2.1.0 3.27.10: a result whose kind is not "fail" has level "none"
            if (!r.path("kind").asText().equals("fail")) {
                assertThat(r.path("level").asText()).isEqualTo("none");
            }
            assertThat(r.path("message").path("text").asText()).contains(f.message());
            JsonNode logical = r.path("locations").get(0).path("logicalLocations").get(0);
            assertThat(logical.path("name").asText()).isEqualTo(f.subject());
        }
        // and the JCG's findings point at the file and line its facts were read from
        JsonNode jcg = null;
        for (JsonNode r : results) {
            if (r.path("locations").get(0).path("logicalLocations").get(0).path("name").asText().equals("JCG-IoTSec")) {
                jcg = r;
            }
        }
        assertThat(jcg).isNotNull();
        JsonNode physical = jcg.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("register/000-tsb-circular-67.yaml");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(8);
        assertThat(jcg.path("locations").get(0).path("logicalLocations").get(0).path("kind").asText()).isEqualTo("group");
    }

    @Test
    void should_write_junit_xml_with_a_test_case_per_finding_failing_as_the_exit_code_does() throws Exception {
        Report report = TestEngine.get().evaluate(FactReader.readRegister(), java.time.LocalDate.parse(AS_OF));
        for (CheckCommand.FailOn failOn : CheckCommand.FailOn.values()) {
            // GIVEN the register WHEN checked as JUnit XML with a fail level
            CliRun.Result r = CliRun.run("check", "--as-of", AS_OF, "--format", "junit", "--fail-on", failOn.name());
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
            // THEN it has one test case per finding, with a unique name in its class, and no placeholder
            Element root = doc.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("testsuites");
            NodeList cases = doc.getElementsByTagName("testcase");
            assertThat(cases.getLength()).isEqualTo(report.findings().size());
            Set<String> names = new HashSet<>();
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                assertThat(names.add(c.getAttribute("classname") + "|" + c.getAttribute("name"))).as(c.getAttribute("name")).isTrue();
                assertThat(c.getAttribute("name")).doesNotContain("(no subject");
            }
            // and its failures are exactly the findings the exit code counts
            long failing = report.findings().stream().filter(failOn::fails).count();
            assertThat(doc.getElementsByTagName("failure").getLength()).as(failOn.name()).isEqualTo((int) failing);
            assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failing));
            assertThat(r.code()).isEqualTo(failing > 0 ? Cli.FINDINGS : Cli.CLEAN);
        }
    }

    @Test
    void should_write_a_self_contained_html_page() {
        // GIVEN the register WHEN checked as HTML
        String html = CliRun.run("check", "--as-of", AS_OF, "--format", "html").out();
        // THEN it is one page with the summary, the timeline and the findings, fetching nothing
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg class=\"timeline\"", "id=\"summary\"", "id=\"findings\"",
                "default-src 'none'");
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "src=\"");
    }

    @Test
    void should_write_markdown_with_summary_and_findings_by_group() {
        // GIVEN the register WHEN checked as Markdown
        String md = CliRun.run("check", "--as-of", AS_OF, "--format", "markdown").out();
        // THEN it has the summary table and a section per group with a findings table
        assertThat(md).startsWith("# ITU-T compliance report").contains("## Summary", "| PASS | ", "## Findings by group",
                "### JCG-IoTSec — Joint Correspondence Group on IoT security", "| Outcome | Rule | Subject |",
                "`register/000-tsb-circular-67.yaml:8`");
    }
}
