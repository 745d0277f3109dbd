package org.itut.compliance.facts;

/**
 * The kinds of document the procedures distinguish; {@link DocumentRole} says what one is for.
 */
public enum DocumentKind {
    /** A contribution of a member, submitted to a study group, working party or TSAG. */
    CONTRIBUTION,
    /** A temporary document. */
    TD,
    /** A liaison statement from one group or organization to another. */
    LIAISON_STATEMENT,
    /** A report (progress report, meeting report, report to an assembly). */
    REPORT,
    /** A document holding terms of reference. */
    TERMS_OF_REFERENCE,
    /** A TSB circular. */
    TSB_CIRCULAR,
    /** A TSB collective letter (the convening of a study group or working party meeting). */
    COLLECTIVE_LETTER,
    /** A letter convening a meeting (a rapporteur meeting, for example). */
    CONVENING_LETTER,
    /** A meeting announcement sent by e-mail or posted. */
    ANNOUNCEMENT,
    /** A reply to a consultation. */
    REPLY,
    /** Any other document. */
    OTHER
}
