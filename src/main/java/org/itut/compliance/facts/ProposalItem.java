package org.itut.compliance.facts;

/** The items a proposed Question comes with (Res. 1 (2016) 7.1.2 and Appendix I). */
public enum ProposalItem {
    /** Who proposes the Question. */
    SOURCE,
    /** The title of the Question. */
    TITLE,
    /** Whether it is a new or a revised Question. */
    TYPE,
    /** Why the Question is needed. */
    MOTIVATION,
    /** The text of the Question (the study to be carried out). */
    TEXT,
    /** The tasks and objectives of the study. */
    OBJECTIVES,
    /** When results are expected. */
    TIMEFRAMES,
    /** How the study relates to other Questions, study groups and organizations. */
    RELATIONSHIPS
}
