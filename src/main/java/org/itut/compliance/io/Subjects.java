package org.itut.compliance.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
        public Subject {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
        }

        public boolean known() {
            return !kind.equals("unknown");
        }
    }

    private final Submission submission;
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

    /** Resolves the ids of {@code submission}; an empty submission resolves nothing. */
    public static Subjects of(Submission submission) {
        return new Subjects(submission == null ? Submission.builder().build() : submission);
    }

    public Submission submission() {
        return submission;
    }

    /** The id resolved; an id the submission lacks is of kind {@code unknown}, with no group or origin. */
    public Subject of(String id) {
        Subject s = byId.get(id);
        return s != null ? s : new Subject(id, "unknown", null, submission.origins().get(id));
    }

    /** The group whose findings list holds findings about {@code id}: its group, else the id itself. */
    public String groupOf(String id) {
        Subject s = of(id);
        return s.group() != null ? s.group() : id;
    }

    /**
     * The order in which reports list groups: by kind as the procedures rank them (WTSA, TSAG, study
     * groups, working parties ...; ids that are not groups last), then by id as a person reads it (SG2 before SG13).
     */
    public java.util.Comparator<String> groupOrder() {
        return java.util.Comparator.comparing((String id) -> group(id).map(g -> g.kind().ordinal()).orElse(Integer.MAX_VALUE))
                .thenComparing(Timeline::natural);
    }

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
