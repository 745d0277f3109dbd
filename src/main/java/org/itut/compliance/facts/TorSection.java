package org.itut.compliance.facts;

/** The sections a set of terms of reference may contain. */
public enum TorSection {
    SCOPE, OBJECTIVES, ANTICIPATED_LIFETIME, WORK_METHODS, PARTICIPATION, MEANS, MEETINGS, REPORTING,
    LEADERSHIP, ADMINISTRATIVE_SUPPORT, CONTACTS, EXTENSION, REVISION
}
