package org.itut.compliance.facts;

/** The level of approval a liaison statement states (A.1 (10/2016) 1.5.1). */
public enum LiaisonApproval {
    STUDY_GROUP, WORKING_PARTY, RAPPORTEUR_GROUP, TSAG,
    /** Approved between meetings by the study group chairman. */
    SG_CHAIR,
    /** Approved between meetings by the TSAG chairman (Res. 1 (2016) 4.7). */
    TSAG_CHAIR,
    WP_CHAIR, RAPPORTEUR, CONVENER, OTHER
}
