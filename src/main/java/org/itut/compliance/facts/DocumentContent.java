package org.itut.compliance.facts;

/** Items a document is known to contain, where a provision requires them. */
public enum DocumentContent {
    TERMS_OF_REFERENCE, CHAIRMAN, RESPONSIBLE_GROUP, DRAFT_AGENDA, AGENDA, DRAFT_WORK_PLAN,
    QUESTIONS_LIST, REGISTRATION_INFO, SUMMARY, DEADLINE
}
