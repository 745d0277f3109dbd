package org.itut.compliance.facts;

/** Who decided that a late contribution is considered at a meeting (A.1 (10/2016) 3.2.5). */
public enum ConsiderationAuthority {
    /** The study group or working party meeting itself. */
    MEETING,
    /** The chairman alone. */
    CHAIR,
    /** The Director of TSB. */
    DIRECTOR,
    /** Anyone else, as the source records it. */
    OTHER
}
