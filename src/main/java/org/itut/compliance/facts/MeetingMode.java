package org.itut.compliance.facts;

/**
 * How a meeting is held.
 */
public enum MeetingMode {
    /** In person, at a venue. */
    PHYSICAL,
    /** Fully virtual (online). */
    VIRTUAL,
    /** At a venue, with remote participation. */
    HYBRID
}
