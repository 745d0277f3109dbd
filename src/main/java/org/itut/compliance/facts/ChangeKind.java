package org.itut.compliance.facts;

/** How a new approval relates to the previous one (Res. 1 (2016) 9.3.9; A.8 (2008) 3.7). */
public enum ChangeKind {
    /** Complements the earlier agreement rather than changing it. */
    COMPLEMENTARY,
    /** Corrects a significant error or omission (defect correction). */
    ERROR_FIX,
    /** Changes what was agreed. */
    SUBSTANTIVE
}
