package org.itut.compliance;

import java.time.LocalDate;

/**
 * An edition a report names: one that some finding was judged under (it was in force on the date of
 * the act), or one in force on the as-of date under which no finding fell, so that a reader sees every
 * text in force even where the facts hold no act under it.
 *
 * @param instrument    the text, e.g. {@code ITU-T A.1}
 * @param edition       the edition, e.g. {@code 09/2019}
 * @param inForceFrom   the first day it is taken to be in force
 * @param inForceUntil  the last day, or {@code null} while no later edition is registered
 * @param textEncoded   whether some finding was judged under this edition's own text (false when every
 *                      finding under it was carried forward from another edition, or the edition's text
 *                      is not encoded)
 * @param textApplied   when findings under it were carried forward: the text applied instead (e.g.
 *                      {@code ITU-T A.1 10/2016}), else empty
 * @param applied       whether some finding of the report was judged under it
 * @param inForceOnAsOf whether it is in force on the report's as-of date
 */
public record EditionApplied(String instrument, String edition, LocalDate inForceFrom, LocalDate inForceUntil,
                             boolean textEncoded, String textApplied, boolean applied, boolean inForceOnAsOf) {

    /**
     * Gives a component left {@code null} its default where it has one.
     *
     * @param instrument    the text, e.g. {@code ITU-T A.1}
     * @param edition       the edition, e.g. {@code 09/2019}
     * @param inForceFrom   the first day it is taken to be in force
     * @param inForceUntil  the last day, or {@code null} while no later edition is registered
     * @param textEncoded   whether some finding was judged under this edition's own text (false when every finding
     *                      under it was carried forward from another edition, or the edition's text is not encoded)
     * @param textApplied   when findings under it were carried forward: the text applied instead (e.g. {@code ITU-T
     *                      A.1 10/2016}), else empty
     * @param applied       whether some finding of the report was judged under it
     * @param inForceOnAsOf whether it is in force on the report's as-of date
     */
    public EditionApplied {
        textApplied = textApplied == null ? "" : textApplied;
    }

    /**
     * An edition some finding was judged under, not carried forward from another, and not (known to be) in force
     * on the as-of date.
     *
     * @param instrument   the text, e.g. {@code ITU-T A.1}
     * @param edition      the edition, e.g. {@code 09/2019}
     * @param inForceFrom  the first day it is taken to be in force
     * @param inForceUntil the last day, or {@code null} while no later edition is registered
     * @param textEncoded  whether some finding was judged under this edition's own text
     */
    public EditionApplied(String instrument, String edition, LocalDate inForceFrom, LocalDate inForceUntil,
                          boolean textEncoded) {
        this(instrument, edition, inForceFrom, inForceUntil, textEncoded, "", true, false);
    }

    /**
     * One line for a report's list of editions, e.g. {@code ITU-T A.1 09/2019 (text not encoded: ITU-T A.1 10/2016
     * carried forward)} or {@code ITU-T A.8 01/2024 (in force on the as-of date; no finding judged under it)}.
     *
     * @return the instrument and edition, and in brackets what was applied in its place or why nothing was
     */
    public String summary() {
        StringBuilder sb = new StringBuilder(instrument).append(' ').append(edition);
        if (!applied) {
            return sb.append(" (in force on the as-of date; no finding judged under it").append(textEncoded ? ")"
                    : "; text not encoded)").toString();
        }
        if (!textEncoded) {
            sb.append(textApplied.isEmpty() ? " (text not encoded; its findings are undecided)"
                    : " (text not encoded: " + textApplied + " carried forward)");
        } else if (!textApplied.isEmpty()) {
            sb.append(" (partly carried forward from " + textApplied + ")");
        }
        return sb.toString();
    }
}
