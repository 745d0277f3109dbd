package org.itut.compliance.facts;

/** What a meeting is for, where the procedures treat it differently. */
public enum MeetingPurpose {
    /** A meeting of the ordinary programme. */
    REGULAR,
    /**
     * A short additional study-group or working-party meeting scheduled by the chairman with the Director
     * to take the consent, determination or decision on a draft Recommendation (A.1 1.1.4 exception).
     */
    ADDITIONAL_SHORT_DECISION_MEETING
}
