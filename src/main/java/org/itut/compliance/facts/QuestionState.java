package org.itut.compliance.facts;

/** The state of a Question as last published. */
public enum QuestionState { DRAFT, APPROVED, REFERRED_TO_SG, RETURNED_TO_SG, DELETED }
