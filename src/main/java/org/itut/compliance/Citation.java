package org.itut.compliance;

import java.util.Objects;

/**
 * Where a finding's provision is written. Built from rule metadata (and, for duties a group's own
 * terms of reference declare, from that document), never typed into a message.
 *
 * @param instrument the text, e.g. {@code ITU-T A.1}, {@code WTSA Res. 1}, or a terms-of-reference document
 * @param edition    the edition in force on the date of the act judged, e.g. {@code 09/2019}
 * @param clause     the clause in that edition, e.g. {@code 5.5}
 * @param title      a short paraphrased title of the provision
 * @param status     how well the provision is known
 * @param note       how the citation was obtained when it is not a plain reading (crosswalk, carried-forward
 *                   text), or empty
 */
public record Citation(String instrument, String edition, String clause, String title, Status status, String note) {

    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /** For example {@code ITU-T A.1 (09/2019) clause 1.6}. */
    public String reference() {
        return instrument + " (" + edition + ") " + (clause.matches("^[0-9].*") ? "clause " : "") + clause;
    }

    @Override
    public String toString() {
        return reference() + (note.isEmpty() ? "" : " [" + note + "]");
    }
}
