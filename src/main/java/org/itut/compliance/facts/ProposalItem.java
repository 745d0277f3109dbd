package org.itut.compliance.facts;

/** The items a proposed Question comes with (Res. 1 (2016) 7.1.2 and Appendix I). */
public enum ProposalItem {
    SOURCE, TITLE, TYPE, MOTIVATION, TEXT, OBJECTIVES, TIMEFRAMES, RELATIONSHIPS
}
