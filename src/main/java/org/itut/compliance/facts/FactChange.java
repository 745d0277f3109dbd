package org.itut.compliance.facts;

import java.util.Objects;

/**
 * One change to the facts of a {@code ComplianceSession}: a fact inserted, updated, replaced or retracted.
 * A list of changes given to {@code ComplianceSession.apply} is applied in order and checked as a whole,
 * so a batch may insert a meeting before the group it belongs to.
 *
 * <p>How a change finds the fact it changes: a fact with an id (a group, a meeting, a reply ...) by
 * its id; a fact without one (an inventory, a delivery, the arrangements of a meeting ...) by its
 * value: {@link #replace} and {@link #retractFact} take a fact equal to one in the session (records
 * compare by value) and change the first such fact in submission order. Two equal facts without
 * an id are interchangeable, so which of them goes does not matter; only how many stay.
 */
public final class FactChange {

    /** What a change does. */
    public enum Kind {
        /** A new fact. */
        INSERT,
        /** The fact with the new fact's id is replaced by it. */
        UPDATE,
        /** A fact equal to {@link FactChange#old()} is replaced by {@link FactChange#fact()}. */
        REPLACE,
        /** The fact with id {@link FactChange#id()} goes. */
        RETRACT,
        /** A fact equal to {@link FactChange#old()} goes. */
        RETRACT_FACT
    }

    private final Kind kind;
    private final Object old;
    private final Object fact;
    private final String id;

    private FactChange(Kind kind, Object old, Object fact, String id) {
        this.kind = kind;
        this.old = old;
        this.fact = fact;
        this.id = id;
    }

    /**
     * Inserts {@code fact}.
     *
     * @param fact a fact of one of the kinds of {@link Submission#factTypes()}
     * @return the change
     * @throws IllegalArgumentException if it is of another class
     */
    public static FactChange insert(Object fact) {
        return new FactChange(Kind.INSERT, null, checked(fact, "fact"), null);
    }

    /**
     * Replaces the fact that has {@code fact}'s id with {@code fact} (a meeting moved, a reply's position changed).
     *
     * @param fact a fact of a kind with an id
     * @return the change
     * @throws IllegalArgumentException if its kind has no id (use {@link #replace(Object, Object)})
     */
    public static FactChange update(Object fact) {
        FactType<?> t = FactTypes.ofFact(checked(fact, "fact"));
        if (!t.identified()) {
            throw new IllegalArgumentException("a " + fact.getClass().getSimpleName()
                    + " has no id to find the fact it updates; use replace(old, fact)");
        }
        return new FactChange(Kind.UPDATE, null, fact, null);
    }

    /**
     * Replaces a fact equal to {@code old} with {@code fact}, in its place among the facts of its kind.
     *
     * @param old  a fact equal to one in the session
     * @param fact the fact that takes its place
     * @return the change
     * @throws IllegalArgumentException if either is not of one of the kinds of {@link Submission#factTypes()}
     */
    public static FactChange replace(Object old, Object fact) {
        return new FactChange(Kind.REPLACE, checked(old, "old"), checked(fact, "fact"), null);
    }

    /**
     * Retracts the fact with id {@code id}.
     *
     * @param id the id of a fact in the session
     * @return the change
     */
    public static FactChange retract(String id) {
        return new FactChange(Kind.RETRACT, null, null, Objects.requireNonNull(id, "id"));
    }

    /**
     * Retracts a fact equal to {@code fact}: for facts without an id (an inventory, a delivery ...).
     *
     * @param fact a fact equal to one in the session
     * @return the change
     */
    public static FactChange retractFact(Object fact) {
        return new FactChange(Kind.RETRACT_FACT, checked(fact, "fact"), null, null);
    }

    private static Object checked(Object fact, String what) {
        Objects.requireNonNull(fact, what);
        FactTypes.ofFact(fact);
        return fact;
    }

    /**
     * What the change does.
     *
     * @return its kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The fact inserted, or the new value of the fact changed; {@code null} for a retraction.
     *
     * @return the fact, or {@code null}
     */
    public Object fact() {
        return fact;
    }

    /**
     * The value of the fact replaced or retracted ({@link Kind#REPLACE}, {@link Kind#RETRACT_FACT}); else {@code null}.
     *
     * @return the old value, or {@code null}
     */
    public Object old() {
        return old;
    }

    /**
     * The id of the fact retracted ({@link Kind#RETRACT}); else {@code null}.
     *
     * @return the id, or {@code null}
     */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactChange c && kind == c.kind && Objects.equals(old, c.old) && Objects.equals(fact, c.fact)
                && Objects.equals(id, c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, old, fact, id);
    }

    /** For example {@code retract("SG17-2026-01")} or {@code update(Meeting SG17-2026-01)}. */
    @Override
    public String toString() {
        return switch (kind) {
            case INSERT -> "insert(" + describe(fact) + ")";
            case UPDATE -> "update(" + describe(fact) + ")";
            case REPLACE -> "replace(" + describe(old) + ", " + describe(fact) + ")";
            case RETRACT -> "retract(\"" + id + "\")";
            case RETRACT_FACT -> "retractFact(" + describe(old) + ")";
        };
    }

    static String describe(Object fact) {
        FactType<?> t = FactTypes.ofFact(fact);
        return fact.getClass().getSimpleName() + " " + t.about(fact);
    }
}
