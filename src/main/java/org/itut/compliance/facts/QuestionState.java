package org.itut.compliance.facts;

/** The state of a Question as last published. */
public enum QuestionState {
    /** A draft not yet decided. */
    DRAFT,
    /** Approved. */
    APPROVED,
    /** Referred to the study group (by TSAG, for its decision). */
    REFERRED_TO_SG,
    /** Returned to the study group, not approved. */
    RETURNED_TO_SG,
    /** Deleted. */
    DELETED
}
