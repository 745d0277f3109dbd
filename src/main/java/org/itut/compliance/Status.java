package org.itut.compliance;

import java.util.Locale;

/**
 * How well the provision behind a rule is known; the tags of the provision catalogue.
 */
public enum Status {
    /** Read in a primary text of the edition named. */
    VERIFIED,
    /** Content read in one edition, cited under another edition's number through a clause crosswalk. */
    CROSSWALK,
    /** Stated in a source document (terms of reference, or a rule restated by a TSB circular). */
    SOURCE_DOCUMENT,
    /** Not verified against a primary text; findings are capped at WARNING. */
    UNVERIFIED,
    /**
     * A finding's status, never a provision's: the text of the edition in force on the act's date is
     * not encoded, so the act was judged under another edition's text (the citation names both). Such
     * a finding is capped at WARNING, and is INDETERMINATE in strict mode.
     */
    CARRIED_FORWARD;

    /**
     * The tag as written in rule metadata and reports.
     *
     * @return the name in lower case with hyphens: {@code verified}, {@code source-document} ...
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a metadata tag.
     *
     * @param tag a tag such as {@code source-document}, as {@link #tag()} writes it
     * @return the status it names
     * @throws IllegalArgumentException naming the tags there are, when it is none of them
     */
    public static Status fromTag(String tag) {
        for (Status s : values()) {
            if (s.tag().equals(tag)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status tag \"" + tag
                + "\"; expected one of verified, crosswalk, source-document, unverified, carried-forward");
    }
}
