package org.itut.compliance.io;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.itut.compliance.Finding;

import org.itut.compliance.facts.Consultation;
import org.itut.compliance.facts.Decision;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.Origin;
import org.itut.compliance.facts.Reply;
import org.itut.compliance.facts.Submission;

/**
 * What the ids in a report name in its submission: the kind of fact, the group it belongs to (for
 * grouping findings and drawing them on a group's timeline lane), and the file and line it was read
 * from. Report writers use it to point from a finding back into the input.
 */
public final class Subjects {

    /**
     * One id, resolved.
     *
     * @param id     the id
     * @param kind   {@code group}, {@code meeting}, {@code document}, {@code decision}, {@code consultation},
     *               {@code reply}, or {@code unknown} when the submission has no fact with that id
     * @param group  the id of the group the fact belongs to (a meeting's group, a document's source group, a
     *               decision's body ...), or {@code null} when none is known
     * @param origin where the fact was read from, or {@code null} when it was not read from a file
     */
    public record Subject(String id, String kind, String group, Origin origin) {
        /**
         * Checks that the id and kind are there.
         *
         * @param id     the id
         * @param kind   the kind of the fact with that id, or {@code unknown}
         * @param group  the id of the group the fact belongs to, or {@code null}
         * @param origin where the fact was read from, or {@code null}
         */
        public Subject {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
        }

        /**
         * Whether the submission has a fact with the id.
         *
         * @return false for an id of kind {@code unknown}
         */
        public boolean known() {
            return !kind.equals("unknown");
        }
    }

    /**
     * Where a finding points in the input.
     *
     * @param fact   the id of the fact located: the subject itself, or the fact its evidence names, or the fact
     *               that names the subject
     * @param origin the file, line and path that fact was read from
     */
    public record Location(String fact, Origin origin) {
        /**
         * Checks that both parts are there.
         *
         * @param fact   the id of the fact located
         * @param origin the file, line and path it was read from
         */
        public Location {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(origin, "origin");
        }
    }

    private final Submission submission;
    private Map<String, String> mentionedBy;
    private final Map<String, Subject> byId = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, Meeting> meetings = new HashMap<>();

    private Subjects(Submission submission) {
        this.submission = submission;
        submission.groups().forEach(g -> groups.putIfAbsent(g.id(), g));
        submission.meetings().forEach(m -> meetings.putIfAbsent(m.id(), m));
        for (Group g : submission.groups()) {
            put(g.id(), "group", g.id());
        }
        for (Meeting m : submission.meetings()) {
            put(m.id(), "meeting", m.group());
        }
        for (Document d : submission.documents()) {
            put(d.id(), "document", documentGroup(d));
        }
        for (Decision d : submission.decisions()) {
            put(d.id(), "decision", isGroup(d.body()) ? d.body() : null);
        }
        for (Consultation c : submission.consultations()) {
            put(c.id(), "consultation", c.subjects().stream().filter(this::isGroup).findFirst().orElse(null));
        }
        for (Reply r : submission.replies()) {
            Subject c = byId.get(r.consultation());
            put(r.id(), "reply", c == null ? null : c.group());
        }
    }

    /**
     * Resolves the ids of a submission.
     *
     * @param submission the facts; {@code null} resolves nothing, as an empty submission
     * @return the resolved ids
     */
    public static Subjects of(Submission submission) {
        return new Subjects(submission == null ? Submission.builder().build() : submission);
    }

    /**
     * The facts the ids were resolved in.
     *
     * @return the submission (empty when none was given)
     */
    public Submission submission() {
        return submission;
    }

    /**
     * One id, resolved.
     *
     * @param id an id, e.g. a finding's subject
     * @return what it is; an id the submission lacks is of kind {@code unknown}, with no group (and an origin only
     *         when a fact attached to another was read under it)
     */
    public Subject of(String id) {
        Subject s = byId.get(id);
        return s != null ? s : new Subject(id, "unknown", null, submission.origins().get(id));
    }

    /**
     * The group under which reports list findings about an id.
     *
     * @param id an id, e.g. a finding's subject
     * @return the group of the fact with that id, else the id itself
     */
    public String groupOf(String id) {
        Subject s = of(id);
        return s.group() != null ? s.group() : id;
    }

