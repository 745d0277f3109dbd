package org.itut.compliance.assertj;

import org.itut.compliance.Finding;
import org.itut.compliance.Report;

/**
 * Entry point of the AssertJ assertions for compliance reports, for the test suites of applications
 * that embed the library:
 *
 * <pre>{@code
 * import static org.itut.compliance.assertj.ComplianceAssertions.assertThat;
 *
 * assertThat(report).hasNoViolations().hasNoIndeterminate();
 * assertThat(report).hasFinding("A1-1.6-ca-convener").about("JCG-IoTSec").withOutcome(Outcome.FAIL)
 *         .withLevel(Level.WARNING).citing("1.6");
 * }</pre>
 *
 * A failing assertion says what it expected and lists the findings that were there instead. AssertJ is
 * an optional dependency of the library: add {@code org.assertj:assertj-core} to your test scope to use
 * these.
 */
public final class ComplianceAssertions {
    private ComplianceAssertions() {
    }

    /**
     * Starts assertions on a report.
     *
     * @param actual the report, e.g. of {@code engine.evaluate(facts, asOf)}
     * @return assertions on the whole report, from which {@link ReportAssert#hasFinding(String)} leads to its findings
     */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }

    /**
     * Starts assertions on one finding.
     *
     * @param actual the finding
     * @return assertions on it
     */
    public static FindingAssert assertThat(Finding actual) {
        return new FindingAssert(actual);
    }
}
