package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.itut.compliance.Citation;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Output that input cannot break. Facts whose ids, names and titles hold markup, attribute breakers, table
 * and link syntax, and findings whose subject, message, evidence, citation note and rule title also hold
 * terminal escape sequences, C0/C1 controls, bidirectional overrides and characters XML cannot carry, go
 * through every format; each comes out parseable, in its shape, and inert.
 */
class HostileOutputTest {
    static final String SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','script')</script>";
    static final String IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">";
    static final String ATTR = "\" onmouseover=\"document.documentElement.setAttribute('data-pwned','attr')\" x=\"'";
    static final String MARKDOWN = "| cell | [link](javascript:alert(1)) `code` **bold** ~~gone~~ ![i](x) &lt; # h";
    static final String ANSI = "\u001b[2J\u001b[31mRED\u001b]0;title\u0007 \u009b31m\u007f";
    static final String BIDI = "abc\u202Edcba\u2066x\u2069\u202A\u202B\u202C\u202D\u2067\u2068";
    static final String XML = "nul\u0000 vt\u000b ffff\uFFFF lone\uD800 ]]> &amp; \r\nnext line";
    static final String ALL = SCRIPT + IMG + ATTR + MARKDOWN + ANSI + BIDI + XML;
    static final String RULE = "TOR-hostile-fixture";

    private static Submission facts;
    private static Report report;
    private static String groupId;
    private static String meetingId;

