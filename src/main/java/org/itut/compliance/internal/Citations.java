package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.itut.compliance.Citation;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Status;
import org.itut.compliance.internal.Editions.Edition;

/**
 * The one place a citation is made: from a rule's metadata and the date of the act judged, by
 * the edition in force on that date (never the wall clock).
 */
final class Citations {
    private Citations() {
    }

    /**
     * The outcome of resolving: the citation, the edition applied, and what the edition situation
     * does to the rule's own conclusion.
     *
     * @param override     replaces the rule's outcome when the rule's text does not govern the act, or {@code null}
     * @param reason       why, when {@code override} is set or the level is capped
     * @param levelCap     the most serious level allowed, or {@code null}
     */
    record Resolved(Citation citation, EditionApplied applied, Outcome override, String reason, Level levelCap) {
    }

    /**
     * The edition whose numbers apply to an act on {@code act}: the edition in force when parameter
     * values for it exist (a user who holds a newer edition supplies them), else the edition whose
     * text the rule encodes.
     */
    static String parameterEdition(Parameters params, RuleMeta m, LocalDate act, String name) {
        String own = m.textEdition() != null ? m.textEdition() : m.edition();
        Editions eds = params.editions();
        if (act != null && eds.knows(m.instrument())) {
            Optional<Edition> e = eds.inForce(m.instrument(), act);
            if (e.isPresent() && params.has(m.instrument(), e.get().edition(), name)) {
                return e.get().edition();
            }
        }
        return own;
    }

    static Resolved resolve(Editions eds, RuleMeta m, LocalDate act) {
        Status status = m.status();
        Level cap = status == Status.UNVERIFIED ? Level.WARNING : null;
        Edition ruleEd = eds.edition(m.instrument(), m.edition()).orElseThrow(() -> new IllegalStateException(
                m.file() + ": rule " + m.id() + " cites " + m.instrument() + " (" + m.edition()
                        + "), which parameters/editions.yaml does not register"));
        String name = eds.name(m.instrument());
        if (act == null) {
            return new Resolved(new Citation(name, ruleEd.label(), m.clause(), m.title(), status,
                    "date of the act unknown; cited under the edition the rule encodes"), applied(eds, ruleEd, true), null, null, cap);
        }
        Optional<Edition> found = eds.inForce(m.instrument(), act);
        if (found.isEmpty()) {
            return new Resolved(new Citation(name, ruleEd.label(), m.clause(), m.title(), status, ""),
                    applied(eds, ruleEd, true), Outcome.INDETERMINATE,
                    "no registered edition of " + name + " was in force on " + act, cap);
        }
        Edition e = found.get();
        if (e.equals(ruleEd)) {
            String note = m.textEdition() != null
                    ? "number by crosswalk; content read in " + name + " (" + m.textEdition() + ") clause " + m.textClause()
                    : "";
            return new Resolved(new Citation(name, e.label(), m.clause(), m.title(), status, note), applied(eds, e, true), null, null, cap);
        }
        if (e.edition().equals(m.textEdition())) {
            return new Resolved(new Citation(name, e.label(), m.textClause(), m.title(), Status.VERIFIED, ""),
                    applied(eds, e, true), null, null, cap);
        }
        String own = m.textEdition() != null ? m.textEdition() : m.edition();
        String ownClause = m.textEdition() != null ? m.textClause() : m.clause();
        if (own.equals(e.carriedForward()) || m.edition().equals(e.carriedForward())) {
            String note = "clause number presumed; text of " + name + " (" + own + ") clause " + ownClause + " applied";
            return new Resolved(new Citation(name, e.label(), m.clause(), m.title(), status, note), applied(eds, e, false), null, null, cap);
        }
        boolean older = e.from().isBefore(ruleEd.from());
        if (older && e.encoded()) {
            return new Resolved(new Citation(name, e.label(), m.clause(), m.title(), status, ""), applied(eds, e, true),
                    Outcome.NOT_APPLICABLE, name + " (" + e.label() + ") was in force on " + act + ", not the " + ruleEd.label()
                    + " text this rule encodes", cap);
        }
        if (older) {
            String note = name + " (" + e.label() + ") was in force on " + act + " and is not encoded; judged under the "
                    + ruleEd.label() + " text";
            return new Resolved(new Citation(name, ruleEd.label(), m.clause(), m.title(), status, note), applied(eds, e, false),
                    null, note, Level.WARNING);
        }
        return new Resolved(new Citation(name, e.label(), m.clause(), m.title(), status, "text not encoded"), applied(eds, e, false),
                Outcome.INDETERMINATE, name + " (" + e.label() + ") applies on " + act + "; its text of this provision is not encoded"
                + " (this rule encodes " + ruleEd.label() + " clause " + m.clause() + ")", cap);
    }

    private static EditionApplied applied(Editions eds, Edition e, boolean textEncoded) {
        return new EditionApplied(eds.name(e.instrument()), e.label(), e.from(), eds.until(e), textEncoded && e.encoded());
    }

    /** A citation of a group's own terms of reference and the item that declares the duty. */
    static Citation termsOfReference(RuleMeta m, String group, String document, LocalDate approvedOn, String item) {
        String edition = document + (approvedOn == null ? "" : ", " + approvedOn);
        return new Citation("Terms of reference of " + group, edition, item == null ? "(whole)" : item, m.title(),
                m.status(), "duty declared by the group's own terms of reference");
    }
}
