package org.itut.compliance.facts;

public enum DecisionKind {
    ESTABLISH, CONTINUE, ENDORSE, TERMINATE, AGREEMENT_REACHED, CLOSE, EXTEND, APPOINT,
    ADOPT, APPROVE, CONSENT, DETERMINE, AGREED_FOR_APPROVAL, RECOMMEND_MODIFICATION, REFER_BACK,
    APPROVE_TERMS_OF_REFERENCE, OTHER,
    /** A study group or working party adjusts the rapporteur guidelines of A.1 (10/2016) 2.3.3; {@code clause} names the provisions. */
    ADJUST,
    /** A parent group agrees the general direction of a rapporteur group's study (A.1 (10/2016) 2.3.3.14). */
    AGREE_DIRECTION
}
