package org.itut.compliance.internal;

import java.util.Objects;

/**
 * An index entry derived once by {@code rules/common/index.drl}: a document or decision naming an id
 * in one of its lists ({@code concerns}, {@code to}, {@code subjects}). Rules join on {@code about ==
 * $id}, an indexed equality, instead of testing {@code concerns contains $id} against every document.
 *
 * @param about the id named (a group, meeting or document)
 * @param role  how it is named
 * @param fact  the document or decision that names it
 */
public record Mention(String about, Role role, Object fact) {

    /** How a fact names an id. */
    public enum Role {
        /** A document's {@code concerns}. */
        CONCERNS,
        /** A document's {@code to}. */
        ADDRESSED_TO,
        /** A decision's {@code subjects}. */
        SUBJECT_OF_DECISION
    }

    public Mention {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(fact, "fact");
    }
}
