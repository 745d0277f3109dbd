package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.Inventory;

/**
 * Every inventory of the submission, derived once by {@code rules/common/index.drl}. A rule that tells
 * an absent document from an unknown one matches this fact and asks it: when an inventory is
 * inserted or retracted in a session the fact is derived anew and those rules judge again (a
 * list held by the session global would have kept answering for the inventories the session began with).
 *
 * @param all the inventories, as collected
 */
public record Inventories(List<Inventory> all, Map<String, List<Inventory>> bySource) {
    public Inventories {
        all = List.copyOf(all);
        bySource = Map.copyOf(bySource);
    }

    /**
     * @param all the inventories, as collected
     */
    public Inventories(List<Inventory> all) {
        this(all, bySource(all));
    }

    // By source: every duty rule asks about one group's inventories, and a scan of all of them for each
    // finding made the check grow with the square of the submission.
    private static Map<String, List<Inventory>> bySource(List<Inventory> all) {
        Map<String, List<Inventory>> m = new HashMap<>();
        for (Inventory i : all) {
            if (i.source() != null) {
                m.computeIfAbsent(i.source(), k -> new ArrayList<>()).add(i);
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    /** From the list Drools collects, copied: the engine changes its own list as the facts change. */
    public static Inventories of(Collection<?> collected) {
        List<Inventory> list = new ArrayList<>(collected.size());
        for (Object o : collected) {
            list.add((Inventory) o);
        }
        return new Inventories(list);
    }

    /**
     * @param source a group's id
     * @return the inventories of that group's documents or meetings
     */
    public List<Inventory> fromSource(String source) {
        return bySource.getOrDefault(source, List.of());
    }

    /**
     * True when the submission declares its documents of {@code kind} from {@code source} complete
     * for every day from {@code from} to {@code to}: a missing document is then absent, not unknown.
     */
    public boolean complete(String source, DocumentKind kind, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return false;
        }
        LocalDate a = from.isAfter(to) ? to : from;
        LocalDate b = from.isAfter(to) ? from : to;
        for (Inventory i : fromSource(source)) {
            if (i.covers(source, kind, a, b)) {
                return true;
            }
        }
        return false;
    }
}
