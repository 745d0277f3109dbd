package org.itut.compliance.facts;

/** How a draft Question came before its study group (Res. 1 (2016) 7.1.1, 7.1.4). */
public enum QuestionOrigin {
    /** Proposed in a contribution to the study-group meeting that considers it. */
    CONTRIBUTION,
    /** Proposed by the study group itself during its meeting. */
    SG_MEETING,
    /** First drafted at TSAG. */
    TSAG,
    /** Any other origin (for example a circular with no study-group record). */
    OTHER
}
