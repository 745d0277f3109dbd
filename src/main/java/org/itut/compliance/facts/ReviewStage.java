package org.itut.compliance.facts;

/** The AAP review stage a comment was made in. */
public enum ReviewStage { LAST_CALL, ADDITIONAL_REVIEW }
