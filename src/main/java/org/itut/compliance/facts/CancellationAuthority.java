package org.itut.compliance.facts;

/** Who decided to cancel a meeting. */
public enum CancellationAuthority {
    /** The Director of TSB. */
    DIRECTOR,
    /** The chairman of the group that meets. */
    CHAIR,
    /** The host of the meeting. */
    HOST,
    /** Anyone else, as the source records it. */
    OTHER
}
