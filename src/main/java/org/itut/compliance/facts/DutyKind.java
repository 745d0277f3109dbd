package org.itut.compliance.facts;

/** The kinds of time-bound duty a group's terms of reference can declare. */
public enum DutyKind {
    /** Report to the target groups a lead time before the first day of each of their meetings. */
    REPORT_BEFORE_EACH_MEETING,
    /** Announce each of the group's own meetings a lead time ahead (optionally with the draft agenda). */
    ANNOUNCE_OWN_MEETINGS
}
