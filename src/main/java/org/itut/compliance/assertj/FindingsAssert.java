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

    /**
     * About a subject.
     *
     * @param id the id of the party, group, meeting, document ... judged
     * @return the findings that also match this, for more criteria
     * @throws AssertionError listing the findings matched so far when none is left
     */
    public FindingsAssert about(String id) {
        return narrow("about \"" + id + "\"", f -> f.subject().equals(id));
    }

    /**
     * With an outcome.
     *
     * @param outcome the outcome
     * @return the findings that also match this, for more criteria
     * @throws AssertionError listing the findings matched so far when none is left
     */
    public FindingsAssert withOutcome(Outcome outcome) {
        return narrow("with outcome " + outcome, f -> f.outcome() == outcome);
    }

    /**
     * A failure at exactly a level.
     *
     * @param level the level
     * @return the findings that also match this, for more criteria
     * @throws AssertionError listing the findings matched so far when none is left
     */
    public FindingsAssert withLevel(Level level) {
        return narrow("with level " + level, f -> f.level() == level);
    }

    /**
     * Due on a date.
     *
     * @param date the due date ({@code null}: findings without one)
     * @return the findings that also match this, for more criteria
     * @throws AssertionError listing the findings matched so far when none is left
     */
    public FindingsAssert dueOn(LocalDate date) {
        return narrow("due on " + date, f -> Objects.equals(f.due(), date));
    }

    /**
     * Citing {@code clause}: the citation's clause is {@code clause}, or its full reference (e.g.
     * {@code ITU-T A.1 (09/2019) clause 1.6}) contains it as a whole ({@code "1.6"} does not match 1.6.2).
     *
     * @param clause a clause, e.g. {@code 1.6}, or a part of the full reference
     * @return the findings that also match this, for more criteria
     * @throws AssertionError listing the findings matched so far when none is left
     */
    public FindingsAssert citing(String clause) {
        return narrow("citing \"" + clause + "\"", f -> Describe.cites(f.citation(), clause));
    }

    /**
     * With a message that contains a text.
     *
     * @param text the text
     * @return the findings that also match this, for more criteria
     * @throws AssertionError listing the findings matched so far when none is left
     */
    public FindingsAssert withMessageContaining(String text) {
        return narrow("with a message containing \"" + text + "\"", f -> f.message().contains(text));
    }

    /**
     * With an item of evidence.
     *
     * @param name  the name of the evidence, e.g. {@code target}
     * @param value its value
     * @return the findings that also match this, for more criteria
     * @throws AssertionError listing the findings matched so far when none is left
     */
    public FindingsAssert withEvidence(String name, String value) {
        return narrow("with evidence " + name + " = \"" + value + "\"", f -> value.equals(f.evidence().get(name)));
    }

    /**
     * Exactly so many findings match the criteria so far.
     *
     * @param n the number of findings expected
     * @return this assertion, for more
     * @throws AssertionError listing the findings that match, when there are more or fewer
     */
    public FindingsAssert hasCount(int n) {
        if (actual.size() != n) {
            failWithMessage("%s", "Expecting " + n + " findings " + criteria + " in the report (as of " + report.asOf()
                    + "), but there are " + actual.size() + ":" + System.lineSeparator() + Describe.list(actual));
        }
        return this;
    }

    /**
     * The only finding that matches the criteria so far, for assertions on it.
     *
     * @return assertions on that finding
     * @throws AssertionError listing the findings that match, when there is not exactly one
     */
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
