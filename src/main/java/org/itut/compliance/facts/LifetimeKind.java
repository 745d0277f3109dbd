package org.itut.compliance.facts;

/** How a group's terms of reference bound its life. */
public enum LifetimeKind {
    /** Active until a named body decides (e.g. "until an agreement is reached by TSAG"). */
    UNTIL_DECISION,
    /** Active until a date. */
    UNTIL_DATE,
    /** Governed by a clause of a text (e.g. "see clause 5.10 of A.1"). */
    PER_CLAUSE,
    /** Until the task is complete, with no deciding body named. */
    UNTIL_TASK_COMPLETE
}
