package org.itut.compliance.facts;

/** Who decided to cancel a meeting. */
public enum CancellationAuthority { DIRECTOR, CHAIR, HOST, OTHER }
