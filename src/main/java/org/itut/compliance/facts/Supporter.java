package org.itut.compliance.facts;

import java.util.List;
import java.util.Objects;

/**
 * A member committed to support the work on a Question.
 *
 * @param entity     the member, as named
 * @param memberKind what kind of member it is (only Member States and Sector Members count towards the four)
 * @param support    what it committed to
 */
public record Supporter(String entity, MemberKind memberKind, List<SupportKind> support) {
    /**
     * Checks what one {@code Supporter} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and copies the collections, so that the record
     * never changes.
     *
     * @param entity     the member, as named
     * @param memberKind what kind of member it is (only Member States and Sector Members count towards the four)
     * @param support    what it committed to
     */
    public Supporter {
        Facts.requireText(entity, "supporter.entity");
        Objects.requireNonNull(memberKind, "supporter.memberKind");
        support = List.copyOf(support);
    }
}
