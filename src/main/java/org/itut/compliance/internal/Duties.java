package org.itut.compliance.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.PartialDate;

/**
 * Due dates of duties anchored on meetings whose first day may be known only to the month, and the
 * one way such a duty is judged (PASS naming the act, FAIL saying how late or that it is absent in a
 * closed world, INDETERMINATE, PENDING). Rules of the duties family call {@link #judge}; where the due
 * date is exact it gives the same outcomes as {@link Verdict#deadline}.
 *
 * <p>Evidence dated after the as-of date is not counted: on the as-of date it did not exist yet.
 */
public final class Duties {
    private Duties() {
    }

    /**
     * When a duty falls due: on one day, or on a day in a window when the anchoring meeting is known
     * only to the month, or unknown.
     *
     * @param earliest the earliest possible due date, or {@code null} if unknown
     * @param latest   the latest possible due date, or {@code null} if unknown
     * @param anchor   the meeting day it derives from (its precision decides when the duty stops being
     *                 PENDING), or {@code null} when the due date is not derived from a meeting
     */
    public record Due(LocalDate earliest, LocalDate latest, PartialDate anchor) {
        public boolean known() {
            return earliest != null;
        }

        public boolean exact() {
            return earliest != null && earliest.equals(latest);
        }

        /** Shown in evidence: the day, or the window. */
        public String describe() {
            if (!known()) {
                return "unknown";
            }
            return exact() ? earliest.toString() : earliest + " to " + latest + " (the meeting is known only to " + anchor + ")";
        }
    }

    /** Due {@code lead} before the first day of a meeting starting on {@code start} (CONV-MONTH arithmetic). */
    public static Due before(PartialDate start, Period lead) {
        if (start == null || !start.isKnown()) {
            return new Due(null, null, start);
        }
        return new Due(start.earliest().minus(lead), start.latest().minus(lead), start);
    }

    /** Due on {@code day} (or unknown when {@code day} is null). */
    public static Due on(LocalDate day) {
        return new Due(day, day, day == null ? null : PartialDate.of(day));
    }

    /** A dated act: the document (or other fact) that did it, and when. */
    public record Done(String id, LocalDate on) {
    }

    /** The kinds of document that carry a group's report to a meeting. */
    public static final List<DocumentKind> REPORT_KINDS = List.of(DocumentKind.TD, DocumentKind.REPORT,
            DocumentKind.CONTRIBUTION, DocumentKind.LIAISON_STATEMENT);

