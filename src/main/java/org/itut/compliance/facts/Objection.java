package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An objection or opposition received after a meeting (more time; deletion).
 *
 * @param from       the objecting entity, as named
 * @param memberKind what kind of member it is
 * @param received   the date TSB received it, or {@code null} if unknown
 */
public record Objection(String from, MemberKind memberKind, LocalDate received) {
    /**
     * Checks what one {@code Objection} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component).
     *
     * @param from       the objecting entity, as named
     * @param memberKind what kind of member it is
     * @param received   the date TSB received it, or {@code null} if unknown
     */
    public Objection {
        Facts.requireText(from, "objection.from");
        Objects.requireNonNull(memberKind, "objection.memberKind");
    }
}
