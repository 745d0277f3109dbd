package org.itut.compliance.facts;

/** What a document is for, where the procedures distinguish it. */
public enum DocumentRole {
    /** A progress report (of a rapporteur group, JCA, correspondence group or focus group). */
    PROGRESS_REPORT,
    /** The report of a study group, working party or TSAG meeting. */
    MEETING_REPORT,
    /** The report of a rapporteur group meeting. */
    RGM_REPORT,
    /** A report by a chairman. */
    CHAIR_REPORT,
    /** A report by the convener of a correspondence activity. */
    CONVENER_REPORT,
    /** An extract of a report (a decision as the report records it). */
    REPORT_EXTRACT,
    /** Terms of reference proposed, not yet approved. */
    DRAFT_TERMS_OF_REFERENCE,
    /** The text of a draft Recommendation. */
    DRAFT_RECOMMENDATION,
    /** The announcement that a group was established. */
    ESTABLISHMENT_ANNOUNCEMENT,
    /** A consultation of the members (a circular asking for replies). */
    CONSULTATION,
    /** The endorsement of a decision or of terms of reference by another body. */
    ENDORSEMENT,
    /** An administrative document (a list of participants, a timetable). */
    ADMINISTRATIVE,
    /** A report on an event (a workshop, a meeting of another body). */
    EVENT_REPORT,
    /** Anything else. */
    OTHER
}
