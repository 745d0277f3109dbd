package org.itut.compliance.facts;

/** Whom a document was sent to, by role, where a provision routes inputs (A.1 (10/2016) 2.2.6). */
public enum DeliveryRecipient {
    /** The chairman of the receiving group. */
    CHAIR,
    /** One of the co-chairs of the receiving group. */
    CO_CHAIR,
    /** The convener or a co-convener. */
    CONVENOR,
    /** The TSB counsellor concerned. */
    TSB_COUNSELLOR,
    /** The group's TSB secretariat address. */
    SECRETARIAT,
    /** The group's mailing list (all its members). */
    MAILING_LIST
}
