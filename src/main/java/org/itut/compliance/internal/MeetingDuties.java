package org.itut.compliance.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itut.compliance.facts.Decision;
import org.itut.compliance.facts.DecisionKind;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.PartialDate;

/**
 * Calendar helpers shared by the meeting, document and rapporteur rules (A.1 clauses 1, 2.3.3 and 3;
 * Res. 1 sections 4–6). Rules keep their conditions indexable and do date arithmetic here, in one
 * place, by the conventions of the provision catalogue (CONV-BEFORE, CONV-MONTH, CONV-DAYS).
 */
public final class MeetingDuties {
    private static final Pattern PROVISION = Pattern.compile("2\\.3\\.3(?:\\.\\d+)?");

    private MeetingDuties() {
    }

    /**
     * The rapporteur-guideline provisions an adjustment decision names in its clause text, e.g.
     * {@code "A.1 2.3.3.10, 2.3.3.11"} → {@code [2.3.3.10, 2.3.3.11]}; {@code "A.1 2.3.3"} covers all of them.
     */
    public static List<String> provisions(String clause) {
        List<String> out = new ArrayList<>();
        if (clause == null) {
            return out;
        }
        Matcher m = PROVISION.matcher(clause);
        while (m.find()) {
            if (!out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * The body {@code g} (a rapporteur group or Question) reports to, from its parent ({@code up1}, the
     * collected group with id {@code g.parent}) and grandparent ({@code up2}); {@code null} when neither is a
     * study group, working party, joint working party or TSAG.
     */
    public static ReportingBody reportingBody(Group g, Collection<?> up1, Collection<?> up2) {
        for (Collection<?> level : List.of(up1, up2)) {
            for (Object o : level) {
                Group b = (Group) o;
                if (b.kind() == GroupKind.STUDY_GROUP || b.kind() == GroupKind.TSAG) {
                    return new ReportingBody(g.id(), b.id(), b.kind(), b.id(), b.kind());
                }
                if (b.kind() == GroupKind.WORKING_PARTY || b.kind() == GroupKind.JOINT_WORKING_PARTY) {
                    String sg = b.parent() != null ? b.parent() : b.id();
                    return new ReportingBody(g.id(), b.id(), b.kind(), sg, b.parent() != null ? GroupKind.STUDY_GROUP : b.kind());
                }
                if (b.kind() != GroupKind.QUESTION && b.kind() != GroupKind.RAPPORTEUR_GROUP) {
                    return null;
                }
            }
        }
        return null;
    }

    /** True when {@code g} is {@code sg} or below it through at most four parent links in {@code byId}. */
    public static boolean isUnder(Group g, java.util.Map<String, Group> byId, String sg) {
        String cur = g.parent();
        for (int i = 0; i < 4 && cur != null; i++) {
            if (cur.equals(sg)) {
                return true;
            }
            Group p = byId.get(cur);
            cur = p == null ? null : p.parent();
        }
        return false;
    }

    /**
     * CONV-ADJUSTMENT: the first, by id, of {@code decisions} (decisions of kind {@code ADJUST}) that adjusts
     * {@code provision} (e.g. {@code 2.3.3.10}) for a rapporteur group reporting to {@code rb} and is in
     * force for an act due on {@code when} (decided on or before it, or undated), described for a finding;
     * {@code null} if none. Only a decision of the group's own working party or study group counts, and only
     * when that body is a study group, working party or joint working party.
     */
    public static String adjustment(Collection<?> decisions, ReportingBody rb, String provision, LocalDate when) {
        if (rb == null) {
            return null;
        }
        // In the order of their ids, not of the list: rules find the decisions through the bodies that took them,
        // and a session collects them in another order than a fresh evaluation; the one cited must not depend on that.
        List<Decision> byId = new ArrayList<>(decisions.size());
        for (Object o : decisions) {
            byId.add((Decision) o);
        }
        byId.sort(java.util.Comparator.comparing(Decision::id));
        for (Decision d : byId) {
            if (d.kind() != DecisionKind.ADJUST || !rb.isParent(d.body())) {
                continue;
            }
            GroupKind kind = d.body().equals(rb.body()) ? rb.bodyKind() : rb.sgKind();
            if (kind != GroupKind.STUDY_GROUP && kind != GroupKind.WORKING_PARTY && kind != GroupKind.JOINT_WORKING_PARTY) {
                continue;
            }
            List<String> named = provisions(d.clause());
            if (!named.contains(provision) && !named.contains("2.3.3")) {
                continue;
            }
            if (d.date() == null || when == null || !d.date().isAfter(when)) {
                return d.id() + " (" + d.body() + (d.date() == null ? ", date unknown" : ", " + d.date()) + ")";
            }
        }
        return null;
    }

    /** The first working day on or after {@code d} (a receipt on a non-working day counts from the next working day). */
    public static LocalDate workingDayOnOrAfter(Evaluation out, LocalDate d) {
        return out.plusWorkingDays(out.minusWorkingDays(d, 1), 1);
    }

    /** {@code n} working days after the receipt on {@code d}, counting from the first working day on or after it. */
    public static LocalDate workingDaysAfterReceipt(Evaluation out, LocalDate d, int n) {
        return out.plusWorkingDays(workingDayOnOrAfter(out, d), n);
    }

    /**
     * True when an inventory declares the documents of {@code kind} from {@code source} complete for the
     * year up to {@code due} (from the source's establishment when later): a document owed by {@code due}
     * that is not in the submission is then absent, not unknown.
     */
    public static boolean closedWorld(Evaluation out, String source, DocumentKind kind, LocalDate due, LocalDate sourceStart) {
        if (source == null || due == null) {
            return false;
        }
        LocalDate from = due.minusYears(1);
        if (sourceStart != null && sourceStart.isAfter(from) && !sourceStart.isAfter(due)) {
            from = sourceStart;
        }
        return out.inventoryComplete(source, kind, from, due);
    }

    /**
     * Judges an act due {@code before} ahead of {@code anchor} (a negative period: after it), where the
     * anchor may be known only to the month. Known to the day: {@link Verdict#deadline}. Known to the
     * month: an act done by the earliest possible due date passes, one done after the latest fails, an
     * absent act whose earliest due date is after the as-of date is PENDING (due the earliest date), and
     * anything else is INDETERMINATE.
     *
     * @param inventorySource the group whose inventory of {@code inventoryKind} decides absence, or {@code null} (open world)
     */
    public static void deadline(Verdict v, Evaluation out, PartialDate anchor, Period before, LocalDate doneOn,
                                String evidenceId, String what, String inventorySource, DocumentKind inventoryKind,
                                LocalDate sourceStart) {
        if (anchor == null || !anchor.isKnown()) {
            v.missingFirstDay();
            v.deadline(null, doneOn, evidenceId, what, false, "the meeting's dates are unknown");
            return;
        }
        LocalDate earliest = anchor.earliest().minus(before);
        LocalDate latest = anchor.latest().minus(before);
        if (anchor.isExact() && doneOn == null && earliest.isAfter(out.asOf())) {
            // Not yet due: pending, whether or not a document already exists (e.g. a TD submitted but not yet posted).
            if (evidenceId != null) {
                v.evidence("by", evidenceId);
            }
            v.due(earliest).pending(capitalise(what) + " is due by " + earliest);
        } else if (anchor.isExact()) {
            v.deadline(earliest, doneOn, evidenceId, what, closedWorld(out, inventorySource, inventoryKind, earliest, sourceStart), null);
        } else if (doneOn != null && !doneOn.isAfter(earliest)) {
            v.evidence("meeting dated to the month", anchor).deadline(earliest, doneOn, evidenceId, what, false, null);
        } else if (doneOn != null && doneOn.isAfter(latest)) {
            v.evidence("meeting dated to the month", anchor).deadline(latest, doneOn, evidenceId, what, false, null);
        } else if (doneOn == null && evidenceId == null && earliest.isAfter(out.asOf())) {
            v.evidence("meeting dated to the month", anchor).due(earliest)
                    .pending(capitalise(what) + " is due by " + earliest + " at the earliest (the meeting is dated only to "
                            + anchor + "; due by " + latest + " at the latest)");
        } else {
            // The outcome turns on the meeting's first day; without any evidence, on the act too.
            v.missingFirstDay();
            if (doneOn == null) {
                if (evidenceId != null) {
                    v.missingDate(evidenceId);
                } else {
                    v.missingAct();
                }
            }
            v.evidence("meeting dated to the month", anchor).deadline(null, doneOn, evidenceId, what, false,
                    "the meeting is dated only to " + anchor + ", so it falls between " + earliest + " and " + latest);
        }
    }

    /**
     * Whether a TD is exempt from the seven-day availability target of A.1 (10/2016) 3.3.3.
     *
     * @param kind   the exemption that applies, or {@code null} when none does
     * @param reason why, in a sentence (also when none applies)
     */
    public record TdExemptionResult(org.itut.compliance.facts.TdExemption kind, String reason) {
        public boolean exempt() {
            return kind != null;
        }
    }

    /**
     * Decides the exemption of TD {@code d} for meeting {@code m} (of a group of kind {@code meetingGroup}):
     * a category claimed in its handling, the administrative role, or a report on an event (a meeting it covers,
     * or {@code handling.eventEnd}) that ended less than {@code recent} before the meeting's first day. A claimed
     * recent-event exemption that the dates refute is not granted; a TSAG in-session proposal needs a TSAG
     * meeting and the chairman's acceptance (Res. 1 (2016) 4.7).
     */
    public static TdExemptionResult tdExemption(org.itut.compliance.facts.Document d, org.itut.compliance.facts.DocumentHandling h,
                                                GroupKind meetingGroup, Meeting m, Collection<?> covered, Period recent) {
        org.itut.compliance.facts.TdExemption claimed = h == null ? null : h.exemption();
        LocalDate start = m.start().earliest();
        if (claimed == org.itut.compliance.facts.TdExemption.TSAG_IN_SESSION_PROPOSAL) {
            if (meetingGroup == GroupKind.TSAG && Boolean.TRUE.equals(h.chairAccepted())) {
                return new TdExemptionResult(claimed, "a written proposal submitted during the TSAG meeting and accepted by its chairman (Res. 1 4.7)");
            }
            return new TdExemptionResult(null, "a TSAG in-session proposal is claimed, but "
                    + (meetingGroup != GroupKind.TSAG ? "the meeting is not a TSAG meeting" : "the chairman's acceptance is not recorded"));
        }
        if (claimed != null && claimed != org.itut.compliance.facts.TdExemption.RECENT_EVENT_REPORT) {
            return new TdExemptionResult(claimed, "exempt as " + claimed.name().toLowerCase().replace('_', ' '));
        }
        if (claimed == null && d.role() == org.itut.compliance.facts.DocumentRole.ADMINISTRATIVE) {
            return new TdExemptionResult(org.itut.compliance.facts.TdExemption.ADMINISTRATIVE, "an administrative document");
        }
        boolean report = d.role() == org.itut.compliance.facts.DocumentRole.RGM_REPORT
                || d.role() == org.itut.compliance.facts.DocumentRole.EVENT_REPORT
                || d.role() == org.itut.compliance.facts.DocumentRole.CONVENER_REPORT
                || d.role() == org.itut.compliance.facts.DocumentRole.MEETING_REPORT
                || d.role() == org.itut.compliance.facts.DocumentRole.PROGRESS_REPORT;
        if (!report && claimed == null) {
            return new TdExemptionResult(null, "none claimed");
        }
        LocalDate eventEnd = later(h == null ? null : h.eventEnd(), latestEnd(covered));
        if (start == null) {
            return new TdExemptionResult(claimed, claimed == null ? "none (the meeting's dates are unknown)" : "recent-event report claimed");
        }
        LocalDate cutoff = start.minus(recent);
        if (eventEnd == null) {
            return claimed != null
                    ? new TdExemptionResult(claimed, "recent-event report claimed; the event's end is not recorded")
                    : new TdExemptionResult(null, "none (the end of the reported events is unknown)");
        }
        // "Less than 21 days": an event that ended exactly on the cut-off day is not recent.
        if (eventEnd.isAfter(cutoff)) {
            return new TdExemptionResult(org.itut.compliance.facts.TdExemption.RECENT_EVENT_REPORT,
                    "a report on an event that ended on " + eventEnd + ", after the cut-off " + cutoff);
        }
        return new TdExemptionResult(null, "none: the last reported event ended on " + eventEnd + ", not after the cut-off " + cutoff
                + (claimed != null ? " (the claimed recent-event exemption does not hold)" : ""));
    }

    /** The anchor date of a meeting's first day for the citation (the earliest day it can be), or {@code null}. */
    public static LocalDate startOf(Meeting m) {
        return m.start().earliest();
    }

    /**
     * The meeting among {@code meetings} that starts first strictly after {@code after}; {@code null} if none
     * is known. Meetings dated only to the month count when the whole month is after {@code after}.
     */
    public static Meeting firstAfter(Collection<?> meetings, LocalDate after) {
        Meeting best = null;
        for (Object o : meetings) {
            Meeting m = (Meeting) o;
            LocalDate s = m.start().earliest();
            if (s != null && s.isAfter(after) && (best == null || s.isBefore(best.start().earliest()))) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Which meeting of a study group is the first of the study period that began after an assembly, as far as
     * the facts establish it. Never read off the earliest meeting that happens to be among the facts: that one
     * is the first only if a source marks it so ({@code firstOfStudyPeriod: true}), or if the submission declares
     * the group's meetings complete ({@code inventories} with {@code MEETING}) from the day after the assembly to
     * the last day it could have started, and no other meeting could have started before it.
     *
     * @param first     the first meeting, when the facts establish it; else {@code null}
     * @param basis     how the facts establish it (for the evidence), or why they do not
     * @param earliest  the earliest meeting of the group in the period among the facts, or {@code null} if none
     */
    public record FirstOfPeriod(Meeting first, String basis, Meeting earliest) {
        public boolean established() {
            return first != null;
        }
    }

    /**
     * The first meeting of {@code group} in the study period from the day after {@code assembly} ended to the day
     * before {@code nextAssembly} starts ({@code null}: still running).
     *
     * @param meetings the group's meetings (cancelled ones are left out)
     */
    public static FirstOfPeriod firstOfStudyPeriod(Evaluation out, String group, Meeting assembly, Meeting nextAssembly,
                                                   Collection<?> meetings) {
        LocalDate from = assembly.end().latest().plusDays(1);
        LocalDate until = nextAssembly == null || nextAssembly.start().earliest() == null ? null
                : nextAssembly.start().earliest().minusDays(1);
        List<Meeting> in = new ArrayList<>();
        for (Object o : meetings) {
            Meeting m = (Meeting) o;
            if (m.status() == org.itut.compliance.facts.MeetingStatus.CANCELLED || !m.start().isKnown()
                    || m.start().latest().isBefore(from) || until != null && m.start().earliest().isAfter(until)) {
                continue;
            }
            in.add(m);
        }
        in.sort(java.util.Comparator.comparing((Meeting m) -> m.start().earliest()).thenComparing(Meeting::id));
        Meeting earliest = in.isEmpty() ? null : in.get(0);
        for (Meeting m : in) {
            if (Boolean.TRUE.equals(m.firstOfStudyPeriod())) {
                return new FirstOfPeriod(m, "marked as the first " + group + " meeting of the study period after " + assembly.id(),
                        earliest);
            }
        }
        List<Meeting> candidates = new ArrayList<>();
        for (Meeting m : in) {
            if (!Boolean.FALSE.equals(m.firstOfStudyPeriod())) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty()) {
            return new FirstOfPeriod(null, earliest == null ? "no " + group + " meeting after " + assembly.id() + " is among the facts"
                    : "every " + group + " meeting after " + assembly.id() + " among the facts is marked as not the first", earliest);
        }
        Meeting c = candidates.get(0);
        LocalDate latestStart = c.start().latest();
        boolean complete = out.inventoryOfMeetingsComplete(group, from, latestStart);
        if (!complete) {
            return new FirstOfPeriod(null, c.id() + " is the earliest " + group + " meeting after " + assembly.id()
                    + " among the facts, but the submission neither declares the meetings of " + group + " complete from " + from
                    + " nor marks a meeting as the first of the study period", earliest);
        }
        for (Meeting other : candidates) {
            if (other != c && !other.start().earliest().isAfter(latestStart)) {
                return new FirstOfPeriod(null, "the meetings of " + group + " are declared complete, but " + c.id() + " ("
                        + c.start() + ") and " + other.id() + " (" + other.start() + ") may each have been the first", earliest);
            }
        }
        return new FirstOfPeriod(c, "the first " + group + " meeting after " + assembly.id() + ": the meetings of " + group
                + " are declared complete from " + from, earliest);
    }

    /** The latest of the last days of {@code meetings} known to the day, or {@code null}. */
    public static LocalDate latestEnd(Collection<?> meetings) {
        LocalDate best = null;
        for (Object o : meetings) {
            Meeting m = (Meeting) o;
            LocalDate e = m.end().isExact() ? m.end().exact() : null;
            if (e != null && (best == null || e.isAfter(best))) {
                best = e;
            }
        }
        return best;
    }

    /** The elements of a list of lists (an {@code accumulate} of list-valued fields), as one list. */
    public static List<Object> flatten(Collection<?> lists) {
        List<Object> out = new ArrayList<>();
        for (Object o : lists) {
            if (o instanceof Collection<?> c) {
                out.addAll(c);
            }
        }
        return out;
    }

    /** The later of two dates, either possibly {@code null}. */
    public static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Whole days from {@code a} to {@code b}. */
    public static long days(LocalDate a, LocalDate b) {
        return java.time.temporal.ChronoUnit.DAYS.between(a, b);
    }

    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
