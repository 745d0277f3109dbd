package org.itut.compliance;

import java.util.Comparator;
import java.util.Objects;

/**
 * A fact an INDETERMINATE finding lacks, as data: what kind of fact it is and which fact of the
 * submission (or which party, meeting or text) it would concern. Every INDETERMINATE finding names at
 * least one; {@link Report#evidenceRequests()} groups them into the list an auditor sends the secretariat.
 *
 * @param kind  what is missing, as a noun phrase that groups like requests, e.g. {@code TSB collective letter},
 *              {@code receipt date}, {@code first day of the meeting}, {@code encoded text of the edition in force}
 * @param about the id of the fact it concerns (a meeting, document, group, Question, consultation), or the
 *              edition whose text is missing, e.g. {@code SG17-2026-06}, {@code TSAG-TD093}, {@code ITU-T A.1 09/2019}
 */
public record MissingFact(String kind, String about) {

    /** By kind, then by what it concerns. */
    public static final Comparator<MissingFact> ORDER = Comparator.comparing(MissingFact::kind).thenComparing(MissingFact::about);

    /**
     * Checks that both parts are given.
     *
     * @param kind  what is missing
     * @param about the id of what it concerns
     * @throws IllegalArgumentException when either is blank
     */
    public MissingFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(about, "about");
        if (kind.isBlank() || about.isBlank()) {
            throw new IllegalArgumentException("a missing fact needs a kind and what it is about: \"" + kind + "\", \"" + about + "\"");
        }
    }

    /**
     * The missing fact in a few words.
     *
     * @return e.g. {@code TSB collective letter — SG17-2026-06}
     */
    public String describe() {
        return kind + " — " + about;
    }
}
