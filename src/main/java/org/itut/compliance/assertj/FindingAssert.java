package org.itut.compliance.assertj;

import java.time.LocalDate;
import java.util.Objects;

import org.assertj.core.api.AbstractAssert;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;

/** Assertions on one {@link Finding}. */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    FindingAssert(Finding actual) {
        super(actual, FindingAssert.class);
    }

    /**
     * The finding has the outcome.
     *
     * @param outcome the outcome expected
     * @return this assertion, for more
     */
    public FindingAssert hasOutcome(Outcome outcome) {
        return check(actual.outcome() == outcome, "outcome " + outcome);
    }

    /**
     * The finding has the level ({@code null} for any finding that is not a failure).
     *
     * @param level the level expected
     * @return this assertion, for more
     */
    public FindingAssert hasLevel(Level level) {
        return check(actual.level() == level, "level " + level);
    }

    /**
     * The finding is about the subject.
     *
     * @param subject the id of the party, group, document ... judged
     * @return this assertion, for more
     */
    public FindingAssert isAbout(String subject) {
        return check(actual.subject().equals(subject), "subject \"" + subject + "\"");
    }

    /**
     * The finding is due on the date ({@code null}: it has no due date).
     *
     * @param date the due date expected
     * @return this assertion, for more
     */
    public FindingAssert isDueOn(LocalDate date) {
        return check(Objects.equals(actual.due(), date), "due date " + date);
    }

    /**
     * The finding cites the clause, as {@link FindingsAssert#citing(String)} matches it.
     *
     * @param clause a clause, e.g. {@code 1.6}, or a part of the full reference
     * @return this assertion, for more
     */
    public FindingAssert cites(String clause) {
        return check(Describe.cites(actual.citation(), clause), "a citation of \"" + clause + "\"");
    }

    /**
     * The finding's message contains the text.
     *
     * @param text the text expected in the message
     * @return this assertion, for more
     */
    public FindingAssert hasMessageContaining(String text) {
        return check(actual.message().contains(text), "a message containing \"" + text + "\"");
    }

    /**
     * The finding's evidence has the name with the value.
     *
     * @param name  the name of the evidence, e.g. {@code target}
     * @param value its value expected
     * @return this assertion, for more
     */
    public FindingAssert hasEvidence(String name, String value) {
        return check(value.equals(actual.evidence().get(name)), "evidence " + name + " = \"" + value + "\"");
    }

    private FindingAssert check(boolean ok, String expected) {
        isNotNull();
        if (!ok) {
            failWithMessage("%s", "Expecting the finding to have " + expected + ", but it is:" + System.lineSeparator() + "  "
                    + Describe.finding(actual) + (actual.evidence().isEmpty() ? "" : System.lineSeparator() + "  evidence: " + actual.evidence()));
        }
        return this;
    }
}
