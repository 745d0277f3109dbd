package org.itut.compliance.facts;

/** What a result announcement says about one subject. */
public enum ResultState {
    APPROVED,
    NOT_APPROVED,
    /** Not approved and referred back to the study group. */
    REFERRED_BACK,
    DELETED,
    NOT_DELETED
}
