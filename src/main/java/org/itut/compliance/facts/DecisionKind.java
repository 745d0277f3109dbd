package org.itut.compliance.facts;

/**
 * What a decision does; the rules read the kinds their provisions name.
 */
public enum DecisionKind {
    /** Establishes a group. */
    ESTABLISH,
    /** Continues a group (into a new study period, or past its expected end). */
    CONTINUE,
    /** Endorses another body's decision, or a group and its terms. */
    ENDORSE,
    /** Terminates a group. */
    TERMINATE,
    /** Records that agreement was reached on a subject. */
    AGREEMENT_REACHED,
    /** Closes a group, its work done. */
    CLOSE,
    /** Extends a group's lifetime. */
    EXTEND,
    /** Appoints a person to a role. */
    APPOINT,
    /** Adopts a text (a Resolution, a Question). */
    ADOPT,
    /** Approves a text or a group. */
    APPROVE,
    /** Consents a draft Recommendation for AAP. */
    CONSENT,
    /** Determines a draft Recommendation for TAP. */
    DETERMINE,
    /** Agrees a text to go forward for approval. */
    AGREED_FOR_APPROVAL,
    /** Recommends that a draft be modified (TSAG on a draft Question). */
    RECOMMEND_MODIFICATION,
    /** Refers a matter back to the body that brought it. */
    REFER_BACK,
    /** Approves terms of reference. */
    APPROVE_TERMS_OF_REFERENCE,
    /** Any other decision. */
    OTHER,
    /** A study group or working party adjusts the rapporteur guidelines of A.1 (10/2016) 2.3.3; {@code clause} names the provisions. */
    ADJUST,
    /** A parent group agrees the general direction of a rapporteur group's study (A.1 (10/2016) 2.3.3.14). */
    AGREE_DIRECTION
}
