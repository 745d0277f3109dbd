package org.itut.compliance;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.itut.compliance.facts.FactChange;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.PartialDate;

/**
 * Random changes to a session's facts, drawn from what the model holds: fields changed (a meeting
 * moved, a document's date changed, a reply's position changed, a field dropped, a reference pointed
 * elsewhere), facts retracted, re-inserted and copied under new ids, batches that insert a meeting
 * before its group, and changes meant to be refused (an id used twice, a parent cycle, an unknown id,
 * a fact that is not there). Most are valid, so that sequences get somewhere.
 */
final class RandomChanges {
    private static final Object NO = new Object();

    /**
     * Copies of facts under new ids (off by default): they give rules a second candidate where they pick
     * one, and some rules pick whichever the engine collected first (see ComplianceSessionPropertyTest).
     */
    static final boolean COPIES = Boolean.getBoolean("itut.session.copies");
    /** Copies that keep every date of the original (with {@link #COPIES}), to make ties on dates too. */
    static final boolean EXACT_COPIES = Boolean.getBoolean("itut.session.exactCopies");

    private final Random random;
    private final LocalDate asOf;
    /** Facts retracted so far, to insert again. */
    private final List<Object> retracted = new ArrayList<>();
    private int copies;

    RandomChanges(Random random, LocalDate asOf) {
        this.random = random;
        this.asOf = asOf;
    }

    void retracted(List<FactChange> applied, SessionModel before) {
        for (FactChange c : applied) {
            if (c.kind() == FactChange.Kind.RETRACT_FACT) {
                retracted.add(c.old());
            } else if (c.kind() == FactChange.Kind.RETRACT) {
                before.all().stream().filter(f -> c.id().equals(SessionModel.id(f))).findFirst().ifPresent(retracted::add);
            }
        }
    }

