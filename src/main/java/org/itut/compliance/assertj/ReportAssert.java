package org.itut.compliance.assertj;

import java.util.List;
import java.util.TreeSet;

import org.assertj.core.api.AbstractAssert;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;

/** Assertions on a whole {@link Report}. Obtain one with {@link ComplianceAssertions#assertThat(Report)}. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * No finding is a failure at level VIOLATION.
     *
     * @return this assertion, for more
     * @throws AssertionError listing the findings that break it
     */
    public ReportAssert hasNoViolations() {
        return hasNoFailuresAtLeast(Level.VIOLATION);
    }

    /**
     * No finding is a failure, at any level.
     *
     * @return this assertion, for more
     * @throws AssertionError listing the findings that break it
     */
    public ReportAssert hasNoFailures() {
        return hasNoFailuresAtLeast(Level.INFO);
    }

    /**
     * No finding is a failure at a level or more serious.
     *
     * @param level the least serious level that counts
     * @return this assertion, for more
     * @throws AssertionError listing the findings that break it
     */
    public ReportAssert hasNoFailuresAtLeast(Level level) {
        isNotNull();
        List<Finding> bad = actual.findings().stream().filter(f -> f.failsAt(level)).toList();
        if (!bad.isEmpty()) {
            fail("Expecting the report (as of " + actual.asOf() + ") to have no failure at " + level
                    + (level == Level.INFO ? "" : " or above") + ", but it has " + bad.size() + ":" + nl() + Describe.list(bad));
        }
        return this;
    }

    /**
     * No finding is INDETERMINATE (every rule had the facts it needs).
     *
     * @return this assertion, for more
     * @throws AssertionError listing the findings that break it
     */
    public ReportAssert hasNoIndeterminate() {
        isNotNull();
        List<Finding> bad = actual.findings(Outcome.INDETERMINATE);
        if (!bad.isEmpty()) {
            fail("Expecting the report (as of " + actual.asOf() + ") to have no INDETERMINATE finding, but it has " + bad.size()
                    + ":" + nl() + Describe.list(bad));
        }
        return this;
    }

    /**
     * The report has at least one finding of rule {@code ruleId}; narrow them down with the returned
     * assertion's {@code about}, {@code withOutcome}, {@code withLevel}, {@code dueOn}, {@code citing} ...
     *
     * @param ruleId the rule id, e.g. {@code TOR-leadership}
     * @return assertions on the findings of that rule
     * @throws AssertionError naming the rules that have findings, when that one has none
     */
    public FindingsAssert hasFinding(String ruleId) {
        isNotNull();
        List<Finding> of = actual.findingsOf(ruleId);
        if (of.isEmpty()) {
            TreeSet<String> rules = new TreeSet<>();
            actual.findings().forEach(f -> rules.add(f.rule()));
            boolean known = actual.rules().stream().anyMatch(r -> r.id().equals(ruleId));
            fail("Expecting the report (as of " + actual.asOf() + ") to have a finding of rule \"" + ruleId + "\", but it has none"
                    + (known ? "" : " (no rule of that id was evaluated)") + "; rules with findings:" + nl()
                    + (rules.isEmpty() ? "  (none)" : "  " + String.join(", ", rules)));
        }
        return Describe.carry(this, new FindingsAssert(actual, of, "of rule \"" + ruleId + "\""));
    }

    /**
     * The report has no finding of a rule.
     *
     * @param ruleId the rule id
     * @return this assertion, for more
     * @throws AssertionError listing the findings that break it
     */
    public ReportAssert hasNoFindingOf(String ruleId) {
        isNotNull();
        List<Finding> of = actual.findingsOf(ruleId);
        if (!of.isEmpty()) {
            fail("Expecting the report (as of " + actual.asOf() + ") to have no finding of rule \"" + ruleId + "\", but it has "
                    + of.size() + ":" + nl() + Describe.list(of));
        }
        return this;
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }

    private static String nl() {
        return System.lineSeparator();
    }
}