    /**
     * The documents that report to meeting {@code m} of {@code target}: those marked as for that meeting,
     * and those not marked for another meeting of the target whose availability date makes {@code m} the
     * next meeting of the target. One document addressed to several targets counts for each of them.
     */
    public static List<Document> reportsFor(Meeting m, String target, Collection<?> documents, MeetingCalendar cal) {
        List<Document> out = new ArrayList<>();
        for (Object o : documents) {
            Document d = (Document) o;
            if (!d.addressedTo(target) || !REPORT_KINDS.contains(d.kind())) {
                continue;
            }
            if (m.id().equals(d.forMeeting())) {
                out.add(d);
                continue;
            }
            Meeting marked = cal.meeting(d.forMeeting());
            if (marked != null && marked.group().equals(target)) {
                continue;
            }
            Meeting next = cal.nextMeetingOf(target, d.availableOn());
            if (next != null && next.id().equals(m.id())) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The documents addressed to {@code target} that cannot be tied to any of its meetings: undated and
     * not marked for a meeting of the target. They may be the report sought.
     */
    public static List<Document> unattributed(String target, Collection<?> documents, MeetingCalendar cal) {
        List<Document> out = new ArrayList<>();
        for (Object o : documents) {
            Document d = (Document) o;
            Meeting marked = cal.meeting(d.forMeeting());
            if (d.addressedTo(target) && REPORT_KINDS.contains(d.kind()) && d.availableOn() == null
                    && (marked == null || !marked.group().equals(target))) {
                out.add(d);
            }
        }
        return out;
    }

    /** The earliest dated act among {@code docs} available by {@code asOf}, or {@code null}. */
    public static Done earliest(Collection<?> docs, LocalDate asOf) {
        return ((Collection<?>) docs).stream().map(Document.class::cast)
                .filter(d -> d.availableOn() != null && !d.availableOn().isAfter(asOf))
                .min(Comparator.comparing(Document::availableOn).thenComparing(Document::id))
                .map(d -> new Done(d.id(), d.availableOn())).orElse(null);
    }

    /** The first undated document among {@code docs}, or {@code null}. */
    public static String undated(Collection<?> docs) {
        return ((Collection<?>) docs).stream().map(Document.class::cast).filter(d -> d.availableOn() == null)
                .map(Document::id).sorted().findFirst().orElse(null);
    }

    /**
     * Judges a duty and emits the finding.
     *
     * @param v           the finding being made (subject and evidence already set, {@code target} included)
     * @param asOf        the as-of date
     * @param due         when the duty falls due
     * @param done        the earliest dated act that may discharge it, or {@code null}
     * @param undated     the id of an act whose date is unknown and that may discharge it, or {@code null}
     * @param what        what is due, e.g. "the report of JCG-IoTSec to SG17 for SG17-2025-12"
     * @param closedWorld true when the submission declares the relevant documents complete
     * @param unknownDue  why the due date is unknown, when it is
     * @param act         the date of the act judged for the edition in force, or {@code null} to use the
     *                    act's own date (else the due date)
     */
    public static void judge(Verdict v, LocalDate asOf, Due due, Done done, String undated, String what,
                             boolean closedWorld, String unknownDue, LocalDate act) {
        judge(v, asOf, due, done, undated, what, closedWorld, unknownDue, act, "");
    }

    /** As {@link #judge(Verdict, LocalDate, Due, Done, String, String, boolean, String, LocalDate)}, adding {@code passNote} to a PASS. */
    public static void judge(Verdict v, LocalDate asOf, Due due, Done done, String undated, String what,
                             boolean closedWorld, String unknownDue, LocalDate act, String passNote) {
        if (done != null && done.on().isAfter(asOf)) {
            done = null;
        }
        String What = capitalise(what);
        v.act(act != null ? act : done != null ? done.on() : due.earliest());
        if (done != null) {
            v.evidence("by", done.id()).evidence("done on", done.on());
        } else if (undated != null) {
            v.evidence("by", undated);
        }
        if (!due.known()) {
            if (!v.namesMissing()) {
                v.missingFirstDay();
            }
            v.indeterminate(What + ": due date unknown (" + unknownDue + ")"
                    + (done != null ? "; " + done.id() + " is dated " + done.on() : ""));
            return;
        }
        v.evidence("due", due.describe());
        if (due.exact()) {
            LocalDate d = due.earliest();
            v.due(d);
            if (done != null && !done.on().isAfter(d)) {
                long days = ChronoUnit.DAYS.between(done.on(), d);
                v.pass(What + " was done on " + done.on() + " (" + done.id() + "), "
                        + (days == 0 ? "on the due date " : plural(days, "day") + " before the due date ") + d + passNote);
            } else if (undated != null) {
                v.missingDate(undated);
                v.indeterminate(What + ": " + undated + " exists but its date is unknown (due " + d + ")");
            } else if (done != null) {
                v.fail(What + " was done on " + done.on() + " (" + done.id() + "), "
                        + plural(ChronoUnit.DAYS.between(d, done.on()), "day") + " late (due " + d + ")");
            } else if (d.isAfter(asOf)) {
                v.pending(What + " is due by " + d);
            } else if (closedWorld) {
                v.fail(What + " is absent: the submission declares its documents complete and none was done by " + d);
            } else {
                v.missingAct();
                v.indeterminate(What + ": no evidence in the submission (due " + d
                        + "); declare the inventory complete to judge absence");
            }
            return;
        }
        // The anchoring meeting is known only to the month: the due date lies in [earliest, latest].
        LocalDate e = due.earliest();
        LocalDate l = due.latest();
        String window = "due between " + e + " and " + l + ", as the meeting is known only to " + due.anchor()
                + (due.anchor().isWindow() ? " (one day in that window)" : "");
        boolean monthAhead = asOf.isBefore(due.anchor().earliest());
        v.due(monthAhead && !e.isAfter(asOf) ? l : e);
        if (done != null && !done.on().isAfter(e)) {
            v.pass(What + " was done on " + done.on() + " (" + done.id() + "), on time whatever the day of the meeting ("
                    + window + ")" + passNote);
        } else if (done != null && done.on().isAfter(l) && undated == null) {
            v.fail(What + " was done on " + done.on() + " (" + done.id() + "), at least "
                    + plural(ChronoUnit.DAYS.between(l, done.on()), "day") + " late (" + window + ")");
        } else if (done != null) {
            v.missingFirstDay();
            v.indeterminate(What + " was done on " + done.on() + " (" + done.id() + "); whether that is on time depends"
                    + " on the meeting's first day (" + window + ")");
        } else if (undated != null) {
            v.missingDate(undated);
            v.indeterminate(What + ": " + undated + " exists but its date is unknown (" + window + ")");
        } else if (monthAhead) {
            v.pending(What + " is " + window);
        } else if (closedWorld && l.isBefore(asOf)) {
            v.fail(What + " is absent: the submission declares its documents complete and none was done by " + l
                    + " (" + window + ")");
        } else {
            v.missingAct();
            v.indeterminate(What + ": no evidence in the submission (" + window + ")");
        }
    }

    /**
     * Whether a meeting falls in the life of the group that owes a duty towards it: it starts after the
     * first day the group is known to exist and not after the last day it had a basis to act. Meetings
     * with an unknown start are kept (their duty is then INDETERMINATE).
     */
    public static boolean withinLife(GroupStatus s, Meeting m) {
        if (s.state() == GroupStatus.State.NOT_YET_ESTABLISHED || s.from() == null) {
            return false;
        }
        if (!m.start().isKnown()) {
            return true;
        }
        return m.start().latest().isAfter(s.from()) && (s.lastDay() == null || !m.start().earliest().isAfter(s.lastDay()));
    }

    /**
     * Whether meeting {@code m} of the group {@code to} is one a group reports to under A.1 1.6 (a report
     * to a subsequent meeting): a meeting in its life, or the first meeting of {@code to} after it ended.
     */
    public static boolean reportsTo(GroupStatus s, Meeting m, String to, MeetingCalendar cal) {
        if (withinLife(s, m)) {
            return true;
        }
        if (s.lastDay() == null || s.from() == null || s.state() == GroupStatus.State.NOT_YET_ESTABLISHED) {
            return false;
        }
        Meeting next = cal.firstMeetingStartingAfter(to, s.lastDay());
        return next != null && next.id().equals(m.id()) && next.start().exact().isAfter(s.from());
    }

    /** The first meeting of {@code to} a group reports to under A.1 1.6, or {@code null}. */
    public static Meeting firstReportedTo(GroupStatus s, String to, MeetingCalendar cal) {
        for (Meeting x : cal.meetingsOf(to)) {
            if (x.start().isKnown() && reportsTo(s, x, to, cal)) {
                return x;
            }
        }
        return null;
    }

    /** True when every kind in {@code kinds} of {@code source}'s documents is declared complete for [from, to]. */
    public static boolean closedWorld(Evaluation out, String source, LocalDate from, LocalDate to, DocumentKind... kinds) {
        if (to == null) {
            return false;
        }
        LocalDate a = from == null || from.isAfter(to) ? to : from;
        for (DocumentKind k : kinds) {
            if (!out.inventoryComplete(source, k, a, to)) {
                return false;
            }
        }
        return true;
    }

    /** An act of a group: a meeting or a document, with the date that places it. */
    public record Act(String id, LocalDate on, String what) {
    }

    /**
     * The group's acts after {@code until}: meetings (not cancelled) known to start after it and documents
     * available after it, up to the as-of date for documents. Sorted by date.
     */
    public static List<Act> actsAfter(LocalDate until, Collection<?> meetings, Collection<?> documents, LocalDate asOf) {
        List<Act> out = new ArrayList<>();
        for (Object o : meetings) {
            Meeting m = (Meeting) o;
            if (m.status() != org.itut.compliance.facts.MeetingStatus.CANCELLED && m.start().isKnown()
                    && m.start().earliest().isAfter(until)) {
                out.add(new Act(m.id(), m.start().earliest(), "meeting " + m.id() + " (" + m.start() + ", "
                        + m.status().name().toLowerCase(java.util.Locale.ROOT) + ")"));
            }
        }
        for (Object o : documents) {
            Document d = (Document) o;
            if (d.availableOn() != null && d.availableOn().isAfter(until) && !d.availableOn().isAfter(asOf)) {
                out.add(new Act(d.id(), d.availableOn(), "document " + d.id() + " (" + d.availableOn() + ")"));
            }
        }
        out.sort(Comparator.comparing(Act::on).thenComparing(Act::id));
        return out;
    }

    /** The edition of {@code instrument} in force on {@code date}, or {@code null} when none is registered. */
    public static String editionInForce(Evaluation out, String instrument, LocalDate date) {
        Editions eds = out.parameters().editions();
        if (date == null || !eds.knows(instrument)) {
            return null;
        }
        return eds.inForce(instrument, date).map(Editions.Edition::edition).orElse(null);
    }

    /** True when {@code instrument} is a text whose editions are registered (A.1, Res. 1, A.8, A.7). */
    public static boolean registered(Evaluation out, String instrument) {
        return out.parameters().editions().knows(instrument);
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** {@code s} with its first letter in upper case. */
    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
