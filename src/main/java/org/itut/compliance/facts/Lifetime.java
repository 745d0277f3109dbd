package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A lifetime stated in terms of reference.
 *
 * @param item             where in the terms of reference it is written
 * @param kind             how the life is bounded
 * @param decidedBy        for {@link LifetimeKind#UNTIL_DECISION}: the deciding group
 * @param until            for {@link LifetimeKind#UNTIL_DATE}: the last day
 * @param clause           for {@link LifetimeKind#PER_CLAUSE}: the clause cited, e.g. "A.1 5.10"
 * @param extensionBy      the group that decides an extension, or {@code null}
 * @param extensionInputFrom the groups whose input an extension decision needs
 */
public record Lifetime(String item, LifetimeKind kind, String decidedBy, LocalDate until, String clause,
                       String extensionBy, List<String> extensionInputFrom) {
    public Lifetime {
        Objects.requireNonNull(kind, "lifetime.kind");
        extensionInputFrom = List.copyOf(extensionInputFrom);
    }
}
