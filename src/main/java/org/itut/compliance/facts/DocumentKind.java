package org.itut.compliance.facts;

public enum DocumentKind {
    CONTRIBUTION,
    /** A temporary document. */
    TD,
    LIAISON_STATEMENT,
    /** A report (progress report, meeting report, report to an assembly). */
    REPORT,
    TERMS_OF_REFERENCE,
    TSB_CIRCULAR,
    COLLECTIVE_LETTER,
    CONVENING_LETTER,
    /** A meeting announcement sent by e-mail or posted. */
    ANNOUNCEMENT,
    /** A reply to a consultation. */
    REPLY,
    OTHER
}
