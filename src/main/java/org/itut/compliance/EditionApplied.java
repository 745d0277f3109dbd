package org.itut.compliance;

import java.time.LocalDate;

/**
 * An edition some finding of a report was judged under.
 *
 * @param instrument   the text, e.g. {@code ITU-T A.1}
 * @param edition      the edition, e.g. {@code 09/2019}
 * @param inForceFrom  the first day it is taken to be in force
 * @param inForceUntil the last day, or {@code null} while no later edition is registered
 * @param textEncoded  whether the rules encode this edition's own text (false when another edition's
 *                     text is carried forward, or the edition is known to exist but not encoded)
 */
public record EditionApplied(String instrument, String edition, LocalDate inForceFrom, LocalDate inForceUntil,
                             boolean textEncoded) {
}
