package org.itut.compliance.facts;

/** How a meeting report was approved (A.1 (10/2016) 1.7.3). */
public enum ReportApproval {
    /** By the meeting, before it closed. */
    BY_MEETING,
    /** By the meeting's chairman, after it closed. */
    BY_CHAIR,
    /** Partly by the meeting, the rest by its chairman afterwards. */
    BY_MEETING_AND_CHAIR,
    /** Published with no approval. */
    NONE
}
