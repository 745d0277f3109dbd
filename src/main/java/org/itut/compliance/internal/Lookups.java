package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.Leader;
import org.itut.compliance.facts.LeaderRole;

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
     * The distinct ids of the documents in {@code lists}, in order: to join on them with an indexed equality
     * ({@code $id : String() from Lookups.idsOf(...)} then {@code X( document == $id )}).
     *
     * @param lists lists of documents
     * @return their ids, each once
     */
    public static List<String> idsOf(Collection<?>... lists) {
        Set<String> out = new LinkedHashSet<>();
        for (Collection<?> l : lists) {
            for (Object o : l) {
                out.add(((Document) o).id());
            }
        }
        return List.copyOf(out);
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
     * Of several documents that would each do (two letters convening one meeting), the one a rule names: the
     * earliest dated, undated last, then the least id. A rule that named the first collected would name
     * another one in a session, which collects in another order than a fresh evaluation.
     *
     * @param documents documents, in any order
     * @return the one to name, or {@code null} if there are none
     */
    public static Document firstDocument(Collection<?> documents) {
        Document best = null;
        for (Object o : documents) {
            Document d = (Document) o;
            if (best == null || FIRST.compare(d, best) < 0) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The documents among {@code documents} that cover {@code meeting}, in order.
     *
     * @param documents documents
     * @param meeting   a meeting's id
     * @return those whose {@code covers} names it
     */
    public static List<Document> covering(Collection<?> documents, String meeting) {
        List<Document> out = new ArrayList<>();
        for (Object o : documents) {
            Document d = (Document) o;
            if (d.covers().contains(meeting)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * {@code facts} in the order of their ids: for a rule that goes through several candidates and keeps one,
     * so that it keeps the same one in a session as in a fresh evaluation, which collect in different orders.
     *
     * @param facts facts with an id (records with an {@code id} component)
     * @return a sorted copy
     */
    public static List<Object> byId(Collection<?> facts) {
        List<Object> out = new ArrayList<>(facts);
        out.sort(Comparator.comparing(Lookups::idOf, Comparator.nullsLast(Comparator.<String>naturalOrder())));
        return out;
    }

    private static final ClassValue<java.lang.reflect.Method> ID = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method computeValue(Class<?> type) {
            if (type.isRecord()) {
                for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                    if (c.getName().equals("id") && c.getType() == String.class) {
                        return c.getAccessor();
                    }
                }
            }
            throw new IllegalArgumentException(type.getName() + " has no id");
        }
    };

    private static String idOf(Object fact) {
        try {
            return (String) ID.get(fact.getClass()).invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Comparator<Document> FIRST = Comparator.comparing(Document::date,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Document::id);

    /**
     * The leaders among {@code leaders} holding one of {@code roles}, in order, as one object:
     * {@code Found( $chairs : items ) from Lookups.leaders($g.leaders, LeaderRole.CHAIR)}.
     *
     * @param leaders a group's leaders
     * @param roles   the roles wanted
     * @return those leaders
     */
    public static FactIndex.Found leaders(List<Leader> leaders, LeaderRole... roles) {
        List<Leader> out = new ArrayList<>();
        for (Leader l : leaders) {
            for (LeaderRole r : roles) {
                if (l.role() == r) {
                    out.add(l);
                    break;
                }
            }
        }
        return new FactIndex.Found(out);
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
