package org.itut.compliance.facts;

/** How TSB and the study-group chairman classed a comment (A.8 (2008) 4.4). */
public enum CommentKind {
    /** Editorial only: typographical errors and the like. */
    TYPOGRAPHICAL,
    /** A comment on the substance of the text. */
    SUBSTANTIVE
}
