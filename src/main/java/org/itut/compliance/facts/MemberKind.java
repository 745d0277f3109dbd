package org.itut.compliance.facts;

/** The kinds of ITU membership that matter for who may answer a consultation. */
public enum MemberKind { MEMBER_STATE, SECTOR_MEMBER, ASSOCIATE, ACADEMIA, OTHER }
