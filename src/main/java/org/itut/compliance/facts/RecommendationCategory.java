package org.itut.compliance.facts;

/** Categories of Recommendation that Res. 1 (2016) 9.2.2 would send to the assembly. */
public enum RecommendationCategory {
    /** Administrative, concerning ITU-T as a whole. */
    ADMINISTRATIVE_ITU_T_WIDE,
    /** An issue the study group wants the assembly to settle. */
    FOR_ASSEMBLY,
    /** Blocked in the study group by non-technical (policy) disagreement. */
    POLICY_DISAGREEMENT,
    /** None of these: the study group can approve it. */
    OTHER
}
