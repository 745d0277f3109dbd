package org.itut.compliance.facts;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A duty a group's terms of reference declare. Checked by generic rules that cite the terms of
 * reference and this item, never A.1.
 *
 * @param item               where in the terms of reference the duty is written, e.g. "work methods, bullet 3"
 * @param kind               the kind of duty
 * @param to                 the groups whose meetings anchor the duty (reporting targets); empty for own meetings
 * @param leadTime           how long before the first day of the anchoring meeting the act is due
 * @param draftAgenda        whether an announcement must carry the draft agenda
 */
public record DeclaredDuty(String item, DutyKind kind, List<String> to, Period leadTime, boolean draftAgenda) {
    /**
     * Checks what one {@code DeclaredDuty} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); and copies the
     * collections, so that the record never changes.
     *
     * @param item        where in the terms of reference the duty is written, e.g. "work methods, bullet 3"
     * @param kind        the kind of duty
     * @param to          the groups whose meetings anchor the duty (reporting targets); empty for own meetings
     * @param leadTime    how long before the first day of the anchoring meeting the act is due
     * @param draftAgenda whether an announcement must carry the draft agenda
     */
    public DeclaredDuty {
        Facts.requireText(item, "duty.item");
        Objects.requireNonNull(kind, "duty.kind");
        Objects.requireNonNull(leadTime, "duty.leadTime");
        to = List.copyOf(to);
        if (leadTime.isNegative()) {
            throw new IllegalArgumentException("duty.leadTime must not be negative: " + leadTime);
        }
    }

    /**
     * A builder for a duty with its {@code item}, {@code kind} and {@code leadTime}; every other component is as when a fact file leaves its key out.
     *
     * @param item its {@code item}
     * @param kind its {@code kind}
     * @param leadTime its {@code leadTime}
     * @return the builder
     */
    public static Builder builder(String item, DutyKind kind, Period leadTime) {
        return new Builder(item, kind, leadTime);
    }

    /**
     * Builds {@link DeclaredDuty} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String item;
        private final DutyKind kind;
        private List<String> to = List.of();
        private final Period leadTime;
        private boolean draftAgenda = false;

        private Builder(String item, DutyKind kind, Period leadTime) {
            this.item = item;
            this.kind = kind;
            this.leadTime = leadTime;
        }

        /**
         * Sets {@link DeclaredDuty#to()}.
         *
         * @param to the value
         * @return this builder
         */
        public Builder to(List<String> to) {
            this.to = to;
            return this;
        }

        /**
         * Sets {@link DeclaredDuty#to()}.
         *
         * @param to the value
         * @return this builder
         */
        public Builder to(String... to) {
            this.to = List.of(to);
            return this;
        }

        /**
         * Sets {@link DeclaredDuty#draftAgenda()}.
         *
         * @param draftAgenda the value
         * @return this builder
         */
        public Builder draftAgenda(boolean draftAgenda) {
            this.draftAgenda = draftAgenda;
            return this;
        }

        /**
         * The DeclaredDuty.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public DeclaredDuty build() {
            return new DeclaredDuty(item, kind, to, leadTime, draftAgenda);
        }
    }
}
