package org.itut.compliance.facts;

/** The sections a set of terms of reference may contain. */
public enum TorSection {
    /** The scope of the group. */
    SCOPE,
    /** Its objectives. */
    OBJECTIVES,
    /** Its anticipated lifetime. */
    ANTICIPATED_LIFETIME,
    /** How it works. */
    WORK_METHODS,
    /** Who may take part. */
    PARTICIPATION,
    /** Its means (the tools it works with). */
    MEANS,
    /** Its meetings. */
    MEETINGS,
    /** To whom and how it reports. */
    REPORTING,
    /** Its leadership. */
    LEADERSHIP,
    /** Its administrative support (the TSB secretariat). */
    ADMINISTRATIVE_SUPPORT,
    /** Its contact persons. */
    CONTACTS,
    /** How its lifetime may be extended. */
    EXTENSION,
    /** How its terms of reference may be revised. */
    REVISION
}
