package org.itut.compliance.internal;

import java.util.Objects;

/**
 * A fact marked as context ({@code ContextMark}), with the party whose fact it is, derived once by
 * {@code rules/common/context.drl}.
 *
 * @param fact  the id of the context fact
 * @param owner whose it is: the group of a meeting, the source of a document, the body of a decision, the
 *              Question of a draft; {@code null} for a group or consultation
 * @param kind  what it is: {@code group}, {@code meeting}, {@code document}, {@code decision}, {@code consultation},
 *              {@code draft Question}
 */
public record ContextFact(String fact, String owner, String kind) {
    public ContextFact {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(kind, "kind");
    }
}
