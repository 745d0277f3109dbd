package org.itut.compliance.facts;

/**
 * A clause a document cites, e.g. {@code A.1 5.5} from a set of terms of reference.
 *
 * @param instrument the text cited, e.g. "A.1", "Res. 1"
 * @param edition    the edition cited, or {@code null} when the document gives none
 * @param clause     the clause
 * @param item       where in the citing document the citation stands, or {@code null}
 */
public record ClauseReference(String instrument, String edition, String clause, String item) {
    /**
     * Checks what one {@code ClauseReference} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component).
     *
     * @param instrument the text cited, e.g. "A.1", "Res. 1"
     * @param edition    the edition cited, or {@code null} when the document gives none
     * @param clause     the clause
     * @param item       where in the citing document the citation stands, or {@code null}
     */
    public ClauseReference {
        Facts.requireText(instrument, "citation.instrument");
        Facts.requireText(clause, "citation.clause");
    }
}
