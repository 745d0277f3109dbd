package org.itut.compliance.facts;

import java.util.List;
import java.util.Objects;

/**
 * A group of any kind the procedures name.
 *
 * @param id               a unique id, e.g. {@code SG17}, {@code JCG-IoTSec}, {@code Q7/17}
 * @param kind             the kind
 * @param name             the expanded name, or {@code null}
 * @param parent           the id of the parent (for a JCA: the responsible group), or {@code null} if none
 * @param associated       the ids of the associated or involved groups (e.g. the study groups a JCG serves)
 * @param established      how the group was established, or {@code null} if unknown
 * @param closed           how the group ended, or {@code null} if it has not (or it is unknown)
 * @param leaders          the people holding roles
 * @param termsOfReference the terms of reference in force, or {@code null} if none are known
 * @param secretariat      the TSB secretariat contact, or {@code null} if none is stated
 */
public record Group(String id, GroupKind kind, String name, String parent, List<String> associated,
                    Establishment established, Establishment closed, List<Leader> leaders,
                    TermsOfReference termsOfReference, String secretariat) {
    /**
     * Checks what one {@code Group} can check on its own (a failure throws {@link IllegalArgumentException} or
     * {@link NullPointerException} naming the component); and copies the collections, so that the record never
     * changes.
     *
     * @param id               a unique id, e.g. {@code SG17}, {@code JCG-IoTSec}, {@code Q7/17}
     * @param kind             the kind
     * @param name             the expanded name, or {@code null}
     * @param parent           the id of the parent (for a JCA: the responsible group), or {@code null} if none
     * @param associated       the ids of the associated or involved groups (e.g. the study groups a JCG serves)
     * @param established      how the group was established, or {@code null} if unknown
     * @param closed           how the group ended, or {@code null} if it has not (or it is unknown)
     * @param leaders          the people holding roles
     * @param termsOfReference the terms of reference in force, or {@code null} if none are known
     * @param secretariat      the TSB secretariat contact, or {@code null} if none is stated
     */
    public Group {
        Facts.requireText(id, "group.id");
        Objects.requireNonNull(kind, "group.kind");
        associated = List.copyOf(associated);
        leaders = List.copyOf(leaders);
        if (id.equals(parent)) {
            throw new IllegalArgumentException("group " + id + " cannot be its own parent");
        }
    }

    /**
     * A group with only an id and a kind.
     *
     * @param id   its id, e.g. {@code SG17}
     * @param kind its kind
     * @return the group, every other component as when a fact file leaves its key out
     */
    public static Group of(String id, GroupKind kind) {
        return new Group(id, kind, null, null, List.of(), null, null, List.of(), null, null);
    }

    /**
     * A builder for a group with its {@code id} and {@code kind}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param kind its {@code kind}
     * @return the builder
     */
    public static Builder builder(String id, GroupKind kind) {
        return new Builder(id, kind);
    }

    /**
     * Builds {@link Group} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private final GroupKind kind;
        private String name;
        private String parent;
        private List<String> associated = List.of();
        private Establishment established;
        private Establishment closed;
        private List<Leader> leaders = List.of();
        private TermsOfReference termsOfReference;
        private String secretariat;

        private Builder(String id, GroupKind kind) {
            this.id = id;
            this.kind = kind;
        }

        /**
         * Sets {@link Group#name()}.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link Group#parent()}.
         *
         * @param parent the value
         * @return this builder
         */
        public Builder parent(String parent) {
            this.parent = parent;
            return this;
        }

        /**
         * Sets {@link Group#associated()}.
         *
         * @param associated the value
         * @return this builder
         */
        public Builder associated(List<String> associated) {
            this.associated = associated;
            return this;
        }

        /**
         * Sets {@link Group#associated()}.
         *
         * @param associated the value
         * @return this builder
         */
        public Builder associated(String... associated) {
            this.associated = List.of(associated);
            return this;
        }

        /**
         * Sets {@link Group#established()}.
         *
         * @param established the value
         * @return this builder
         */
        public Builder established(Establishment established) {
            this.established = established;
            return this;
        }

        /**
         * Sets {@link Group#closed()}.
         *
         * @param closed the value
         * @return this builder
         */
        public Builder closed(Establishment closed) {
            this.closed = closed;
            return this;
        }

        /**
         * Sets {@link Group#leaders()}.
         *
         * @param leaders the value
         * @return this builder
         */
        public Builder leaders(List<Leader> leaders) {
            this.leaders = leaders;
            return this;
        }

        /**
         * Sets {@link Group#leaders()}.
         *
         * @param leaders the value
         * @return this builder
         */
        public Builder leaders(Leader... leaders) {
            this.leaders = List.of(leaders);
            return this;
        }

        /**
         * Sets {@link Group#termsOfReference()}.
         *
         * @param termsOfReference the value
         * @return this builder
         */
        public Builder termsOfReference(TermsOfReference termsOfReference) {
            this.termsOfReference = termsOfReference;
            return this;
        }

        /**
         * Sets {@link Group#secretariat()}.
         *
         * @param secretariat the value
         * @return this builder
         */
        public Builder secretariat(String secretariat) {
            this.secretariat = secretariat;
            return this;
        }

        /**
         * The Group.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Group build() {
            return new Group(id, kind, name, parent, associated, established, closed, leaders, termsOfReference, secretariat);
        }
    }
}
