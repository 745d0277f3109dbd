package org.itut.compliance.facts;

public enum MeetingMode { PHYSICAL, VIRTUAL, HYBRID }
