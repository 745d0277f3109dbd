package org.itut.compliance;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.itut.compliance.facts.FactChange;
import org.itut.compliance.facts.Origin;
import org.itut.compliance.facts.Submission;

/**
 * What a session's facts should be, kept by the test on its own, the simple way: a list per kind,
 * changed as {@link ComplianceSession} documents (in place, or last of its kind), so that the session's
 * facts, report and refusals can be compared with those of a fresh {@link Submission}.
 */
final class SessionModel {
    /** A fact and where it was read from (kept for facts with an id: only theirs appear in problems). */
    record Entry(Object fact, Origin origin) {
    }

    private final Map<Class<?>, List<Entry>> byKind = new LinkedHashMap<>();

    private SessionModel() {
        for (Class<?> t : Submission.factTypes()) {
            byKind.put(t, new ArrayList<>());
        }
    }

    static SessionModel of(Submission s) {
        SessionModel m = new SessionModel();
        for (Class<?> t : Submission.factTypes()) {
            for (Object f : s.facts(t)) {
                String id = id(f);
                m.byKind.get(t).add(new Entry(f, id == null ? null : s.origin(id).orElse(null)));
            }
        }
        return m;
    }

    SessionModel copy() {
        SessionModel m = new SessionModel();
        byKind.forEach((k, v) -> m.byKind.get(k).addAll(v));
        return m;
    }

    Submission submission() {
        Submission.Builder b = Submission.builder();
        byKind.values().forEach(list -> list.forEach(e -> b.add(e.fact(), e.origin())));
        return b.build();
    }

    List<Object> all() {
        List<Object> all = new ArrayList<>();
        byKind.values().forEach(list -> list.forEach(e -> all.add(e.fact())));
        return all;
    }

    List<Object> facts(Class<?> kind) {
        return byKind.get(kind).stream().map(Entry::fact).toList();
    }

    int size() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }

    /** The id of a fact whose record has one ({@code id}), else {@code null}. */
    static String id(Object fact) {
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            if (c.getName().equals("id") && c.getType() == String.class) {
                try {
                    return (String) c.getAccessor().invoke(fact);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    static boolean identified(Class<?> kind) {
        for (RecordComponent c : kind.getRecordComponents()) {
            if (c.getName().equals("id") && c.getType() == String.class) {
                return true;
            }
        }
        return false;
    }

    /** The ids present, with the kind of the first fact holding each. */
    Map<String, Class<?>> ids() {
        Map<String, Class<?>> ids = new LinkedHashMap<>();
        byKind.forEach((k, list) -> list.forEach(e -> {
            String id = id(e.fact());
            if (id != null) {
                ids.putIfAbsent(id, k);
            }
        }));
        return ids;
    }

    /** Applies a change as the session documents it. */
    void apply(FactChange c) {
        switch (c.kind()) {
            case INSERT -> byKind.get(c.fact().getClass()).add(new Entry(c.fact(), null));
            case UPDATE -> {
                int[] at = firstWithId(id(c.fact()), c.fact().getClass());
                if (at == null) {
                    throw new IllegalArgumentException("no fact has the id " + id(c.fact()));
                }
                Class<?> kind = kindAt(at[0]);
                if (kind != c.fact().getClass()) {
                    throw new IllegalArgumentException("an update keeps the kind");
                }
                set(byKind.get(kind), at[1], c.fact());
            }
            case REPLACE -> {
                List<Entry> list = byKind.get(c.old().getClass());
                int i = firstEqual(list, c.old());
                if (i < 0) {
                    throw new IllegalArgumentException("no fact equal to the old one");
                }
                if (c.fact().getClass() == c.old().getClass()) {
                    set(list, i, c.fact());
                } else {
                    list.remove(i);
                    byKind.get(c.fact().getClass()).add(new Entry(c.fact(), null));
                }
            }
            case RETRACT -> {
                int[] at = firstWithId(c.id());
                if (at == null) {
                    throw new IllegalArgumentException("no fact has the id " + c.id());
                }
                byKind.get(kindAt(at[0])).remove(at[1]);
            }
            case RETRACT_FACT -> {
                List<Entry> list = byKind.get(c.old().getClass());
                int i = firstEqual(list, c.old());
                if (i < 0) {
                    throw new IllegalArgumentException("no fact equal to it");
                }
                list.remove(i);
            }
        }
    }

    /** A fact changed in place; one changed to what it is keeps where it was read from. */
    private static void set(List<Entry> list, int i, Object fact) {
        if (!list.get(i).fact().equals(fact)) {
            list.set(i, new Entry(fact, null));
        }
    }

    private Class<?> kindAt(int k) {
        return Submission.factTypes().get(k);
    }

    /** As {@link #firstWithId(String)}, preferring a fact of {@code kind}. */
    private int[] firstWithId(String id, Class<?> kind) {
        int k = Submission.factTypes().indexOf(kind);
        List<Entry> list = byKind.get(kind);
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(id(list.get(i).fact()), id)) {
                return new int[] {k, i};
            }
        }
        return firstWithId(id);
    }

    /** Kind number and position of the first fact with {@code id}, in submission order. */
    private int[] firstWithId(String id) {
        List<Class<?>> kinds = Submission.factTypes();
        for (int k = 0; k < kinds.size(); k++) {
            List<Entry> list = byKind.get(kinds.get(k));
            for (int i = 0; i < list.size(); i++) {
                if (Objects.equals(id(list.get(i).fact()), id)) {
                    return new int[] {k, i};
                }
            }
        }
        return null;
    }

    private static int firstEqual(List<Entry> list, Object fact) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).fact().equals(fact)) {
                return i;
            }
        }
        return -1;
    }
}
