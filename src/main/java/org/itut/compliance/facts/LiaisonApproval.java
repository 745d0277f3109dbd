package org.itut.compliance.facts;

/** The level of approval a liaison statement states (A.1 (10/2016) 1.5.1). */
public enum LiaisonApproval {
    /** Approved by a study group meeting. */
    STUDY_GROUP,
    /** Approved by a working party meeting. */
    WORKING_PARTY,
    /** Approved by a rapporteur group meeting. */
    RAPPORTEUR_GROUP,
    /** Approved by a TSAG meeting. */
    TSAG,
    /** Approved between meetings by the study group chairman. */
    SG_CHAIR,
    /** Approved between meetings by the TSAG chairman (Res. 1 (2016) 4.7). */
    TSAG_CHAIR,
    /** Approved between meetings by the working party chairman. */
    WP_CHAIR,
    /** Approved by the rapporteur. */
    RAPPORTEUR,
    /** Approved by the convener of a correspondence activity. */
    CONVENER,
    /** Approved by anyone else, as the statement says. */
    OTHER
}
