package org.itut.compliance.facts;

/** The two approval processes for Recommendations (Res. 1 (2016) section 8). */
public enum ApprovalProcess {
    /** Alternative approval process, Rec. ITU-T A.8. */
    AAP,
    /** Traditional approval process, Res. 1 (2016) section 9. */
    TAP
}
