package org.itut.compliance.internal;

import java.util.Objects;

/**
 * An index entry derived by {@code rules/common/index.drl}: a document, decision, consultation or report details naming
 * an id in one of its lists ({@code concerns}, {@code to}, {@code covers}, {@code subjects},
 * {@code plannedMeetings}). Rules join on {@code about == $id}, an indexed equality, instead of testing
 * {@code concerns contains $id} against every document. One entry per fact and id, each derived from its
 * own fact: a session's change of one document changes only its entries and the rules that read them (an
 * index of all documents in one fact is derived again, and read again by every rule, at every change).
 *
 * @param about the id named (a group, meeting or document)
 * @param role  how it is named
 * @param fact  the document, decision, consultation or report details that names it
 */
public record Mention(String about, Role role, Object fact) {

    /** How a fact names an id. */
    public enum Role {
        /** A document's {@code concerns}. */
        CONCERNS,
        /** A document's {@code to}. */
        ADDRESSED_TO,
        /** A document's {@code covers}: the meetings a report covers. */
        COVERS,
        /** A report details' {@code plannedMeetings}. */
        PLANS,
        /** A decision's {@code subjects}. */
        SUBJECT_OF_DECISION,
        /** A consultation's {@code subjects}. */
        SUBJECT_OF_CONSULTATION
    }

    public Mention {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(fact, "fact");
    }
}
