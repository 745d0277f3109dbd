package org.itut.compliance.facts;

public enum MeetingStatus {
    /** Scheduled, with dates. */
    PLANNED,
    /** Announced as tentative, subject to confirmation. */
    TENTATIVE,
    /** Known to have taken place. */
    HELD,
    CANCELLED
}