    @BeforeAll
    static void evaluate(@TempDir Path dir) throws Exception {
        // Facts read from a file: what the fact reader lets through (printable text) goes through the real rules.
        groupId = "SG" + SCRIPT + "|[x](y)";
        meetingId = "M" + ATTR + IMG;
        Path yaml = dir.resolve("hostile.yaml");
        Files.writeString(yaml, "groups:\n"
                + "  - {id: " + q(groupId) + ", kind: STUDY_GROUP, name: " + q(IMG + MARKDOWN + "\u202Eevil") + "}\n"
                + "meetings:\n"
                + "  - {id: " + q(meetingId) + ", group: " + q(groupId) + ", title: " + q(SCRIPT + MARKDOWN)
                + ", start: 2026-01-12, status: HELD}\n", StandardCharsets.UTF_8);
        facts = FactReader.read(List.of(yaml));
        Report real = TestEngine.get().evaluate(facts, ReportFixtures.AS_OF);
        // Findings written here carry what a file could not: controls, lone surrogates, characters XML cannot carry.
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("target", meetingId);
        evidence.put("note " + ANSI, ALL);
        Citation citation = new Citation("terms of reference " + SCRIPT, "", "item " + MARKDOWN, "title " + IMG, Status.SOURCE_DOCUMENT,
                "note " + ANSI + BIDI + XML);
        List<Finding> findings = new ArrayList<>(real.findings());
        findings.add(new Finding(RULE, Outcome.FAIL, Level.VIOLATION, groupId, "failed: " + ALL, citation, evidence, LocalDate.of(2026, 1, 5)));
        findings.add(new Finding(RULE, Outcome.PENDING, null, groupId, "pending: " + ALL, citation, evidence, LocalDate.of(2026, 3, 5)));
        findings.add(new Finding(RULE, Outcome.INDETERMINATE, null, groupId + ANSI + XML, "unknown: " + ALL, citation, evidence, null));
        findings.sort(Finding.ORDER);
        List<RuleInfo> rules = new ArrayList<>(real.rules());
        rules.add(new RuleInfo(RULE, "terms of reference", "", "(whole)", "A title with " + ALL, Level.VIOLATION, Status.SOURCE_DOCUMENT,
                List.of("CAT-" + MARKDOWN), List.of(), "rules/tor/hostile.drl"));
        rules.sort(java.util.Comparator.comparing(RuleInfo::id));
        report = new Report(real.asOf(), findings, real.determinations(), rules, real.editions());
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void should_write_json_that_parses_back_to_the_same_text_with_no_raw_control_or_override() throws Exception {
        // WHEN written as JSON
        String json = ReportJson.write(report, facts);
        // THEN it parses, and gives back every hostile text as it was
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> messages = new ArrayList<>();
        root.path("findings").forEach(f -> messages.add(f.path("message").asText()));
        assertThat(messages).contains("failed: " + ALL, "pending: " + ALL);
        assertThat(json.codePoints().filter(c -> Texts.control(c) && c != '\n' || Texts.bidiControl(c))).as("raw controls").isEmpty();
        // and the obligations view too
        String due = ObligationsWriter.json(report.obligations(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                LocalDate.of(2026, 1, 1), Period.ofYears(1), facts);
        assertThat(new ObjectMapper().readTree(due).path("obligations").size()).isPositive();
    }

    @Test
    void should_write_sarif_that_parses_and_validates() throws Exception {
        String sarif = ReportSarif.write(report, facts, ReportSarif.Options.defaults().withAllOutcomes(true));
        JsonNode log = new ObjectMapper().readTree(sarif);
        assertThat(ReportConsumersTest.schemaErrors(log)).isEmpty();
        assertThat(ReportConsumersTest.codeScanningProblems(log, sarif)).isEmpty();
        List<String> texts = new ArrayList<>();
        log.path("runs").get(0).path("results").forEach(r -> texts.add(r.path("message").path("text").asText()));
        assertThat(texts).anyMatch(t -> t.contains(SCRIPT + IMG + ATTR + MARKDOWN + ANSI + BIDI));
        assertThat(sarif.codePoints().filter(c -> Texts.control(c) && c != '\n' || Texts.bidiControl(c))).isEmpty();
    }

    @Test
    void should_write_junit_xml_that_parses_and_validates_with_what_xml_cannot_carry_replaced() throws Exception {
        String xml = ReportJunit.write(report, facts);
        assertThat(ReportConsumersTest.xsdErrors(xml)).isEmpty();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(report.findings().size());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertThat(names).anyMatch(n -> n.startsWith(RULE + ": " + groupId + "\u001b".replace('\u001b', Texts.REPLACEMENT) + "[2J"));
        assertThat(doc.getElementsByTagName("failure").getLength()).isPositive();
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).contains(SCRIPT, IMG);
    }

    @Test
    void should_keep_every_markdown_table_in_shape() {
        String md = ReportMarkdown.write(report, facts, "input " + MARKDOWN);
        List<String> lines = md.lines().toList();
        int cells = -1;
        int rows = 0;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                cells = -1;
                continue;
            }
            int n = unescapedPipes(line);
            if (cells < 0) {
                cells = n;
            }
            // THEN every row of a table has the cells of its header: no pipe or line break got through
            assertThat(n).as(line).isEqualTo(cells);
            assertThat(line).as(line).endsWith("|");
            rows++;
        }
        assertThat(rows).isGreaterThan(report.findings().size());
        // and no link, image or HTML tag comes from the facts: brackets and angle brackets are escaped
        assertThat(md).doesNotContainPattern("(?<!\\\\)\\[").doesNotContainPattern("(?<!\\\\)<(?!br>)");
        assertThat(md.codePoints().filter(c -> Texts.control(c) && c != '\n' || Texts.bidiControl(c))).isEmpty();
    }

    @Test
    void should_write_terminal_text_free_of_control_characters_and_overrides() {
        String text = ReportText.write(report, "input " + ANSI);
        String due = ObligationsWriter.text(report.obligations(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                LocalDate.of(2026, 1, 1), Period.ofYears(1), "input " + ANSI + BIDI);
        for (String t : List.of(text, due)) {
            assertThat(t.codePoints().filter(c -> Texts.control(c) && c != '\n' || Texts.bidiControl(c) || c == 0x2028))
                    .as("control characters in%n%s", t).isEmpty();
            // and a line break in a value cannot fake a line: every line of a finding starts as the writer starts it
            assertThat(t).doesNotContain("\nnext line");
        }
        assertThat(text).contains("\\u001B[2J", "\\u202E", "\\r\\nnext line");
    }

    @Test
    void should_write_html_whose_markup_and_attributes_facts_cannot_open() {
        String html = ReportHtml.write(report, facts, "input " + SCRIPT);
        // THEN the only tags are the writer's own: no script, no image, no event handler
        assertThat(html).doesNotContain("<script", "<img", "onerror=\"", "onmouseover=\"");
        assertThat(html).contains("&lt;script&gt;", "&lt;img src=x onerror=&quot;");
        assertThat(html.codePoints().filter(c -> Texts.control(c) && c != '\n' || Texts.bidiControl(c))).isEmpty();
    }

    @Test
    void should_render_html_in_a_browser_with_no_script_running_even_without_the_content_security_policy(@TempDir Path dir)
            throws Exception {
        Optional<Chromium> found = Chromium.find();
        Assumptions.assumeTrue(found.isPresent(), Chromium.INSTALL_HINT);
        Chromium chromium = found.get();
        // GIVEN the page, with its content security policy removed so that only the escaping stands between the facts and the browser
        String html = ReportHtml.write(report, facts, "input " + SCRIPT);
        String open = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "");
        assertThat(open).isNotEqualTo(html);
        Path page = Files.writeString(dir.resolve("hostile.html"), open, StandardCharsets.UTF_8);
        // and, as a control, the same page with one script of ours, to show that scripts do run in this browser
        Path control = Files.writeString(dir.resolve("control.html"), open.replace("</body>", SCRIPT + "</body>"), StandardCharsets.UTF_8);
        // WHEN the browser loads them
        String dom = chromium.dumpDom(page, dir);
        String controlDom = chromium.dumpDom(control, dir);
        // THEN the control's script ran, and none from the facts did
        assertThat(controlDom).contains("data-pwned=\"script\"");
        assertThat(dom).doesNotContain("data-pwned=\"");
        // and the DOM is the one expected: the hostile texts are text, in their places
        assertThat(count(dom, "<script")).isZero();
        assertThat(count(dom, "<img")).isZero();
        assertThat(dom).contains("&lt;script&gt;document.documentElement.setAttribute");
        assertThat(count(dom, "<tr class=\"finding ")).isEqualTo(report.findings().size());
        assertThat(dom).contains("data-group=\"SG&lt;script&gt;");
        assertThat(count(dom, "<g class=\"meeting meeting-held\"")).isEqualTo(1);
    }

    private static int unescapedPipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
