package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.itut.compliance.Citation;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Status;
import org.itut.compliance.internal.Editions.Edition;
import org.itut.compliance.internal.Editions.Mapping;
import org.itut.compliance.internal.Editions.Note;
import org.itut.compliance.internal.Editions.Successor;

/**
 * The one place a citation is made: from a rule's metadata and the date of the act judged, by
 * the edition in force on that date (never the wall clock).
 *
 * <p>One edition policy for every instrument (docs/report-format.md, "Editions"): where the text of
 * the edition in force on the act's date is not encoded, the rule judges under the text it encodes
 * (the newest encoded one), and the finding is {@link Status#CARRIED_FORWARD}: its citation names the
 * edition in force, the clause there only where a crosswalk is evidenced, and the text applied; it is
 * capped at WARNING; in strict mode it is INDETERMINATE instead. Provisions known to differ are never
 * carried forward, and an older provision is not applied to an act that an encoded successor governs.
 */
final class Citations {
    private Citations() {
    }

    /**
     * The outcome of resolving: the citation, the edition applied, and what the edition situation
     * does to the rule's own conclusion.
     *
     * @param override       replaces the rule's outcome when the rule's text does not govern the act, or {@code null}
     * @param reason         why, when {@code override} is set or the level is capped
     * @param levelCap       the most serious level allowed, or {@code null}
     * @param carriedForward true when the act is judged under a text other than the edition in force
     * @param overridesAll   true when {@code override} replaces even a NOT_APPLICABLE conclusion (strict mode)
     * @param superseded     true when an encoded successor governs the act: {@code reason} replaces the rule's message
     */
    record Resolved(Citation citation, EditionApplied applied, Outcome override, String reason, Level levelCap,
                    boolean carriedForward, boolean overridesAll, boolean superseded) {

        Resolved(Citation citation, EditionApplied applied, Outcome override, String reason, Level levelCap,
                 boolean carriedForward, boolean overridesAll) {
            this(citation, applied, override, reason, levelCap, carriedForward, overridesAll, false);
        }
    }

    /** Where a parameter's value is read: an instrument and edition of the parameter files. */
    record ParameterSource(String instrument, String edition) {
    }

    /**
     * The parameter file whose numbers apply to an act on {@code act}: the edition in force (of the
     * instrument that governs the provision then) when parameter values for it exist — a user who holds
     * that edition supplies them — else the edition whose text the rule encodes. A carried-forward
     * finding thus uses the numbers of the text applied unless the user supplied the edition in force's.
     */
    static ParameterSource parameterSource(Parameters params, RuleMeta m, LocalDate act, String name) {
        String own = m.textEdition() != null ? m.textEdition() : m.edition();
        Editions eds = params.editions();
        if (act != null && eds.knows(m.instrument())) {
            String gov = eds.governing(m.instrument(), m.clause(), act);
            Optional<Edition> e = eds.inForce(gov, act);
            if (e.isPresent() && params.has(gov, e.get().edition(), name)) {
                return new ParameterSource(gov, e.get().edition());
            }
        }
        return new ParameterSource(m.instrument(), own);
    }

    /** The edition of {@link #parameterSource}. */
    static String parameterEdition(Parameters params, RuleMeta m, LocalDate act, String name) {
        return parameterSource(params, m, act, name).edition();
    }

    static Resolved resolve(Editions eds, RuleMeta m, LocalDate act) {
        return resolve(eds, m, act, null);
    }

