package org.itut.compliance.internal.approval;

/** Which on-time Member State replies a procedure counts on a subject. */
public enum Counting {
    /**
     * Only replies that explicitly support or explicitly do not support (Res. 1 (2022) 7.3.2 as
     * Circular 101 restates it; applied to TAP, Res. 1 (2016) 9.4, by interpretation).
     */
    EXPLICIT,
    /**
     * Every Member State responding on the subject: support, non-support and explicit abstention
     * (an abstention is a response that is not in agreement) (Res. 1 (2016) 7.2.3, 7.4.1).
     */
    RESPONDING
}
