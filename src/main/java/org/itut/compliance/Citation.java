package org.itut.compliance;

import java.util.Objects;

/**
 * Where a finding's provision is written. Built from rule metadata (and, for duties a group's own
 * terms of reference declare, from that document), never typed into a message.
 *
 * @param instrument  the text, e.g. {@code ITU-T A.1}, {@code WTSA Res. 1}, or a terms-of-reference document
 * @param edition     the edition in force on the date of the act judged, e.g. {@code 09/2019}
 * @param clause      the clause in that edition, e.g. {@code 5.5}; empty when no crosswalk maps the
 *                    provision to that edition ("clause not mapped")
 * @param title       a short paraphrased title of the provision
 * @param status      how well the provision is known, or {@link Status#CARRIED_FORWARD} when the act was
 *                    judged under another edition's text
 * @param note        how the citation was obtained when it is not a plain reading (crosswalk, carried-forward
 *                    text), or empty
 * @param textApplied the text the finding was judged under when it is not the edition in force, e.g.
 *                    {@code ITU-T A.1 (10/2016) clause 3.1.8}; empty when the edition in force was applied
 */
public record Citation(String instrument, String edition, String clause, String title, Status status, String note,
                       String textApplied) {

    /**
     * Checks what one {@code Citation} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and gives a component left {@code null} its
     * default where it has one.
     *
     * @param instrument  the text, e.g. {@code ITU-T A.1}, {@code WTSA Res. 1}, or a terms-of-reference document
     * @param edition     the edition in force on the date of the act judged, e.g. {@code 09/2019}
     * @param clause      the clause in that edition, e.g. {@code 5.5}; empty when no crosswalk maps the provision
     *                    to that edition ("clause not mapped")
     * @param title       a short paraphrased title of the provision
     * @param status      how well the provision is known, or {@link Status#CARRIED_FORWARD} when the act was judged
     *                    under another edition's text
     * @param note        how the citation was obtained when it is not a plain reading (crosswalk, carried-forward
     *                    text), or empty
     * @param textApplied the text the finding was judged under when it is not the edition in force, e.g. {@code
     *                    ITU-T A.1 (10/2016) clause 3.1.8}; empty when the edition in force was applied
     */
    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        textApplied = textApplied == null ? "" : textApplied;
    }

    /**
     * A citation of the edition in force whose own text was applied.
     *
     * @param instrument the text, e.g. {@code ITU-T A.1}
     * @param edition    the edition in force on the date of the act judged
     * @param clause     the clause in that edition, or empty when not mapped
     * @param title      a short paraphrased title of the provision
     * @param status     how well the provision is known
     * @param note       how the citation was obtained when it is not a plain reading, or empty
     */
    public Citation(String instrument, String edition, String clause, String title, Status status, String note) {
        this(instrument, edition, clause, title, status, note, "");
    }

    /**
     * Whether the clause of the edition in force is known.
     *
     * @return false when no evidenced crosswalk gives the provision's clause in the edition in force
     */
    public boolean clauseMapped() {
        return !clause.isEmpty();
    }

    /**
     * For example {@code ITU-T A.1 (09/2019) clause 1.6}, or {@code WTSA Res. 1 (Rev. Geneva, 2022), clause not
     * mapped} when the clause of the edition in force is not known.
     *
     * @return the instrument, edition and clause as one would cite them
     */
    public String reference() {
        if (clause.isEmpty()) {
            return instrument + " (" + edition + "), clause not mapped";
        }
        return instrument + " (" + edition + ") " + (clause.matches("^[0-9].*") ? "clause " : "") + clause;
    }

    @Override
    public String toString() {
        return reference() + (note.isEmpty() ? "" : " [" + note + "]");
    }
}
