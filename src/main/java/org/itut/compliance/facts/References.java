package org.itut.compliance.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Collects the ids one fact names, each with the keys that lead to it inside the fact, for
 * {@link SubmissionValidator}. The declarations in {@link FactTypes} use it.
 */
final class References {
    /**
     * One id a fact names.
     *
     * @param keys         the keys leading to it, list positions written {@code [i]}
     * @param id           the id named
     * @param kinds        the records it may name; empty for any fact with an id
     * @param consultation for a subject of a consultation (a reply's position): the consultation; else {@code null}
     */
    record Reference(List<String> keys, String id, List<Class<?>> kinds, String consultation) {
    }

    private final List<String> prefix;
    private final List<Reference> out;

    References() {
        this(List.of(), new ArrayList<>());
    }

    private References(List<String> prefix, List<Reference> out) {
        this.prefix = prefix;
        this.out = out;
    }

    List<Reference> collected() {
        return out;
    }

    private List<String> keys(String... more) {
        List<String> k = new ArrayList<>(prefix);
        k.addAll(List.of(more));
        return List.copyOf(k);
    }

    /** {@code key} names {@code id} (if not {@code null}), a fact of one of {@code kinds} (any fact if none). */
    References ref(String key, String id, Class<?>... kinds) {
        if (id != null) {
            out.add(new Reference(keys(key), id, List.of(kinds), null));
        }
        return this;
    }

    /** {@code key} is a list of ids (may be {@code null}: not recorded). */
    References refs(String key, List<String> ids, Class<?>... kinds) {
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                out.add(new Reference(keys(key, "[" + i + "]"), ids.get(i), List.of(kinds), null));
            }
        }
        return this;
    }

    /** The keys of the mapping at {@code key} are subjects of {@code consultation}. */
    References subjects(String key, Collection<String> subjects, String consultation) {
        if (consultation != null) {
            for (String s : subjects) {
                out.add(new Reference(keys(key, s), s, List.of(), consultation));
            }
        }
        return this;
    }

    /** The references inside the value at {@code key}, if there is one. */
    <X> References in(String key, X value, BiConsumer<X, References> inside) {
        if (value != null) {
            inside.accept(value, new References(keys(key), out));
        }
        return this;
    }

    /** The references inside each item of the list at {@code key}. */
    <X> References each(String key, List<X> items, BiConsumer<X, References> inside) {
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                inside.accept(items.get(i), new References(keys(key, "[" + i + "]"), out));
            }
        }
        return this;
    }
}
