package org.itut.compliance.facts;

/** The AAP review stage a comment was made in. */
public enum ReviewStage {
    /** The AAP Last Call. */
    LAST_CALL,
    /** The AAP Additional Review. */
    ADDITIONAL_REVIEW
}
