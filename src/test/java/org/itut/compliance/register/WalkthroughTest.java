package org.itut.compliance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rows of docs/walkthrough.md marked "reproduced", checked against the register's report as of
 * 2026-02-15: each row is a rule, the subject and the target (or document) it concerns, the outcome the
 * catalogue (procedures.md §4) gives, and the due date where it gives one.
 */
class WalkthroughTest {
    private static Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        report = TestEngine.get().evaluate(FactReader.readRegister(), LocalDate.of(2026, 2, 15));
    }

    /** One reproduced row: the finding of {@code rule} about {@code subject} whose evidence names {@code target}. */
    private record Row(String section, String rule, String subject, String target, Outcome outcome, String due) {
        boolean matches(Finding f) {
            return f.rule().equals(rule) && f.subject().equals(subject)
                    && (target == null || f.evidence().containsValue(target));
        }
    }

    private static final List<Row> REPRODUCED = List.of(
            new Row("4.0", "A1-1.6-ca-report-by-contribution-deadline", "JCG-IoTSec", "TSAG-2026-01", Outcome.INDETERMINATE, "2026-01-14"),
            new Row("4.0", "A1-3.3.3-td-availability-7d", "JCG-IoTSec", "TSAG-2026-01", Outcome.INDETERMINATE, "2026-01-19"),
            new Row("4.0", "TOR-report-before-meeting", "JCG-IoTSec", "SG17-2025-12", Outcome.INDETERMINATE, "2025-11-03"),
            new Row("4.1", "A1-1.6-ca-authorization", "JCG-IoTSec", null, Outcome.PASS, null),
            new Row("4.1", "A1-1.6-ca-terms-of-reference", "JCG-IoTSec", null, Outcome.PASS, null),
            new Row("4.1", "A1-1.6-ca-convener", "JCG-IoTSec", null, Outcome.PASS, null),
            new Row("4.1", "TOR-parent", "JCG-IoTSec", null, Outcome.PASS, null),
            new Row("4.1", "TOR-announce-meeting", "JCG-IoTSec", "JCG-IoTSec-1", Outcome.PASS, "2025-09-10"),
            new Row("4.1", "TOR-report-before-meeting", "JCG-IoTSec", "SG20-2025-09", Outcome.NOT_APPLICABLE, "2025-08-15"),
            new Row("4.1", "A1-2.3.3.13-no-rgm-during-sg-wp", "JCG-IoTSec", "JCG-IoTSec-1", Outcome.NOT_APPLICABLE, null),
            new Row("4.1", "A1-1.3.2-collective-letter-timing", "TSB", "JCG-IoTSec-1", Outcome.NOT_APPLICABLE, null),
            new Row("4.2", "A1-1.6-ca-report-to-subsequent-meeting", "JCG-IoTSec", "TSAG-2026-01", Outcome.PASS, null),
            new Row("4.2", "TOR-report-before-meeting", "JCG-IoTSec", "TSAG-2026-01", Outcome.PASS, null),
            new Row("4.2", "A1-3.1.1-contributor-eligibility", "JCG-IoTSec", "TSAG-2026-01", Outcome.PASS, null),
            new Row("4.2", "A1-3.3.3-td-posting-3wd", "TSB", "JCG-IoTSec-report-TSAG-2026-01", Outcome.INDETERMINATE, null),
            new Row("4.2", "TOR-report-before-meeting", "JCG-IoTSec", "SG20-2026-05", Outcome.PENDING, null),
            new Row("4.2", "TOR-report-before-meeting", "JCG-IoTSec", "SG17-2026-06", Outcome.PENDING, null),
            new Row("4.2", "TOR-announce-meeting", "JCG-IoTSec", "JCG-IoTSec-2", Outcome.INDETERMINATE, "2025-12-01"),
            new Row("4.2", "TOR-announce-meeting", "JCG-IoTSec", "JCG-IoTSec-4", Outcome.PENDING, "2026-02-22"),
            new Row("4.3", "A1-3.1.1-contributor-eligibility", "TSAG-TD-draft-ToR-JCG-IoTSec", "TSAG-2025-05", Outcome.PASS, null),
            new Row("4.4", "RES1-7.3-q-routing-by-tsag", "Q7/17", null, Outcome.PASS, null),
            new Row("4.4", "RES1-7.3-q-routing-by-tsag", "Q10/17", null, Outcome.PASS, null),
            new Row("4.4", "RES1-7.3-q-routing-by-tsag", "Q16/17", null, Outcome.PASS, null),
            new Row("4.5", "A1-5.10-jca-review-after-wtsa", "JCA-IdM", "TSAG-2025-05", Outcome.PASS, null),
            new Row("4.5", "A1-5.1-jca-multi-sg-coordination", "JCA-IdM", null, Outcome.PASS, null),
            new Row("4.5", "A1-5.1-jca-no-technical-work", "JCA-IdM", null, Outcome.PASS, null),
            new Row("4.5", "A1-5.3-jca-participation", "JCA-IdM", null, Outcome.PASS, null),
            new Row("4.5", "A1-5.2-jca-tsag-informed", "JCA-IdM", null, Outcome.PASS, null),
            new Row("4.5", "A1-5.4-jca-establishment-circular", "TSB", "JCA-IdM", Outcome.NOT_APPLICABLE, null),
            new Row("4.5", "A1-5.8-jca-report-after-each-meeting", "JCA-IdM", null, Outcome.INDETERMINATE, null),
            new Row("4.5", "A1-5.9-jca-tsb-support", "TSB", "JCA-IdM", Outcome.PASS, null),
            new Row("4.5", "TOR-parent", "JCA-IdM", null, Outcome.PASS, null),
            new Row("4.5", "TOR-report-before-meeting", "JCA-IdM", "SG17-2025-12", Outcome.INDETERMINATE, "2025-12-03"),
            new Row("4.5", "RES1-4.3-tsag-monitors-jcas", "JCA-IdM", null, Outcome.PASS, null));

    @TestFactory
    Stream<DynamicTest> should_reproduce_each_walkthrough_row_the_page_marks_reproduced() {
        return REPRODUCED.stream().map(row -> DynamicTest.dynamicTest("§" + row.section() + " " + row.rule() + " " + row.subject()
                + (row.target() == null ? "" : " / " + row.target()), () -> {
            // GIVEN the register as of 2026-02-15 WHEN the row's finding is looked up THEN it has the row's outcome
            List<Finding> found = report.findings().stream().filter(row::matches).toList();
            assertThat(found).as(row.toString()).hasSize(1);
            assertThat(found.get(0).outcome()).as(row.toString()).isEqualTo(row.outcome());
            if (row.due() != null) {
                assertThat(found.get(0).due()).as(row.toString()).isEqualTo(LocalDate.parse(row.due()));
            }
        }));
    }

    @Test
    void should_mark_the_rows_resting_on_an_inferred_date_as_inferred() {
        // §4.2 (the TSAG meeting of the progress report) and §4.5 (the meeting of the undated endorsement)
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("A1-1.6-ca-report-to-subsequent-meeting")
                || f.rule().equals("A1-5.10-jca-review-after-wtsa")).isNotEmpty().allMatch(Finding::restsOnInference);
    }

    @Test
    void should_give_data_quality_notes_where_the_catalogue_gave_info_on_disagreements() {
        // §4.1 co-convenors, §4.3 draft vs approved terms, §4.4 title of Q16/17
        assertThat(report.dataQuality()).extracting(d -> d.subject() + " " + d.value())
                .contains("Q16/17 UNRESOLVED", "JCG-IoTSec UNRESOLVED", "JCG-IoTSec RESOLVED");
        assertThat(report.dataQuality()).hasSize(6);
    }
}
