package org.itut.compliance.facts;

/** What a liaison statement asks of an addressee (A.1 (10/2016) 1.5.1). */
public enum LiaisonTreatment {
    /** For action: the addressee is asked to act on it. */
    ACTION,
    /** For comment: the addressee is asked for its view. */
    COMMENT,
    /** For information only. */
    INFORMATION
}
