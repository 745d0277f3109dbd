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

    public FindingAssert hasOutcome(Outcome outcome) {
        return check(actual.outcome() == outcome, "outcome " + outcome);
    }

    public FindingAssert hasLevel(Level level) {
        return check(actual.level() == level, "level " + level);
    }

    public FindingAssert isAbout(String subject) {
        return check(actual.subject().equals(subject), "subject \"" + subject + "\"");
    }

    public FindingAssert isDueOn(LocalDate date) {
        return check(Objects.equals(actual.due(), date), "due date " + date);
    }

    /** See {@link FindingsAssert#citing(String)}. */
    public FindingAssert cites(String clause) {
        return check(Describe.cites(actual.citation(), clause), "a citation of \"" + clause + "\"");
    }

    public FindingAssert hasMessageContaining(String text) {
        return check(actual.message().contains(text), "a message containing \"" + text + "\"");
    }

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
