package org.itut.compliance.facts;

/** What a study-group meeting decided about a draft Question. */
public enum SgQuestionOutcome {
    /** Approved by the study group between assemblies (Res. 1 (2016) 7.2.2). */
    APPROVED,
    /** Agreed to submit for approval (to TSAG, WTSA or a consultation) (Res. 1 (2016) 7.1.6). */
    AGREED_FOR_APPROVAL,
    /** No consensus; a Member State consultation was requested (Res. 1 (2016) 7.2.3). */
    CONSULTATION_REQUESTED,
    /** Agreed to delete the Question (Res. 1 (2016) 7.4.1). */
    DELETION_AGREED,
    /** Not agreed; work continues. */
    NOT_AGREED
}
