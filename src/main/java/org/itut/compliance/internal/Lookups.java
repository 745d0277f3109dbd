package org.itut.compliance.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rule conditions use to join on a list of ids with an indexed equality: {@code $id : String() from
 * Lookups.ids(...)} followed by {@code X( id == $id )} inside an accumulate, where {@code X( id memberOf $ids )}
 * would test every fact of the kind for each match.
 */
public final class Lookups {
    private Lookups() {
    }

    /**
     * The distinct ids among {@code ids}, in order.
     *
     * @param ids each an id, a collection of ids, or {@code null} (ignored, as are the nulls in a collection)
     * @return the ids, each once
     */
    public static List<String> ids(Object... ids) {
        return List.copyOf(idSet(ids));
    }

    static Set<String> idSet(Object... ids) {
        Set<String> out = new LinkedHashSet<>();
        if (ids == null) {
            // One null argument, as the DRL path passes it: no array, no ids.
            return out;
        }
        for (Object o : ids) {
            if (o instanceof String s) {
                out.add(s);
            } else if (o instanceof Collection<?> c) {
                for (Object x : c) {
                    if (x instanceof String s) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The facts of {@code lists}, each once (the same object found twice, through two lists or two ids, counts once), in order.
     *
     * @param lists lists of facts
     * @return the facts, handed to the rule whole
     */
    public static List<Object> distinct(Collection<?>... lists) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> out = new ArrayList<>();
        for (Collection<?> l : lists == null ? List.<Collection<?>>of() : java.util.Arrays.asList(lists)) {
            if (l == null) {
                continue;
            }
            for (Object o : l) {
                if (seen.put(o, Boolean.TRUE) == null) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /**
     * {@link #distinct} as one object, for {@code Found( $list : items ) from Lookups.found( ... )}.
     *
     * @param lists lists of facts
     * @return the facts, each once, in order
     */
    public static FactIndex.Found found(Collection<?>... lists) {
        return new FactIndex.Found(distinct(lists));
    }
}
