package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A declaration that the submission holds every document of some kinds from some source for a
 * period (closed world). Without one, a missing document is "no evidence" (INDETERMINATE); with
 * one, it is absent and the duty fails.
 *
 * @param source the id of the group whose documents are complete
 * @param kinds  the document kinds covered
 * @param from   the first day covered
 * @param to     the last day covered
 */
public record Inventory(String source, List<DocumentKind> kinds, LocalDate from, LocalDate to) {
    /**
     * Checks what one {@code Inventory} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and copies the collections, so that the record
     * never changes.
     *
     * @param source the id of the group whose documents are complete
     * @param kinds  the document kinds covered
     * @param from   the first day covered
     * @param to     the last day covered
     */
    public Inventory {
        Facts.requireText(source, "inventory.source");
        Objects.requireNonNull(from, "inventory.from");
        Objects.requireNonNull(to, "inventory.to");
        kinds = List.copyOf(kinds);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("inventory of " + source + " ends before it starts");
        }
    }

    /**
     * Whether this inventory vouches that the documents of a kind that a group issued over some days are all present.
     *
     * @param source the id of the issuing group
     * @param kind   the kind of document
     * @param a      the first day
     * @param b      the last day
     * @return true when the inventory is of {@code source}, lists {@code kind} and covers every day from {@code a}
     *         to {@code b}
     */
    public boolean covers(String source, DocumentKind kind, LocalDate a, LocalDate b) {
        return this.source.equals(source) && kinds.contains(kind) && !a.isBefore(from) && !b.isAfter(to);
    }
}
