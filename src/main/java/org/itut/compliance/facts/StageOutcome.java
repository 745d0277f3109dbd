package org.itut.compliance.facts;

/** Where a draft Recommendation went after an AAP Last Call or Additional Review, as recorded. */
public enum StageOutcome {
    /** Approved (no comments, or typographical ones only). */
    APPROVED,
    /** Comment resolution, then an Additional Review or a study-group meeting. */
    COMMENT_RESOLUTION,
    /** Sent to the next study-group meeting. */
    SG_MEETING
}
