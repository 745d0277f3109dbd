package org.itut.compliance.facts;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One kind of fact a {@link Submission} holds: its record, the name its list has in fact files and in
 * problem paths, its id (if it has one) and the ids it refers to. {@link FactTypes} lists them all.
 *
 * @param <T> the record
 */
final class FactType<T> {
    final Class<T> type;
    /** The list's name, as in fact files where it is a top-level key (e.g. {@code groups}). */
    final String name;
    /** What the fact is called in messages ("group"); {@code null} for a fact that has no id. */
    final String kind;
    private final Function<T, String> id;
    private final Function<T, String> about;
    private final BiConsumer<T, References> references;
    /** For a fact of which its owner has at most one (a meeting's arrangements): the key naming the owner. */
    final String ownerKey;
    private final Function<T, String> owner;

    private FactType(Class<T> type, String name, String kind, Function<T, String> id, Function<T, String> about,
                     BiConsumer<T, References> references, String ownerKey, Function<T, String> owner) {
        this.type = type;
        this.name = name;
        this.kind = kind;
        this.id = id;
        this.about = about;
        this.references = references;
        this.ownerKey = ownerKey;
        this.owner = owner;
    }

    /** A fact with a unique id that other facts may name. */
    static <T> FactType<T> identified(Class<T> type, String name, String kind, Function<T, String> id,
                                      BiConsumer<T, References> references) {
        return new FactType<>(type, name, Objects.requireNonNull(kind), id, id, references, null, null);
    }

    /** A fact without an id of its own; {@code about} says which fact it belongs to, for messages. */
    static <T> FactType<T> attached(Class<T> type, String name, Function<T, String> about,
                                    BiConsumer<T, References> references) {
        return new FactType<>(type, name, null, null, about, references, null, null);
    }

    /**
     * This kind, of which the fact named at {@code key} has at most one: in files it is written inside
     * that fact (a meeting's {@code arrangements}), so facts built in code are held to the same.
     */
    FactType<T> onePer(String key, Function<T, String> owner) {
        return new FactType<>(type, name, kind, id, about, references, Objects.requireNonNull(key), Objects.requireNonNull(owner));
    }

    /** The id of the fact that owns {@code fact}, for a kind declared {@link #onePer}; else {@code null}. */
    String owner(Object fact) {
        return owner == null ? null : owner.apply(type.cast(fact));
    }

    boolean identified() {
        return id != null;
    }

    String id(Object fact) {
        return id == null ? null : id.apply(type.cast(fact));
    }

    /** A short reminder of which fact this is: its id, or that of the fact it belongs to. */
    String about(Object fact) {
        return about.apply(type.cast(fact));
    }

    List<References.Reference> references(Object fact) {
        References r = new References();
        references.accept(type.cast(fact), r);
        return r.collected();
    }

    @Override
    public String toString() {
        return name;
    }
}
