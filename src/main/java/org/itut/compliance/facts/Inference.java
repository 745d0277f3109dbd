package org.itut.compliance.facts;

/**
 * A value of a fact that no source document states but that the submission infers, with the basis of
 * the inference: the TSAG meeting a TD was for, the meeting that took an undated decision. A finding
 * that names the fact (as its subject or in its evidence) says that it rests on the inference, and the
 * reports mark it. In files: {@code inferred: {forMeeting: "basis"}} on the fact, one entry per key
 * inferred (a key of the fact, or a dotted path into it such as {@code established.meeting}).
 *
 * @param fact  the id of the fact that holds the inferred value
 * @param key   the key (or dotted path) of the inferred value in that fact
 * @param basis why the value is taken to hold, in one line
 */
public record Inference(String fact, String key, String basis) {
    /**
     * Checks that every part is given.
     *
     * @param fact  the id of the fact that holds the inferred value
     * @param key   the key (or dotted path) of the inferred value
     * @param basis why the value is taken to hold
     */
    public Inference {
        Facts.requireText(fact, "inferred.fact");
        Facts.requireText(key, "inferred.key");
        Facts.requireText(basis, "inferred.basis");
    }

    /**
     * The inference in one line.
     *
     * @return e.g. {@code TSAG-TD093 forMeeting (inferred: basis)}
     */
    public String describe() {
        return fact + " " + key + " (inferred: " + basis + ")";
    }
}
