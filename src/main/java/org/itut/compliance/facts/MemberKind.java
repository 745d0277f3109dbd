package org.itut.compliance.facts;

/** The kinds of ITU membership that matter for who may answer a consultation. */
public enum MemberKind {
    /** A Member State (its administration). */
    MEMBER_STATE,
    /** A Sector Member of ITU-T. */
    SECTOR_MEMBER,
    /** An Associate of a study group. */
    ASSOCIATE,
    /** An Academia member. */
    ACADEMIA,
    /** Anyone else (a non-member, an organization). */
    OTHER
}
