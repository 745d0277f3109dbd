package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.facts.Decision;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MeetingStatus;

/**
 * The meetings and groups of one submission, indexed once ({@code rules/common/lifetime.drl} derives
 * it) so that duty rules can ask "the next meeting of SG17 after this date" or "the first TSAG
 * meeting after WTSA-24" without joining every meeting against every other.
 *
 * <p>Cancelled meetings are left out of every list; a meeting whose start is unknown is listed last.
 */
public final class MeetingCalendar {
    private static final Comparator<Meeting> BY_START = Comparator.comparing(Meeting::start).thenComparing(Meeting::id);

    private final Map<String, Meeting> meetings = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, List<Meeting>> byGroup = new HashMap<>();
    private final List<Meeting> assemblies = new ArrayList<>();
    private final List<Meeting> tsag = new ArrayList<>();

    private MeetingCalendar() {
    }

    /** Indexes {@code meetings} and {@code groups} (collections of facts as Drools collects them). */
    public static MeetingCalendar of(Collection<?> meetings, Collection<?> groups) {
        MeetingCalendar c = new MeetingCalendar();
        for (Object o : groups) {
            Group g = (Group) o;
            c.groups.put(g.id(), g);
        }
        for (Object o : meetings) {
            Meeting m = (Meeting) o;
            c.meetings.put(m.id(), m);
            if (m.status() == MeetingStatus.CANCELLED) {
                continue;
            }
            c.byGroup.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
            GroupKind kind = c.kindOf(m.group());
            if (kind == GroupKind.WTSA && m.start().isExact() && m.end().isExact()) {
                c.assemblies.add(m);
            } else if (kind == GroupKind.TSAG && m.start().isExact() && m.end().isExact()) {
                c.tsag.add(m);
            }
        }
        c.byGroup.values().forEach(l -> l.sort(BY_START));
        c.assemblies.sort(BY_START);
        c.tsag.sort(BY_START);
        return c;
    }

    public Meeting meeting(String id) {
        return id == null ? null : meetings.get(id);
    }

    public Group group(String id) {
        return id == null ? null : groups.get(id);
    }

    /** The ids of the groups of {@code kind}, sorted. */
    public List<String> groupsOfKind(GroupKind kind) {
        return groups.values().stream().filter(g -> g.kind() == kind).map(Group::id).sorted().toList();
    }

    /** The id of TSAG in this submission ({@code "TSAG"} when no group of that kind is present). */
    public String tsag() {
        List<String> ids = groupsOfKind(GroupKind.TSAG);
        return ids.isEmpty() ? "TSAG" : ids.get(0);
    }

    /** The kind of group {@code id}, or {@code null} when the group is not in the submission. */
    public GroupKind kindOf(String id) {
        Group g = group(id);
        return g == null ? null : g.kind();
    }

    /** The meetings of {@code group} that are not cancelled, by first day. */
    public List<Meeting> meetingsOf(String group) {
        return byGroup.getOrDefault(group, List.of());
    }

    /** The first meeting of {@code group} whose start is known (to the day or the month), or {@code null}. */
    public Meeting firstMeetingOf(String group) {
        return meetingsOf(group).stream().filter(m -> m.start().isKnown()).findFirst().orElse(null);
    }

    /**
     * The meeting of {@code group} a document available on {@code date} goes to: the first meeting
     * that may still start on or after that date. {@code null} if there is none.
     */
    public Meeting nextMeetingOf(String group, LocalDate date) {
        if (date == null) {
            return null;
        }
        return meetingsOf(group).stream().filter(m -> m.start().isKnown() && !m.start().latest().isBefore(date))
                .findFirst().orElse(null);
    }

    /** The first meeting of {@code group} known to start after {@code date} (exact first day), or {@code null}. */
    public Meeting firstMeetingStartingAfter(String group, LocalDate date) {
        if (date == null) {
            return null;
        }
        return meetingsOf(group).stream().filter(m -> m.start().isExact() && m.start().exact().isAfter(date))
                .findFirst().orElse(null);
    }

    /** The first TSAG meeting that starts after {@code date}, known to the day; {@code null} if none is in the submission. */
    public Meeting firstTsagAfter(LocalDate date) {
        if (date == null) {
            return null;
        }
        return tsag.stream().filter(m -> m.start().exact().isAfter(date)).findFirst().orElse(null);
    }

    /** The TSAG meetings known to the day, by first day. */
    public List<Meeting> tsagMeetings() {
        return List.copyOf(tsag);
    }

    /** The WTSA meetings (assemblies) known to the day, by first day. */
    public List<Meeting> assemblies() {
        return List.copyOf(assemblies);
    }

    /** The last assembly that ended before {@code date}, or {@code null}. */
    public Meeting lastAssemblyEndedBefore(LocalDate date) {
        Meeting found = null;
        for (Meeting m : assemblies) {
            if (m.end().exact().isBefore(date)) {
                found = m;
            }
        }
        return found;
    }

    /** The first assembly that starts after {@code date}, or {@code null}. */
    public Meeting firstAssemblyAfter(LocalDate date) {
        return assemblies.stream().filter(m -> m.start().exact().isAfter(date)).findFirst().orElse(null);
    }

    /** The TSAG meeting whose days include {@code date}, or {@code null}. */
    public Meeting tsagMeetingOn(LocalDate date) {
        if (date == null) {
            return null;
        }
        return tsag.stream().filter(m -> !date.isBefore(m.start().exact()) && !date.isAfter(m.end().exact()))
                .findFirst().orElse(null);
    }

    /**
     * The date of a decision: its own date, else the last day of the meeting that took it (a decision
     * taken at a meeting is taken by its last day). {@code null} when neither is known.
     */
    public LocalDate dateOf(Decision d) {
        if (d.date() != null) {
            return d.date();
        }
        Meeting m = meeting(d.meeting());
        return m != null && m.end().isExact() ? m.end().exact() : null;
    }

    /** The meeting a decision was taken at: its own meeting, else the TSAG meeting held on its date. */
    public Meeting meetingOf(Decision d) {
        Meeting m = meeting(d.meeting());
        if (m != null) {
            return m;
        }
        return "TSAG".equals(d.body()) || kindOf(d.body()) == GroupKind.TSAG ? tsagMeetingOn(d.date()) : null;
    }
}
