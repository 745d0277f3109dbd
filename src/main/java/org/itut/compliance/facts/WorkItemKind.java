package org.itut.compliance.facts;

/** What a draft Recommendation does to the text it concerns. */
public enum WorkItemKind {
    /** A new Recommendation. */
    NEW,
    /** A revision. */
    REVISION,
    /** A substantial revision. */
    SUBSTANTIAL_REVISION,
    /** An amendment (a change to part of the text). */
    AMENDMENT
}
