package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A comment on a draft Recommendation in AAP.
 *
 * @param stage    Last Call or Additional Review
 * @param kind     typographical or substantive; {@code null} if not yet classed
 * @param from     the commenting entity, as named, or {@code null}
 * @param received the date TSB received it, or {@code null} if unknown
 */
public record ReviewComment(ReviewStage stage, CommentKind kind, String from, LocalDate received) {
    /**
     * Checks what one {@code ReviewComment} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component).
     *
     * @param stage    Last Call or Additional Review
     * @param kind     typographical or substantive; {@code null} if not yet classed
     * @param from     the commenting entity, as named, or {@code null}
     * @param received the date TSB received it, or {@code null} if unknown
     */
    public ReviewComment {
        Objects.requireNonNull(stage, "comment.stage");
    }
}
