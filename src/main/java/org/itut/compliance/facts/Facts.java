package org.itut.compliance.facts;

/** Checks shared by the fact records' constructors. */
final class Facts {
    private Facts() {
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be a non-empty text");
        }
        return value;
    }
}
