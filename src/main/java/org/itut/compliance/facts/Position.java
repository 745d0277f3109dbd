package org.itut.compliance.facts;

/** A reply's position on one subject of a consultation. */
public enum Position {
    SUPPORT,
    NOT_SUPPORT,
    /** No box ticked for this subject. */
    NONE,
    /** Both boxes ticked, or otherwise unreadable. */
    UNCLEAR
}
