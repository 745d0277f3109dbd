package org.itut.compliance.facts;

/** Items a document is known to contain, where a provision requires them. */
public enum DocumentContent {
    /** The terms of reference of a group. */
    TERMS_OF_REFERENCE,
    /** The name of the chairman (or convener). */
    CHAIRMAN,
    /** The group responsible (for a JCA or a correspondence activity: the group it reports to). */
    RESPONSIBLE_GROUP,
    /** A draft agenda of a meeting. */
    DRAFT_AGENDA,
    /** The agenda of a meeting. */
    AGENDA,
    /** A draft work plan. */
    DRAFT_WORK_PLAN,
    /** The list of Questions concerned. */
    QUESTIONS_LIST,
    /** How to register for a meeting. */
    REGISTRATION_INFO,
    /** A summary of the text. */
    SUMMARY,
    /** A deadline (for contributions, comments or replies). */
    DEADLINE
}
