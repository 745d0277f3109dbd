package org.itut.compliance.facts;

/** How a meeting reached a decision. */
public enum DecisionBasis {
    /** Consensus was reached. */
    CONSENSUS,
    /** Consensus was sought and not reached (an objection was sustained). */
    NO_CONSENSUS,
    /** A vote was taken (for a selection of the approval process: the WTSA voting procedure of Member States). */
    VOTE
}