    /**
     * The order in which reports list groups: by kind as the procedures rank them (WTSA, TSAG, study
     * groups, working parties ...; ids that are not groups last), then by id as a person reads it (SG2 before SG13).
     *
     * @return a comparator of group ids
     */
    public java.util.Comparator<String> groupOrder() {
        return java.util.Comparator.comparing((String id) -> group(id).map(g -> g.kind().ordinal()).orElse(Integer.MAX_VALUE))
                .thenComparing(Timeline::natural);
    }

    /**
     * The fact of the input a finding is about, with the file and line it was read from: the subject
     * when it was read from a file; else the first fact the evidence names (its target, meeting,
     * document ... first, as {@link FindingKeys#IDENTITY} orders them, then the rest in evidence order),
     * which places a finding about TSB at the meeting it concerns; else the first fact that names the
     * subject (a Question named by a consultation). Empty only when none of them was read from a file,
     * as for facts built in code. SARIF, JSON and JUnit use this one locator.
     *
     * @param f a finding of a report on this submission
     * @return where it points, or empty
     */
    public Optional<Location> locate(Finding f) {
        Origin own = submission.origins().get(f.subject());
        if (own != null) {
            return Optional.of(new Location(f.subject(), own));
        }
        for (String value : namedBy(f)) {
            Origin o = submission.origins().get(value);
            if (o != null) {
                return Optional.of(new Location(value, o));
            }
        }
        String namer = mentions().get(f.subject());
        if (namer != null) {
            return Optional.of(new Location(namer, submission.origins().get(namer)));
        }
        return Optional.empty();
    }

    /** The ids the evidence of {@code f} names, identity keys first; list values ({@code SG17, SG20}) split. */
    static List<String> namedBy(Finding f) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : FindingKeys.IDENTITY) {
            String v = f.evidence().get(key);
            if (v != null) {
                split(v, out);
            }
        }
        f.evidence().values().forEach(v -> split(v, out));
        out.remove(f.subject());
        return new ArrayList<>(out);
    }

    /** The value, then, as evidence lists ids with commas ({@code SG17, SG20}), its parts: an id may hold a comma too. */
    private static void split(String value, Set<String> out) {
        out.add(value.trim());
        for (String part : value.split(",\\s*")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
    }

    /**
     * For every text any fact holds (its parent, its body, the meeting it is for ...), the first fact read
     * from a file that holds it, in submission order. Read from the fact records themselves, so that a new
     * kind of fact is covered without a change here.
     */
    private Map<String, String> mentions() {
        if (mentionedBy == null) {
            mentionedBy = new HashMap<>();
            for (Object fact : submission.all()) {
                String id = idOf(fact);
                if (id != null && submission.origins().containsKey(id)) {
                    collect(fact, id, 0);
                }
            }
        }
        return mentionedBy;
    }

    private static String idOf(Object fact) {
        if (fact instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals("id") && c.getType() == String.class) {
                    Object v = value(r, c);
                    return v instanceof String s ? s : null;
                }
            }
        }
        return null;
    }

    private void collect(Object value, String factId, int depth) {
        if (value == null || depth > 8) {
            return;
        }
        if (value instanceof String s) {
            if (!s.equals(factId)) {
                mentionedBy.putIfAbsent(s, factId);
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(x -> collect(x, factId, depth + 1));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(x -> collect(x, factId, depth + 1));
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                collect(value(r, c), factId, depth + 1);
            }
        }
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    /**
     * The group with an id.
     *
     * @param id a group id, or {@code null}
     * @return the submission's group with that id, or empty
     */
    public Optional<Group> group(String id) {
        return Optional.ofNullable(id == null ? null : groups.get(id));
    }

    private void put(String id, String kind, String group) {
        byId.putIfAbsent(id, new Subject(id, kind, group, submission.origins().get(id)));
    }

    private boolean isGroup(String id) {
        return id != null && groups.containsKey(id);
    }

    private String documentGroup(Document d) {
        if (isGroup(d.source())) {
            return d.source();
        }
        for (String c : d.concerns()) {
            if (isGroup(c)) {
                return c;
            }
            Meeting m = meetings.get(c);
            if (m != null) {
                return m.group();
            }
        }
        if (d.forMeeting() != null) {
            Meeting m = meetings.get(d.forMeeting());
            return m == null ? null : m.group();
        }
        return null;
    }
}
