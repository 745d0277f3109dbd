package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;

import org.itut.compliance.EvidenceRequest;
import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 parts 1 and 5 in every report format, on the bundled register as of 2026-02-15: the evidence
 * requests (what would decide the undecided), the missing facts of each INDETERMINATE finding, the mark on
 * findings that rest on an inferred value, and the data-quality notes where the source documents disagree.
 */
class EvidenceRequestsReportTest {
    private static Submission register;
    private static Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        register = FactReader.readRegister();
        report = TestEngine.get().evaluate(register, LocalDate.of(2026, 2, 15));
    }

    @Test
    void should_name_what_is_missing_for_every_indeterminate_finding_and_for_no_other() {
        // GIVEN the register's report THEN each INDETERMINATE names at least one missing fact, the others none
        assertThat(report.findings(Outcome.INDETERMINATE)).isNotEmpty().allSatisfy(f -> assertThat(f.missing()).isNotEmpty());
        assertThat(report.findings()).filteredOn(f -> f.outcome() != Outcome.INDETERMINATE).allSatisfy(f -> assertThat(f.missing()).isEmpty());
        // and the requests account for every INDETERMINATE finding, each request deciding at least one
        assertThat(report.evidenceRequests()).isNotEmpty().allSatisfy(r -> assertThat(r.decides()).isPositive());
        assertThat(report.evidenceRequests().stream().flatMap(r -> r.findings().stream()).distinct().count())
                .isEqualTo(report.findings(Outcome.INDETERMINATE).size());
    }

    @Test
    void should_stay_at_or_below_a_fifth_undecided() {
        long undecided = report.findings(Outcome.INDETERMINATE).size();
        assertThat(5 * undecided).as(undecided + " of " + report.findings().size()).isLessThanOrEqualTo(report.findings().size());
    }

    @Test
    void should_print_the_evidence_requests_and_data_quality_notes_in_the_text_report() {
        String text = ReportText.write(report, "bundled register");
        EvidenceRequest first = report.evidenceRequests().get(0);
        assertThat(text).contains("Evidence requests: what would decide the " + report.findings(Outcome.INDETERMINATE).size()
                        + " INDETERMINATE findings")
                .contains("    " + first.missing().about() + ": decides " + first.decides())
                .contains("Data-quality notes").contains("The sources disagree on the title of Q16/17")
                .contains("AI security").contains("Artificial Intelligence (AI) security")
                .contains("Context, not judged:");
        // a finding resting on an inferred value is marked, with the basis
        Finding inferred = report.inferred().get(0);
        assertThat(text).contains(ReportText.INFERRED_MARK + " " + inferred.inferred().get(0).describe());
    }

    @Test
    void should_write_missing_inferred_and_evidence_requests_in_json() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportJson.write(report, register));
        JsonNode findings = json.path("findings");
        for (JsonNode f : findings) {
            assertThat(f.has("missing")).isTrue();
            assertThat(f.has("inferred")).isTrue();
            if (f.path("outcome").asText().equals("INDETERMINATE")) {
                assertThat(f.path("missing").size()).as(f.path("rule").asText()).isPositive();
            }
        }
        JsonNode requests = json.path("evidenceRequests");
        assertThat(requests.size()).isEqualTo(report.evidenceRequests().size());
        for (JsonNode r : requests) {
            // each request points at findings that name it
            for (JsonNode at : r.path("findings")) {
                JsonNode f = findings.get(at.path("index").asInt());
                assertThat(f.path("rule").asText()).isEqualTo(at.path("rule").asText());
                assertThat(f.path("missing").toString()).contains(r.path("about").asText());
            }
            assertThat(r.path("decides").asInt()).isEqualTo(r.path("findings").size());
        }
        assertThat(json.toString()).contains("\"kind\":\"data-quality\"");
    }

    @Test
    void should_show_the_sections_and_marks_in_html_markdown_sarif_and_junit() throws Exception {
        String html = ReportHtml.write(report, register, "bundled register");
        assertThat(html).contains("<section id=\"evidence-requests\">").contains("<section id=\"data-quality\">")
                .contains("<span class=\"inferred\"").contains("<small class=\"missing\">Missing: ");
        String md = ReportMarkdown.write(report, register, "bundled register");
        assertThat(md).contains("## Evidence requests").contains("## Data-quality notes").contains("**(inferred)**")
                .contains("<br>*missing*: ");
        JsonNode sarif = new ObjectMapper().readTree(ReportSarif.write(report, register,
                new ReportSarif.Options(true, ReportSarif.Options.defaults().ruleDocs())));
        JsonNode props = sarif.path("runs").get(0).path("properties");
        assertThat(props.path("evidenceRequests").size()).isEqualTo(report.evidenceRequests().size());
        assertThat(props.path("dataQuality").size()).isEqualTo(report.dataQuality().size());
        String junit = ReportJunit.write(report, register);
        assertThat(junit).contains("INDETERMINATE: not determined, missing ");
    }
}
