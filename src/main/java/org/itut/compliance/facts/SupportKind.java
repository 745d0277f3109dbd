package org.itut.compliance.facts;

/** The kinds of commitment a supporter of a Question makes (Res. 1 (2016) 7.2.2). */
public enum SupportKind {
    /** To submit contributions. */
    CONTRIBUTIONS,
    /** To provide a rapporteur. */
    RAPPORTEUR,
    /** To provide an editor. */
    EDITOR,
    /** To host meetings. */
    HOSTING
}
