package org.itut.compliance.facts;

/** The procedure a consultation runs under, as its circular states it. */
public enum ConsultationProcedure {
    /** Member State consultation on a Question the study group could not agree by consensus: Res. 1 (2016) 7.2.3. */
    QUESTION_RES1_2016_7_2_3,
    /** Member State consultation on Questions adopted by TSAG: Res. 1 (2022) 7.3.2. */
    QUESTION_RES1_2022_7_3_2,
    /** Consultation on deleting a Question: Res. 1 (2016) 7.4.1. */
    QUESTION_DELETION_RES1_2016_7_4_1,
    /** Member State consultation before a TAP approval meeting: Res. 1 (2016) 9.4. */
    TAP_RES1_2016_9_4,
    /** AAP Last Call: A.8 (2008) 4. */
    AAP_LAST_CALL_A8_2008,
    /** AAP Additional Review: A.8 (2008) 4.5. */
    AAP_ADDITIONAL_REVIEW_A8_2008
}
