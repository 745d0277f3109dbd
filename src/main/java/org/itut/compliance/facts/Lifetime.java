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
    /**
     * Checks what one {@code Lifetime} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and copies the collections, so that the record
     * never changes.
     *
     * @param item               where in the terms of reference it is written
     * @param kind               how the life is bounded
     * @param decidedBy          for {@link LifetimeKind#UNTIL_DECISION}: the deciding group
     * @param until              for {@link LifetimeKind#UNTIL_DATE}: the last day
     * @param clause             for {@link LifetimeKind#PER_CLAUSE}: the clause cited, e.g. "A.1 5.10"
     * @param extensionBy        the group that decides an extension, or {@code null}
     * @param extensionInputFrom the groups whose input an extension decision needs
     */
    public Lifetime {
        Objects.requireNonNull(kind, "lifetime.kind");
        extensionInputFrom = List.copyOf(extensionInputFrom);
    }

    /**
     * A builder for a lifetime with its {@code kind}; every other component is as when a fact file leaves its key out.
     *
     * @param kind its {@code kind}
     * @return the builder
     */
    public static Builder builder(LifetimeKind kind) {
        return new Builder(kind);
    }

    /**
     * Builds {@link Lifetime} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private String item;
        private final LifetimeKind kind;
        private String decidedBy;
        private LocalDate until;
        private String clause;
        private String extensionBy;
        private List<String> extensionInputFrom = List.of();

        private Builder(LifetimeKind kind) {
            this.kind = kind;
        }

        /**
         * Sets {@link Lifetime#item()}.
         *
         * @param item the value
         * @return this builder
         */
        public Builder item(String item) {
            this.item = item;
            return this;
        }

        /**
         * Sets {@link Lifetime#decidedBy()}.
         *
         * @param decidedBy the value
         * @return this builder
         */
        public Builder decidedBy(String decidedBy) {
            this.decidedBy = decidedBy;
            return this;
        }

        /**
         * Sets {@link Lifetime#until()}.
         *
         * @param until the value
         * @return this builder
         */
        public Builder until(LocalDate until) {
            this.until = until;
            return this;
        }

        /**
         * Sets {@link Lifetime#clause()}.
         *
         * @param clause the value
         * @return this builder
         */
        public Builder clause(String clause) {
            this.clause = clause;
            return this;
        }

        /**
         * Sets {@link Lifetime#extensionBy()}.
         *
         * @param extensionBy the value
         * @return this builder
         */
        public Builder extensionBy(String extensionBy) {
            this.extensionBy = extensionBy;
            return this;
        }

        /**
         * Sets {@link Lifetime#extensionInputFrom()}.
         *
         * @param extensionInputFrom the value
         * @return this builder
         */
        public Builder extensionInputFrom(List<String> extensionInputFrom) {
            this.extensionInputFrom = extensionInputFrom;
            return this;
        }

        /**
         * Sets {@link Lifetime#extensionInputFrom()}.
         *
         * @param extensionInputFrom the value
         * @return this builder
         */
        public Builder extensionInputFrom(String... extensionInputFrom) {
            this.extensionInputFrom = List.of(extensionInputFrom);
            return this;
        }

        /**
         * The Lifetime.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Lifetime build() {
            return new Lifetime(item, kind, decidedBy, until, clause, extensionBy, extensionInputFrom);
        }
    }
}
