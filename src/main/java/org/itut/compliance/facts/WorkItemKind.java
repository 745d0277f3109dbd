package org.itut.compliance.facts;

/** What a draft Recommendation does to the text it concerns. */
public enum WorkItemKind { NEW, REVISION, SUBSTANTIAL_REVISION, AMENDMENT }
