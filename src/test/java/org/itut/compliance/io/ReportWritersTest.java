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
import org.itut.compliance.RuleInfo;
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
    void should_write_only_failures_as_sarif_results_unless_asked_for_every_finding() throws Exception {
        // GIVEN the fixture report
        // WHEN written as SARIF with the default options
        JsonNode failures = sarifResults(ReportSarif.Options.defaults());
        // THEN every result is a failure: a dashboard shows each result as an alert
        assertThat(failures.size()).isEqualTo(report.findings(Outcome.FAIL).size()).isPositive();
        failures.forEach(r -> assertThat(r.path("kind").asText()).isEqualTo("fail"));
        // WHEN written with every finding THEN each outcome has its kind and level
        JsonNode all = sarifResults(ReportSarif.Options.defaults().withAllOutcomes(true));
        assertThat(all.size()).isEqualTo(report.findings().size());
        List<String> seen = new ArrayList<>();
        for (JsonNode r : all) {
            if (r.path("ruleId").asText().equals(ReportFixtures.DUTY_RULE)) {
                seen.add(r.path("properties").path("outcome").asText() + "=" + r.path("kind").asText() + "/" + r.path("level").asText());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("PASS=pass/none", "FAIL=fail/error", "INDETERMINATE=open/none");
        // and a pending duty is informational
        assertThat(all.findValues("kind").stream().map(JsonNode::asText)).contains("informational", "notApplicable");
    }

    @Test
    void should_give_sarif_related_locations_for_evidence_that_names_facts() throws Exception {
        // GIVEN a finding whose evidence names the circular that did the act
        JsonNode results = sarifResults(ReportSarif.Options.defaults().withAllOutcomes(true));
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
        assertThat(announce.path("partialFingerprints").path(ReportSarif.FINGERPRINT).asText()).hasSize(64);
    }

    @Test
    void should_place_a_finding_about_a_subject_no_fact_defines_at_the_fact_its_evidence_names() throws Exception {
        // GIVEN the register's findings about TSB, which no fact defines (the secretariat, named by meetings and documents)
        Report real = org.itut.compliance.TestEngine.get().evaluate(register, ReportFixtures.AS_OF);
        Subjects subjects = Subjects.of(register);
        List<Finding> tsb = real.findings().stream().filter(f -> f.subject().equals("TSB")).toList();
        assertThat(tsb).isNotEmpty();
        for (Finding f : tsb) {
            // WHEN located THEN the location is the meeting (or document) the finding concerns, with its file and line
            Subjects.Location at = subjects.locate(f).orElseThrow();
            assertThat(at.fact()).as(f.toString()).isEqualTo(f.evidence().getOrDefault("target", f.evidence().get("document")));
            assertThat(at.origin().file()).startsWith("register/");
            assertThat(at.origin().line()).isPositive();
        }
        // and a subject a fact names but does not define is placed at that fact
        Finding named = new Finding("A1-x-test", Outcome.PASS, null, "tsbjcgiotsec@itu.int", "m",
                new Citation("ITU-T A.1", "10/2016", "1.1", "t", Status.VERIFIED, ""), null, null);
        assertThat(subjects.locate(named).orElseThrow().fact()).isEqualTo("JCG-IoTSec");
        // and nothing is located when the facts were not read from files
        assertThat(Subjects.of((Submission) null).locate(named)).isEmpty();
    }

    @Test
    void should_fail_in_junit_exactly_the_findings_at_the_fail_level_and_skip_the_rest_with_a_reason() throws Exception {
        // GIVEN the fixture report WHEN written as JUnit XML with the default fail level (violation)
        Document doc = junit(ReportJunit.write(report, register));
        // THEN there is one test case per finding, and the failures are exactly the VIOLATION failures
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(report.findings().size());
        long violations = report.findings().stream().filter(f -> f.failsAt(Level.VIOLATION)).count();
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo((int) violations).isPositive();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(violations));
        assertThat(doc.getElementsByTagName("error").getLength()).isZero();
        // and the missed report duty fails, under its instrument's package, named by rule, subject and due date
        Element missed = testcase(doc, "itut.TOR.fixture", ReportFixtures.DUTY_RULE + ": JCG-IoTSec (due 2025-12-26, target TSAG-2026-01)");
        Element failure = (Element) missed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("VIOLATION");
        assertThat(failure.getAttribute("message")).contains("10 days late");
        assertThat(missed.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("target: TSAG-2026-01", "read from register/000-tsb-circular-67.yaml:8 (groups[0])");
        // and the duty met passes, the one not determined and the pending one are skipped with the reason
        Element met = testcase(doc, "itut.TOR.fixture", ReportFixtures.DUTY_RULE + ": JCG-IoTSec (due 2025-11-03, target SG17-2025-12)");
        assertThat(met.getElementsByTagName("failure").getLength() + met.getElementsByTagName("skipped").getLength()).isZero();
        Element open = testcase(doc, "itut.TOR.fixture", ReportFixtures.DUTY_RULE + ": JCG-IoTSec (due 2025-08-15, target SG20-2025-09)");
        assertThat(((Element) open.getElementsByTagName("skipped").item(0)).getAttribute("message")).startsWith("INDETERMINATE");
        Element pending = testcase(doc, "itut.TOR.fixture", ReportFixtures.ANNOUNCE_RULE + ": JCG-IoTSec (due 2026-03-25, target JCG-IoTSec-4)");
        assertThat(((Element) pending.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .startsWith("PENDING: not yet due (due 2026-03-25)");
    }

    @Test
    void should_fail_an_indeterminate_finding_in_junit_when_the_fail_level_counts_it() throws Exception {
        // GIVEN a finding that could not be determined
        Finding ind = new Finding("A1-1.1.1-x-test", Outcome.INDETERMINATE, null, "SG17", "The date of the meeting is unknown",
                new Citation("ITU-T A.1", "10/2016", "1.1", "t", Status.VERIFIED, ""), null, null);
        Finding info = new Finding("A1-1.1.1-x-test", Outcome.FAIL, Level.INFO, "SG20", "Only noted",
                new Citation("ITU-T A.1", "10/2016", "1.1", "t", Status.VERIFIED, ""), null, null);
        Report r = new Report(ReportFixtures.AS_OF, List.of(ind, info), List.of(), List.of(), List.of());
        // WHEN written with the default fail level THEN a failure below it is skipped, saying so
        assertThat(((Element) testcase(junit(ReportJunit.write(r, register)), "itut.A1.c1_1_1", "A1-1.1.1-x-test: SG20")
                .getElementsByTagName("skipped").item(0)).getAttribute("message")).startsWith("FAIL INFO, below the fail level (violation)");
        // and the finding not determined is skipped: not determined is not a pass, nor a failure at VIOLATION
        Element c = testcase(junit(ReportJunit.write(r, register)), "itut.A1.c1_1_1", "A1-1.1.1-x-test: SG17");
        assertThat(((Element) c.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .contains("not determined", "The date of the meeting is unknown");
        // WHEN written with the fail level that counts it (--fail-on indeterminate) THEN it is a failure
        Element failed = testcase(junit(ReportJunit.write(r, register, f -> f.outcome() == Outcome.INDETERMINATE, "indeterminate")),
                "itut.A1.c1_1_1", "A1-1.1.1-x-test: SG17");
        assertThat(((Element) failed.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("INDETERMINATE");
    }

    @Test
    void should_name_junit_classes_by_instrument_and_clause_with_no_other_dot() {
        assertThat(ReportJunit.classname("A1-2.3.3.10-x", null)).isEqualTo("itut.A1.c2_3_3_10");
        assertThat(ReportJunit.classname("RES1-7.3.2-consultation-threshold", null)).isEqualTo("itut.RES1.c7_3_2");
        RuleInfo tor = new RuleInfo("TOR-announce-meeting", "terms of reference", "", "x", "t", Level.WARNING, Status.SOURCE_DOCUMENT,
                List.of(), List.of(), "rules/tor/announcements.drl");
        assertThat(ReportJunit.classname(tor.id(), tor)).isEqualTo("itut.TOR.announcements");
        assertThat(ReportJunit.classname("X.Y-a.b-c", null)).isEqualTo("itut.X_Y.a_b");
    }

    @Test
    void should_escape_text_that_would_break_the_formats() throws Exception {
        // GIVEN a finding whose message and subject hold markup, quotes, pipes and a control character
        String nasty = "a <b>&\"quote\" | pipe \u0001 ü";
        Finding f = new Finding("A1-x-test", Outcome.FAIL, Level.WARNING, "SG<17>", nasty,
                new Citation("ITU-T A.1", "10/2016", "1.1", "t", Status.VERIFIED, ""), java.util.Map.of("k|<", nasty), null);
        Report r = new Report(ReportFixtures.AS_OF, List.of(f), List.of(), List.of(), List.of());
        // WHEN written in every format THEN each parses and keeps the text
        Document doc = junit(ReportJunit.write(r, null));
        assertThat(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("A1-x-test: SG<17>");
        assertThat(new ObjectMapper().readTree(ReportSarif.write(r, null)).path("runs").get(0).path("results").get(0)
                .path("message").path("text").asText()).contains(nasty);
        String html = ReportHtml.write(r, null, "x");
        assertThat(html).contains("a &lt;b&gt;&amp;&quot;quote&quot; | pipe \uFFFD ü").doesNotContain("<b>&");
        String md = ReportMarkdown.write(r, null, "x");
        assertThat(md).contains("a \\<b\\>\\&\"quote\" \\| pipe");
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

    private static JsonNode sarifResults(ReportSarif.Options options) throws Exception {
        return new ObjectMapper().readTree(ReportSarif.write(report, register, options)).path("runs").get(0).path("results");
    }

    private static Document junit(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
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
