package org.itut.compliance.facts;

/** What a result announcement says about one subject. */
public enum ResultState {
    /** Approved. */
    APPROVED,
    /** Not approved. */
    NOT_APPROVED,
    /** Not approved and referred back to the study group. */
    REFERRED_BACK,
    /** Deleted. */
    DELETED,
    /** Not deleted (kept in force). */
    NOT_DELETED
}
