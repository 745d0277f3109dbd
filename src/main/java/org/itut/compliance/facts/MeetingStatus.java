package org.itut.compliance.facts;

/**
 * Where a meeting stands; a meeting whose file leaves the status out is {@link #PLANNED}.
 */
public enum MeetingStatus {
    /** Scheduled, with dates. */
    PLANNED,
    /** Announced as tentative, subject to confirmation. */
    TENTATIVE,
    /** Known to have taken place. */
    HELD,
    /** Cancelled: it will not take place, or did not. */
    CANCELLED
}
