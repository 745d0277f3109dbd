package org.itut.compliance.facts;

/** The categories of TD that A.1 (10/2016) 3.3.3 (and Res. 1 (2016) 4.7 for TSAG) exempt from the seven-day target. */
public enum TdExemption {
    /** An administrative document. */
    ADMINISTRATIVE,
    /** A report on an event that ended less than 21 calendar days before the meeting starts. */
    RECENT_EVENT_REPORT,
    /** A proposal from a chairman. */
    CHAIR_PROPOSAL,
    /** A proposal from the convenor of an ad hoc group. */
    CONVENER_PROPOSAL,
    /** A compilation of proposals made by chairmen or the secretariat. */
    COMPILATION,
    /** A document the meeting specifically asked for. */
    REQUESTED_BY_MEETING,
    /** A written proposal submitted during a TSAG meeting, arising from the discussion (Res. 1 (2016) 4.7). */
    TSAG_IN_SESSION_PROPOSAL
}
