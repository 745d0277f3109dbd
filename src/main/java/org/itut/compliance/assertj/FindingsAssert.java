package org.itut.compliance.assertj;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.assertj.core.api.AbstractAssert;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;

/**
 * Assertions on the findings of a report that match the criteria so far (at first: the findings of
 * one rule). Each criterion narrows the selection and fails when nothing is left, listing the findings
 * that matched the earlier criteria, so the message shows what was found instead.
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
    private final Report report;
    private final String criteria;

    FindingsAssert(Report report, List<Finding> selection, String criteria) {
        super(List.copyOf(selection), FindingsAssert.class);
        this.report = report;
        this.criteria = criteria;
    }

    /** About the subject {@code id} (the group, meeting, document ... judged). */
    public FindingsAssert about(String id) {
        return narrow("about \"" + id + "\"", f -> f.subject().equals(id));
    }

    public FindingsAssert withOutcome(Outcome outcome) {
        return narrow("with outcome " + outcome, f -> f.outcome() == outcome);
    }

    /** A failure at exactly {@code level}. */
    public FindingsAssert withLevel(Level level) {
        return narrow("with level " + level, f -> f.level() == level);
    }

    public FindingsAssert dueOn(LocalDate date) {
        return narrow("due on " + date, f -> Objects.equals(f.due(), date));
    }

    /**
     * Citing {@code clause}: the citation's clause is {@code clause}, or its full reference (e.g.
     * {@code ITU-T A.1 (09/2019) clause 1.6}) contains it as a whole ({@code "1.6"} does not match 1.6.2).
     */
    public FindingsAssert citing(String clause) {
        return narrow("citing \"" + clause + "\"", f -> Describe.cites(f.citation(), clause));
    }

    public FindingsAssert withMessageContaining(String text) {
        return narrow("with a message containing \"" + text + "\"", f -> f.message().contains(text));
    }

    /** With the evidence {@code name} equal to {@code value}. */
    public FindingsAssert withEvidence(String name, String value) {
        return narrow("with evidence " + name + " = \"" + value + "\"", f -> value.equals(f.evidence().get(name)));
    }

    /** Exactly {@code n} findings match the criteria so far. */
    public FindingsAssert hasCount(int n) {
        if (actual.size() != n) {
            failWithMessage("%s", "Expecting " + n + " findings " + criteria + " in the report (as of " + report.asOf()
                    + "), but there are " + actual.size() + ":" + System.lineSeparator() + Describe.list(actual));
        }
        return this;
    }

    /** The only finding that matches the criteria so far, for assertions on it. */
    public FindingAssert single() {
        hasCount(1);
        return Describe.carry(this, new FindingAssert(actual.get(0)));
    }

    private FindingsAssert narrow(String criterion, Predicate<Finding> p) {
        List<Finding> left = actual.stream().filter(p).toList();
        if (left.isEmpty()) {
            failWithMessage("%s", "Expecting the report (as of " + report.asOf() + ") to have a finding " + criteria + " " + criterion
                    + "," + System.lineSeparator() + "but the findings " + criteria + " are:" + System.lineSeparator() + Describe.list(actual));
        }
        return Describe.carry(this, new FindingsAssert(report, left, criteria + " " + criterion));
    }
}