    /**
     * @param routedUnder the clause of a later edition under which the facts say the act went (e.g. a
     *                    Question put to a Res. 1 (2022) 7.3.2 consultation), or {@code null}
     */
    static Resolved resolve(Editions eds, RuleMeta m, LocalDate act, String routedUnder) {
        Status status = m.status();
        Level cap = status == Status.UNVERIFIED ? Level.WARNING : null;
        Edition ruleEd = registered(eds, m, m.edition());
        String textEd = m.textEdition() != null ? m.textEdition() : m.edition();
        String textClause = m.textClause() != null ? m.textClause() : m.clause();
        Edition text = registered(eds, m, textEd);
        String name = eds.name(m.instrument());
        String textRef = name + " (" + text.label() + ") " + clauseWords(textClause);
        if (act == null) {
            String note = m.textEdition() != null
                    ? "date of the act unknown; cited under the edition the rule encodes, number by crosswalk; content read in "
                    + textRef
                    : "date of the act unknown; cited under the edition the rule encodes";
            return new Resolved(new Citation(name, ruleEd.label(), m.clause(), m.title(), status, note),
                    applied(eds, ruleEd, true, ""), null, null, cap, false, false);
        }
        String gov = eds.governing(m.instrument(), m.clause(), act);
        Optional<Edition> found = eds.inForce(gov, act);
        if (found.isEmpty()) {
            return new Resolved(new Citation(name, ruleEd.label(), m.clause(), m.title(), status, ""),
                    applied(eds, ruleEd, true, ""), Outcome.INDETERMINATE,
                    "no registered edition of " + eds.name(gov) + " was in force on " + act, cap, false, false);
        }
        Edition e = found.get();
        String eName = eds.name(gov);
        boolean sameInstrument = gov.equals(m.instrument());
        if (sameInstrument && e.equals(text)) {
            // The text the rule encodes is the edition in force: a plain reading.
            Status s = textEd.equals(m.edition()) ? status : Status.VERIFIED;
            return new Resolved(new Citation(name, e.label(), textClause, m.title(), s, ""), applied(eds, e, true, ""),
                    null, null, cap, false, false);
        }
        if (sameInstrument && e.encoded()) {
            // Another encoded edition governs: the rules of its text judge this act.
            return new Resolved(new Citation(name, e.label(), m.clause(), m.title(), status, ""), applied(eds, e, true, ""),
                    Outcome.NOT_APPLICABLE, name + " (" + e.label() + ") was in force on " + act + ", not the " + text.label()
                    + " text this rule encodes", cap, false, false);
        }
        Successor successor = sameInstrument && routedUnder != null ? e.successor(textClause) : null;
        if (successor != null && (Editions.within(routedUnder, successor.clause()) || Editions.within(successor.clause(), routedUnder))) {
            String reason = eName + " (" + e.label() + ") " + clauseWords(successor.clause()) + " governs this act ("
                    + successor.governs() + "), not the " + textRef + " this rule encodes; the rules of that clause judge it";
            return new Resolved(new Citation(eName, e.label(), successor.clause(), m.title(), Status.fromTag(successor.status()),
                    "replaces " + textRef + " for " + successor.governs()), applied(eds, e, true, ""),
                    Outcome.NOT_APPLICABLE, reason, cap, false, true, true);
        }
        Mapping mapping = sameInstrument ? e.mapping(textClause) : null;
        String clause = mapping == null ? "" : mapping.clause();
        Note differs = sameInstrument ? e.notCarried(textClause) : null;
        if (differs != null) {
            // Known to differ: never judged under the older text.
            String reason = eName + " (" + e.label() + ") applies on " + act + " and its text of this provision is not"
                    + " encoded: " + differs.note();
            return new Resolved(new Citation(eName, e.label(), clause, m.title(), Status.UNVERIFIED,
                    mappingWords(mapping, textClause) + "; " + differs.note()), applied(eds, e, false, ""),
                    Outcome.INDETERMINATE, reason, null, false, false);
        }
        List<String> note = new ArrayList<>();
        note.add(mappingWords(mapping, textClause));
        String alsoCited = m.textEdition() != null && !e.equals(ruleEd)
                ? " (= " + name + " (" + ruleEd.label() + ") clause " + m.clause() + " by crosswalk)" : "";
        note.add("text of " + textRef + alsoCited + " applied");
        if (!sameInstrument) {
            note.add(eName + " governs these provisions from " + eds.editions(gov).get(0).from() + "; its text is not encoded");
        } else {
            note.add(e.label() + " text not encoded");
        }
        Note caveat = sameInstrument ? e.caveat(textClause) : null;
        if (caveat != null) {
            note.add(caveat.note());
        }
        Citation citation = new Citation(eName, e.label(), clause, m.title(), Status.CARRIED_FORWARD, String.join("; ", note),
                textRef);
        EditionApplied applied = applied(eds, e, false, name + " " + text.label());
        if (eds.strict()) {
            return new Resolved(citation, applied, Outcome.INDETERMINATE, "Strict editions: " + eName + " (" + e.label()
                    + ") applies on " + act + " and its text is not encoded, so the act is not judged under " + textRef,
                    null, true, true);
        }
        return new Resolved(citation, applied, null, "WARNING at most: judged under " + textRef + ", carried forward",
                Level.WARNING, true, false);
    }

    private static Edition registered(Editions eds, RuleMeta m, String edition) {
        return eds.edition(m.instrument(), edition).orElseThrow(() -> new IllegalStateException(
                m.file() + ": rule " + m.id() + " cites " + m.instrument() + " (" + edition
                        + "), which parameters/editions.yaml does not register"));
    }

