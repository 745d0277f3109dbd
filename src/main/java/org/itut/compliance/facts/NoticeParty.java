package org.itut.compliance.facts;

/** Who must receive a rapporteur's advance notice of a meeting (A.1 (10/2016) 2.3.3.10). */
public enum NoticeParty {
    /** The collaborators on the Question. */
    COLLABORATORS,
    /** The study group (its management or reflector). */
    STUDY_GROUP,
    /** TSB, the Telecommunication Standardization Bureau. */
    TSB
}
