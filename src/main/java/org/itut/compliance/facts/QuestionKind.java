package org.itut.compliance.facts;

/** Whether a draft Question is new or revises an existing one (a merger is a revision). */
public enum QuestionKind { NEW, REVISED }