    private static String clauseWords(String clause) {
        return (clause.matches("^[0-9].*") ? "clause " : "") + clause;
    }

    private static String mappingWords(Mapping mapping, String textClause) {
        if (mapping == null) {
            return "no crosswalk to this edition is evidenced";
        }
        if (mapping.text().equals(textClause)) {
            return clauseWords(mapping.clause()) + " per " + mapping.basis();
        }
        return "sub-clause " + textClause + " not mapped (" + clauseWords(mapping.clause()) + " per " + mapping.basis() + ")";
    }

    /**
     * Checks, when the engine is built, that a rule cited by crosswalk (a JCA rule: {@code @edition("09/2019")
     * @clause("5.5") @textEdition("10/2016") @textClause("2.2.5")}) agrees with the crosswalk registered for its
     * edition, so that the clause a finding prints has one source.
     */
    static void checkCrosswalk(Editions eds, RuleMeta m) {
        if (m.termsOfReference() || m.textEdition() == null) {
            return;
        }
        registered(eds, m, m.textEdition());
        Mapping x = registered(eds, m, m.edition()).mapping(m.textClause());
        if (x == null || !x.text().equals(m.textClause()) || !x.clause().equals(m.clause())) {
            throw new IllegalStateException(m.file() + ": rule " + m.id() + " cites " + m.instrument() + " (" + m.edition()
                    + ") clause " + m.clause() + " for the text of clause " + m.textClause() + " (" + m.textEdition()
                    + "), but parameters/editions.yaml maps that clause to " + (x == null ? "nothing" : x.clause()));
        }
    }

    private static EditionApplied applied(Editions eds, Edition e, boolean ownText, String textApplied) {
        return new EditionApplied(eds.name(e.instrument()), e.label(), e.from(), eds.until(e), ownText,
                ownText ? "" : textApplied, true, false);
    }

    /**
     * The editions a report names: those its findings were judged under (merged per edition) and, for every
     * registered instrument, the edition in force on {@code asOf} even if no finding fell under it.
     */
    static List<EditionApplied> reportEditions(Editions eds, Collection<EditionApplied> judged, LocalDate asOf) {
        Map<String, List<EditionApplied>> byEdition = new LinkedHashMap<>();
        for (EditionApplied a : judged) {
            byEdition.computeIfAbsent(a.instrument() + "|" + a.inForceFrom() + "|" + a.edition(), k -> new ArrayList<>()).add(a);
        }
        Map<String, EditionApplied> out = new LinkedHashMap<>();
        byEdition.forEach((key, list) -> {
            boolean own = list.stream().anyMatch(EditionApplied::textEncoded);
            Set<String> texts = new java.util.TreeSet<>();
            list.stream().map(EditionApplied::textApplied).filter(t -> !t.isEmpty()).forEach(texts::add);
            EditionApplied first = list.get(0);
            out.put(key, new EditionApplied(first.instrument(), first.edition(), first.inForceFrom(), first.inForceUntil(), own,
                    String.join(", ", texts), true, covers(first, asOf)));
        });
        for (String instrument : eds.instruments()) {
            Optional<Edition> e = eds.inForce(instrument, asOf);
            if (e.isEmpty()) {
                continue;
            }
            Edition ed = e.get();
            String name = eds.name(instrument);
            String key = name + "|" + ed.from() + "|" + ed.label();
            if (!out.containsKey(key)) {
                out.put(key, new EditionApplied(name, ed.label(), ed.from(), eds.until(ed), ed.encoded(), "", false, true));
            }
        }
        List<EditionApplied> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(EditionApplied::instrument).thenComparing(EditionApplied::inForceFrom));
        return List.copyOf(list);
    }

    private static boolean covers(EditionApplied e, LocalDate asOf) {
        return !e.inForceFrom().isAfter(asOf) && (e.inForceUntil() == null || !e.inForceUntil().isBefore(asOf));
    }

    /** A citation of a group's own terms of reference and the item that declares the duty. */
    static Citation termsOfReference(RuleMeta m, String group, String document, LocalDate approvedOn, String item) {
        String edition = document + (approvedOn == null ? "" : ", " + approvedOn);
        return new Citation("Terms of reference of " + group, edition, item == null ? "(whole)" : item, m.title(),
                m.status(), "duty declared by the group's own terms of reference");
    }
}