    /** One batch of changes (usually of one change). */
    List<FactChange> next(SessionModel m) {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<FactChange> c = draw(m);
            if (c != null) {
                return c;
            }
        }
        return List.of(FactChange.retract("no-such-id"));
    }

    private List<FactChange> draw(SessionModel m) {
        List<Object> all = m.all();
        int roll = random.nextInt(100);
        if (all.isEmpty() || roll < 12) {
            return insert(m);
        }
        Object fact = all.get(random.nextInt(all.size()));
        String id = SessionModel.id(fact);
        if (roll < 52) {
            Object changed = mutate(fact, m, 0);
            if (changed == NO || changed == null) {
                return null;
            }
            return List.of(id != null && random.nextInt(4) > 0 ? FactChange.update(changed) : FactChange.replace(fact, changed));
        }
        if (roll < 67) {
            Object leaf = leaf(m, all);
            Object f = leaf != null && random.nextInt(3) > 0 ? leaf : fact;
            String fid = SessionModel.id(f);
            return List.of(fid != null && random.nextBoolean() ? FactChange.retract(fid) : FactChange.retractFact(f));
        }
        if (roll < 77) {
            return batch(m, all);
        }
        if (roll < 82) {
            return cycle(m);
        }
        if (roll < 86 && id != null) {
            // The same id twice.
            Object other = withId(all.get(random.nextInt(all.size())), id);
            return other == null || other.equals(fact) ? null : List.of(FactChange.insert(other));
        }
        if (roll < 89) {
            return List.of(random.nextBoolean() ? FactChange.retract("no-such-id-" + random.nextInt(5))
                    : FactChange.retractFact(mutateOrSelf(fact, m)));
        }
        if (roll < 92) {
            // Changed to what it is: nothing to do.
            return List.of(id != null ? FactChange.update(fact) : FactChange.replace(fact, fact));
        }
        return insert(m);
    }

    private Object mutateOrSelf(Object fact, SessionModel m) {
        Object x = mutate(fact, m, 0);
        return x == NO || x == null ? fact : x;
    }

    private List<FactChange> insert(SessionModel m) {
        Map<String, Class<?>> ids = m.ids();
        if (!retracted.isEmpty() && random.nextInt(3) > 0) {
            Object f = retracted.remove(random.nextInt(retracted.size()));
            String id = SessionModel.id(f);
            if (id == null || !ids.containsKey(id)) {
                return List.of(FactChange.insert(f));
            }
        }
        List<Object> all = m.all();
        if (all.isEmpty() || !COPIES) {
            return null;
        }
        Object f = all.get(random.nextInt(all.size()));
        Object copy = SessionModel.id(f) == null ? mutate(f, m, 0) : withId(f, SessionModel.id(f) + "~" + (++copies));
        if (copy == NO || copy == null) {
            return null;
        }
        return List.of(FactChange.insert(copy));
    }

    /** A meeting inserted before a new group it belongs to, or a fact retracted and inserted again changed, in one batch. */
    private List<FactChange> batch(SessionModel m, List<Object> all) {
        List<Object> meetings = m.facts(Meeting.class);
        if (!meetings.isEmpty() && random.nextBoolean() && COPIES) {
            Meeting mt = (Meeting) meetings.get(random.nextInt(meetings.size()));
            Group g = (Group) m.facts(Group.class).stream().filter(x -> ((Group) x).id().equals(mt.group())).findFirst().orElse(null);
            if (g == null) {
                return null;
            }
            int n = ++copies;
            Object g2 = withId(g, g.id() + "~" + n);
            Object m2 = with(withId(mt, mt.id() + "~" + n), "group", g.id() + "~" + n);
            if (g2 == null || m2 == null) {
                return null;
            }
            // Some groups name themselves (associated, terms of reference); a copy must name its own id.
            return List.of(FactChange.insert(m2), FactChange.insert(g2));
        }
        if (retracted.size() >= 2 && random.nextBoolean()) {
            // In the order they went: a fact is retracted before what it names, so it comes back first.
            int n = Math.min(retracted.size(), 2 + random.nextInt(3));
            List<FactChange> b = new ArrayList<>();
            Map<String, Class<?>> ids = m.ids();
            for (Object r : new ArrayList<>(retracted.subList(retracted.size() - n, retracted.size()))) {
                String rid = SessionModel.id(r);
                if (rid == null || !ids.containsKey(rid)) {
                    b.add(FactChange.insert(r));
                    retracted.remove(r);
                }
            }
            return b.isEmpty() ? null : b;
        }
        Object f = all.get(random.nextInt(all.size()));
        String id = SessionModel.id(f);
        Object changed = mutate(f, m, 0);
        if (id == null || changed == NO || changed == null) {
            return null;
        }
        List<FactChange> b = new ArrayList<>();
        b.add(FactChange.retract(id));
        b.add(FactChange.insert(changed));
        if (random.nextBoolean()) {
            Object other = all.get(random.nextInt(all.size()));
            Object o2 = mutate(other, m, 0);
            if (o2 != NO && o2 != null && SessionModel.id(other) != null && !SessionModel.id(other).equals(id)) {
                b.add(FactChange.update(o2));
            }
        }
        return b;
    }

    /** A group's parent set to one of its descendants (or itself): a cycle, to be refused. */
    private List<FactChange> cycle(SessionModel m) {
        List<Object> groups = m.facts(Group.class);
        if (groups.isEmpty()) {
            return null;
        }
        Group g = (Group) groups.get(random.nextInt(groups.size()));
        List<String> below = new ArrayList<>();
        below.add(g.id());
        for (int i = 0; i < below.size(); i++) {
            String p = below.get(i);
            for (Object o : groups) {
                if (p.equals(((Group) o).parent()) && !below.contains(((Group) o).id())) {
                    below.add(((Group) o).id());
                }
            }
        }
        Object changed = with(g, "parent", below.get(random.nextInt(below.size())));
        return changed == null ? null : List.of(FactChange.update(changed));
    }

    /** A fact no other fact names (its id appears in no other fact), if one is found quickly. */
    private Object leaf(SessionModel m, List<Object> all) {
        for (int i = 0; i < 6; i++) {
            Object f = all.get(random.nextInt(all.size()));
            String id = SessionModel.id(f);
            if (id == null) {
                return f;
            }
            boolean named = false;
            for (Object o : all) {
                if (o != f && o.toString().contains(id)) {
                    named = true;
                    break;
                }
            }
            if (!named) {
                return f;
            }
        }
        return null;
    }

    /** The record with component {@code name} set to {@code value}, or {@code null} if its constructor refuses. */
    static Object with(Object record, String name, Object value) {
        RecordComponent[] cs = record.getClass().getRecordComponents();
        Object[] args = values(record);
        for (int i = 0; i < cs.length; i++) {
            if (cs[i].getName().equals(name)) {
                args[i] = value;
                return construct(record.getClass(), args);
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
    }

    private Object withId(Object record, String id) {
        if (SessionModel.id(record) == null) {
            return null;
        }
        Object copy = with(record, "id", id);
        return copy == null || EXACT_COPIES ? copy : shifted(copy, 1 + random.nextInt(20));
    }

    /** The record with each of its own dates moved by {@code days} (a copy that ties with its original on no date). */
    private static Object shifted(Object record, int days) {
        RecordComponent[] cs = record.getClass().getRecordComponents();
        Object[] args = values(record);
        for (int i = 0; i < cs.length; i++) {
            if (args[i] instanceof LocalDate d) {
                args[i] = d.plusDays(days);
            } else if (args[i] instanceof PartialDate p && p.isExact()) {
                args[i] = PartialDate.of(p.exact().plusDays(days));
            } else if (args[i] instanceof Instant t) {
                args[i] = t.plus(days, ChronoUnit.DAYS);
            }
        }
        Object built = construct(record.getClass(), args);
        return built == null ? record : built;
    }

    /** The record with one component changed, {@link #NO} if none could be, or {@code null} if its constructor refused. */
    Object mutate(Object record, SessionModel m, int depth) {
        RecordComponent[] cs = record.getClass().getRecordComponents();
        for (int attempt = 0; attempt < 8; attempt++) {
            int i = random.nextInt(cs.length);
            if (cs[i].getName().equals("id") && depth == 0) {
                continue;
            }
            Object[] args = values(record);
            Object v = value(cs[i].getType(), cs[i].getGenericType(), args[i], m, depth);
            if (v == NO) {
                continue;
            }
            args[i] = v;
            Object built = construct(record.getClass(), args);
            if (built != null && !built.equals(record)) {
                return built;
            }
        }
        return NO;
    }

    private Object value(Class<?> type, Type generic, Object v, SessionModel m, int depth) {
        boolean drop = v != null && !type.isPrimitive() && random.nextInt(6) == 0;
        if (drop) {
            return null;
        }
        if (type == LocalDate.class) {
            LocalDate base = v == null ? asOf : (LocalDate) v;
            return base.plusDays(random.nextInt(181) - 90);
        }
        if (type == PartialDate.class) {
            PartialDate p = (PartialDate) v;
            LocalDate base = p == null || !p.isKnown() ? asOf : p.earliest();
            LocalDate d = base.plusDays(random.nextInt(121) - 60);
            return random.nextInt(4) == 0 ? PartialDate.ofMonth(YearMonth.from(d)) : PartialDate.of(d);
        }
        if (type == Instant.class) {
            Instant base = v == null ? asOf.atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : (Instant) v;
            return base.plus(random.nextInt(24 * 60) - 24 * 30, ChronoUnit.HOURS);
        }
        if (type.isEnum()) {
            Object[] cs = type.getEnumConstants();
            return cs[random.nextInt(cs.length)];
        }
        if (type == Boolean.class) {
            return v == null ? random.nextBoolean() : !(Boolean) v;
        }
        if (type == Integer.class || type == int.class) {
            int n = v == null ? 1 : (Integer) v;
            return Math.max(0, n + random.nextInt(5) - 2);
        }
        if (type == String.class) {
            Map<String, Class<?>> ids = m.ids();
            String s = (String) v;
            if (s != null && ids.containsKey(s)) {
                // A reference: mostly to another fact of the same kind, sometimes to any fact.
                List<String> same = ids.entrySet().stream().filter(e -> e.getValue() == ids.get(s)).map(Map.Entry::getKey).toList();
                List<String> pool = random.nextInt(5) == 0 ? new ArrayList<>(ids.keySet()) : same;
                return pool.get(random.nextInt(pool.size()));
            }
            return s == null ? NO : s + " (edited)";
        }
        if (List.class.isAssignableFrom(type)) {
            List<?> l = v == null ? List.of() : (List<?>) v;
            if (l.isEmpty()) {
                return NO;
            }
            List<Object> copy = new ArrayList<>(l);
            int k = random.nextInt(copy.size());
            Object item = copy.get(k);
            if (item != null && item.getClass().isRecord() && depth < 2 && random.nextBoolean()) {
                Object x = mutate(item, m, depth + 1);
                if (x == NO || x == null) {
                    return NO;
                }
                copy.set(k, x);
            } else if (item instanceof String s && m.ids().containsKey(s) && random.nextBoolean()) {
                Object x = value(String.class, String.class, s, m, depth);
                copy.set(k, x == NO ? s : x);
            } else {
                copy.remove(k);
            }
            return copy;
        }
        if (Map.class.isAssignableFrom(type)) {
            Map<?, ?> map = v == null ? Map.of() : (Map<?, ?>) v;
            if (map.isEmpty()) {
                return NO;
            }
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            List<Object> keys = new ArrayList<>(copy.keySet());
            Object key = keys.get(random.nextInt(keys.size()));
            Object val = copy.get(key);
            Type vt = generic instanceof ParameterizedType pt ? pt.getActualTypeArguments()[1] : Object.class;
            if (val != null && val.getClass().isEnum() && random.nextInt(3) > 0) {
                Object[] cs = val.getClass().getEnumConstants();
                copy.put(key, cs[random.nextInt(cs.length)]);
            } else if (vt == Object.class || random.nextBoolean()) {
                copy.remove(key);
            } else {
                Object x = value((Class<?>) (vt instanceof Class<?> c ? c : Object.class), vt, val, m, depth);
                if (x == NO) {
                    copy.remove(key);
                } else {
                    copy.put(key, x);
                }
            }
            return copy;
        }
        if (type.isRecord()) {
            if (v == null || depth >= 2) {
                return NO;
            }
            Object x = mutate(v, m, depth + 1);
            return x == null ? NO : x;
        }
        return NO;
    }

    private static Object[] values(Object record) {
        RecordComponent[] cs = record.getClass().getRecordComponents();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            try {
                args[i] = cs[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return args;
    }

    private static Object construct(Class<?> type, Object[] args) {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            // The record's own checks refused the value (an end before a start, a required field dropped).
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
