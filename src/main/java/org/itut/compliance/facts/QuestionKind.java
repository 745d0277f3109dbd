package org.itut.compliance.facts;

/** Whether a draft Question is new or revises an existing one (a merger is a revision). */
public enum QuestionKind {
    /** A new Question. */
    NEW,
    /** A revision of an existing Question (a merger of Questions included). */
    REVISED
}
