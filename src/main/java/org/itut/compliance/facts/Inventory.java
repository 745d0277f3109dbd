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
    public Inventory {
        Facts.requireText(source, "inventory.source");
        Objects.requireNonNull(from, "inventory.from");
        Objects.requireNonNull(to, "inventory.to");
        kinds = List.copyOf(kinds);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("inventory of " + source + " ends before it starts");
        }
    }

    /** True when this inventory vouches that every {@code kind} document of {@code source} dated in [a, b] is present. */
    public boolean covers(String source, DocumentKind kind, LocalDate a, LocalDate b) {
        return this.source.equals(source) && kinds.contains(kind) && !a.isBefore(from) && !b.isAfter(to);
    }
}
