package org.itut.compliance.facts;

/** A reply's position on one subject of a consultation. */
public enum Position {
    /** Supports the subject. */
    SUPPORT,
    /** Does not support the subject. */
    NOT_SUPPORT,
    /** No box ticked for this subject. */
    NONE,
    /**
     * An explicit abstention: the reply says it takes no position. Not explicit support or
     * non-support, so not counted where only those are; a response that is not in agreement where
     * all Member States responding are counted (Res. 1 (2016) 7.2.3).
     */
    ABSTAIN,
    /** Both boxes ticked, or otherwise unreadable. */
    UNCLEAR
}
