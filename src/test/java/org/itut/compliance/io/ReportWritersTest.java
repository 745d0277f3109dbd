package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.itut.compliance.Citation;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.Status;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The writers on a report with duties met, missed, pending and not determined (see {@link ReportFixtures}). */
class ReportWritersTest {
    private static Submission register;
    private static Report report;

    @BeforeAll
    static void evaluate() {
        register = ReportFixtures.register();
        report = ReportFixtures.withDuties(register);
    }

    @Test
    void should_map_outcomes_to_sarif_kinds_and_levels() throws Exception {
        // GIVEN the fixture report WHEN written as SARIF
        JsonNode results = new ObjectMapper().readTree(ReportSarif.write(report, register)).path("runs").get(0).path("results");
        // THEN each outcome has its kind and level
        List<String> seen = new ArrayList<>();
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals(ReportFixtures.DUTY_RULE)) {
                seen.add(r.path("properties").path("outcome").asText() + "=" + r.path("kind").asText() + "/" + r.path("level").asText());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("PASS=pass/none", "FAIL=fail/error", "INDETERMINATE=open/none");
        // and a pending duty is informational
        assertThat(results.findValues("kind").stream().map(JsonNode::asText)).contains("informational");
    }

    @Test
    void should_give_sarif_related_locations_for_evidence_that_names_facts() throws Exception {
        // GIVEN a finding whose evidence names the circular that did the act
        JsonNode results = new ObjectMapper().readTree(ReportSarif.write(report, register)).path("runs").get(0).path("results");
        JsonNode announce = null;
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals(ReportFixtures.ANNOUNCE_RULE) && r.path("kind").asText().equals("pass")) {
                announce = r;
            }
        }
        // THEN the circular and the meeting are related locations, with the file and line they were read from
        assertThat(announce).isNotNull();
        List<String> related = new ArrayList<>();
        for (JsonNode l : announce.path("relatedLocations")) {
            related.add(l.path("logicalLocations").get(0).path("name").asText() + "@"
                    + l.path("physicalLocation").path("artifactLocation").path("uri").asText() + ":"
                    + l.path("physicalLocation").path("region").path("startLine").asInt());
        }
        assertThat(related).anyMatch(s -> s.startsWith("TSB-Circular-67@register/000-tsb-circular-67.yaml:"))
                .anyMatch(s -> s.startsWith("JCG-IoTSec-1@register/000-tsb-circular-67.yaml:"));
        assertThat(announce.path("partialFingerprints").path("itutFinding/v1").asText()).hasSize(64);
    }

    @Test
    void should_decide_a_junit_test_case_by_its_worst_finding() throws Exception {
        // GIVEN the fixture report WHEN written as JUnit XML
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ReportJunit.write(report, register).getBytes(StandardCharsets.UTF_8)));
        // THEN the report duty (met, missed, not determined) fails as a VIOLATION and lists all three findings
        Element duty = testcase(doc, ReportFixtures.DUTY_RULE, "JCG-IoTSec");
        Element failure = (Element) duty.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("VIOLATION");
        assertThat(failure.getAttribute("message")).contains("10 days late");
        String out = duty.getElementsByTagName("system-out").item(0).getTextContent();
        assertThat(out).contains("PASS " + ReportFixtures.DUTY_RULE, "FAIL VIOLATION " + ReportFixtures.DUTY_RULE,
                "INDETERMINATE " + ReportFixtures.DUTY_RULE, "target: SG17-2025-12");
        assertThat(duty.getAttribute("file")).isEqualTo("register/000-tsb-circular-67.yaml");
        // and the announcement duty (one met, one pending) passes, keeping the pending one in its output
        Element announce = testcase(doc, ReportFixtures.ANNOUNCE_RULE, "JCG-IoTSec");
        assertThat(announce.getElementsByTagName("failure").getLength() + announce.getElementsByTagName("error").getLength()
                + announce.getElementsByTagName("skipped").getLength()).isZero();
        assertThat(announce.getElementsByTagName("system-out").item(0).getTextContent()).contains("PENDING");
        // and the totals add up
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("0");
    }

    @Test
    void should_report_an_indeterminate_only_case_as_a_junit_error() throws Exception {
        // GIVEN a rule and subject with only an INDETERMINATE finding
        Finding ind = new Finding("A1-x-test", Outcome.INDETERMINATE, null, "SG17", "The date of the meeting is unknown",
                new Citation("ITU-T A.1", "10/2016", "1.1", "t", Status.VERIFIED, ""), null, null);
        Report r = new Report(ReportFixtures.AS_OF, List.of(ind), List.of(), List.of(), List.of());
        // WHEN written as JUnit XML
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ReportJunit.write(r, register).getBytes(StandardCharsets.UTF_8)));
        // THEN the test case is in error (not determined is not compliance), with the reason
        Element c = testcase(doc, "A1-x-test", "SG17");
        Element error = (Element) c.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("type")).isEqualTo("INDETERMINATE");
        assertThat(error.getAttribute("message")).contains("The date of the meeting is unknown");
    }

    @Test
    void should_escape_text_that_would_break_the_formats() throws Exception {
        // GIVEN a finding whose message and subject hold markup, quotes, pipes and a control character
        String nasty = "a <b>&\"quote\" | pipe \u0001 ü";
        Finding f = new Finding("A1-x-test", Outcome.FAIL, Level.WARNING, "SG<17>", nasty,
                new Citation("ITU-T A.1", "10/2016", "1.1", "t", Status.VERIFIED, ""), java.util.Map.of("k|<", nasty), null);
        Report r = new Report(ReportFixtures.AS_OF, List.of(f), List.of(), List.of(), List.of());
        // WHEN written in every format THEN each parses and keeps the text
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ReportJunit.write(r, null).getBytes(StandardCharsets.UTF_8)));
        assertThat(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("SG<17>");
        assertThat(new ObjectMapper().readTree(ReportSarif.write(r, null)).path("runs").get(0).path("results").get(0)
                .path("message").path("text").asText()).contains(nasty);
        String html = ReportHtml.write(r, null, "x");
        assertThat(html).contains("a &lt;b&gt;&amp;&quot;quote&quot; | pipe \uFFFD ü").doesNotContain("<b>&");
        String md = ReportMarkdown.write(r, null, "x");
        assertThat(md).contains("a \\<b\\>&\"quote\" \\| pipe");
    }

    @Test
    void should_list_duties_by_due_date_in_markdown() {
        // GIVEN the fixture report WHEN written as Markdown
        String md = ReportMarkdown.write(report, register, "fixture");
        // THEN the duties table lists them in date order with met, missed, pending and not determined
        int announced = md.indexOf("| 2025-08-15 | not determined |");
        int met = md.indexOf("| 2025-09-10 | met |");
        int missed = md.indexOf("| 2025-12-26 | **missed** (VIOLATION) |");
        int pending = md.indexOf("| 2026-03-25 | pending |");
        assertThat(announced).isPositive();
        assertThat(met).isGreaterThan(announced);
        assertThat(missed).isGreaterThan(met);
        assertThat(pending).isGreaterThan(missed);
    }

    private static Element testcase(Document doc, String classname, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals(classname) && c.getAttribute("name").equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no test case " + classname + " / " + name);
    }
}
