package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A declaration that the submission holds every document of some kinds from some source for a
 * period (closed world), and, where {@code meetings} is set, every meeting of that group starting in
 * the period. Without one, a missing document is "no evidence" (INDETERMINATE) and the earliest meeting
 * among the facts is not known to be the group's first; with one, a missing document is absent and the
 * duty fails, and the meetings among the facts are all there were.
 *
 * @param source   the id of the group whose documents (or meetings) are complete
 * @param kinds    the document kinds covered (may be empty when only meetings are declared)
 * @param from     the first day covered
 * @param to       the last day covered
 * @param meetings true when the group's meetings starting from {@code from} to {@code to} are complete too
 *                 (in files: {@code MEETING} among the {@code kinds})
 */
public record Inventory(String source, List<DocumentKind> kinds, LocalDate from, LocalDate to, boolean meetings) {
    /**
     * Checks what one {@code Inventory} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and copies the collections, so that the record
     * never changes.
     *
     * @param source   the id of the group whose documents (or meetings) are complete
     * @param kinds    the document kinds covered (may be empty when only meetings are declared)
     * @param from     the first day covered
     * @param to       the last day covered
     * @param meetings true when the group's meetings starting in the period are complete too
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
     * An inventory of documents only.
     *
     * @param source the id of the group whose documents are complete
     * @param kinds  the document kinds covered
     * @param from   the first day covered
     * @param to     the last day covered
     */
    public Inventory(String source, List<DocumentKind> kinds, LocalDate from, LocalDate to) {
        this(source, kinds, from, to, false);
    }

    /**
     * Whether this inventory vouches that every meeting a group started over some days is among the facts.
     *
     * @param source the id of the group
     * @param a      the first day
     * @param b      the last day
     * @return true when it declares the meetings of {@code source} complete over every day from {@code a} to {@code b}
     */
    public boolean coversMeetings(String source, LocalDate a, LocalDate b) {
        return meetings && this.source.equals(source) && !a.isBefore(from) && !b.isAfter(to);
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
