package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.itut.compliance.facts.Decision;
import org.itut.compliance.facts.DecisionKind;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Lifetime;
import org.itut.compliance.facts.LifetimeKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.internal.GroupStatus.State;

/**
 * Whether a group exists on a date, from its establishment, continuation and closure decisions, the
 * lifetime its terms of reference state, and (for a JCA) the review after each WTSA. The one place
 * the lifetime of a group is worked out; {@code rules/common/lifetime.drl} calls it once per group.
 */
public final class Lifetimes {
    /** Bodies that exist without an establishment decision among the facts. */
    private static final Set<GroupKind> STANDING = EnumSet.of(GroupKind.WTSA, GroupKind.TSAG, GroupKind.STUDY_GROUP);
    /** Decisions about a group that show it exists. */
    private static final Set<DecisionKind> EXISTENCE = EnumSet.of(DecisionKind.ESTABLISH, DecisionKind.CONTINUE,
            DecisionKind.ENDORSE, DecisionKind.APPOINT, DecisionKind.APPROVE_TERMS_OF_REFERENCE, DecisionKind.EXTEND);
    /** TSAG decisions that continue a JCA after a WTSA (A.1 (10/2016) 2.2.10). */
    public static final Set<DecisionKind> CONTINUATION = EnumSet.of(DecisionKind.CONTINUE, DecisionKind.ENDORSE);

    private Lifetimes() {
    }

    private record Closure(LocalDate on, String basis, String why) {
    }

    /**
     * The status of {@code g} on {@code asOf}.
     *
     * @param decisions the decisions about the group (any date)
     * @param meetings  the group's own meetings
     * @param documents the documents the group issued
     */
    public static GroupStatus status(Group g, Collection<?> decisions, Collection<?> meetings, Collection<?> documents,
                                     MeetingCalendar cal, LocalDate asOf) {
        List<Decision> about = new ArrayList<>();
        for (Object o : decisions) {
            about.add((Decision) o);
        }
        about.sort(java.util.Comparator.comparing((Decision d) -> cal.dateOf(d), java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder())).thenComparing(Decision::id));

        // Establishment.
        LocalDate established = null;
        String estBasis = null;
        String estBy = null;
        if (g.established() != null) {
            established = g.established().on();
            if (established == null && cal.meeting(g.established().meeting()) != null
                    && cal.meeting(g.established().meeting()).end().isExact()) {
                established = cal.meeting(g.established().meeting()).end().exact();
            }
            estBasis = g.established().decision() != null ? g.established().decision() : g.established().meeting();
            estBy = g.established().by();
        }
        for (Decision d : about) {
            if (established == null && d.kind() == DecisionKind.ESTABLISH && cal.dateOf(d) != null) {
                established = cal.dateOf(d);
                estBasis = d.id();
                estBy = d.body();
            }
        }
        if (established != null && established.isAfter(asOf)) {
            return new GroupStatus(g.id(), State.NOT_YET_ESTABLISHED, established, null, estBasis,
                    "Established on " + established + (estBy == null ? "" : " by " + estBy) + ", after " + asOf);
        }

        // Closure: the earliest dated closure on or before the as-of date.
        List<String> notes = new ArrayList<>();
        Closure closure = null;
        boolean closedUndated = false;
        String undatedBasis = null;
        if (g.closed() != null) {
            LocalDate on = g.closed().on();
            if (on == null && cal.meeting(g.closed().meeting()) != null && cal.meeting(g.closed().meeting()).end().isExact()) {
                on = cal.meeting(g.closed().meeting()).end().exact();
            }
            String basis = g.closed().decision() != null ? g.closed().decision() : g.closed().meeting();
            if (on == null) {
                closedUndated = true;
                undatedBasis = basis;
            } else if (!on.isAfter(asOf)) {
                closure = earlier(closure, new Closure(on, basis, "closed on " + on
                        + (g.closed().by() == null ? "" : " by " + g.closed().by())));
            }
        }
        Lifetime lifetime = g.termsOfReference() == null ? null : g.termsOfReference().lifetime();
        for (Decision d : about) {
            if (!closes(g, lifetime, d.kind())) {
                continue;
            }
            LocalDate on = cal.dateOf(d);
            if (!mayClose(g, lifetime, d, cal)) {
                if (on == null || !on.isAfter(asOf)) {
                    notes.add("the " + d.kind() + " decision " + d.id() + " of " + d.body()
                            + " is not counted: " + d.body() + " is not the body that decides its end");
                }
                continue;
            }
            if (on == null) {
                closedUndated = true;
                undatedBasis = d.id();
            } else if (!on.isAfter(asOf)) {
                closure = earlier(closure, new Closure(on, d.id(), d.kind() + " decision of " + d.body() + " on " + on));
            }
        }
        if (lifetime != null && lifetime.kind() == LifetimeKind.UNTIL_DATE && lifetime.until() != null
                && lifetime.until().isBefore(asOf)) {
            Decision ext = extension(g, lifetime, about, cal, asOf);
            if (ext == null) {
                closure = earlier(closure, new Closure(lifetime.until(), null,
                        "its terms of reference set its lifetime until " + lifetime.until() + " and no extension is recorded"));
            } else {
                notes.add("its lifetime (until " + lifetime.until() + ") was extended by " + ext.id() + " of " + ext.body());
            }
        }

        LocalDate from = established;
        String fromWhy = established == null ? null : "established on " + established + (estBy == null ? "" : " by " + estBy);
        String fromBasis = estBasis;
        if (from == null) {
            Evidence e = existence(g, about, meetings, documents, cal, asOf);
            if (e != null) {
                from = e.on();
                fromBasis = e.basis();
                fromWhy = "its establishment is not among the facts; it is known to exist from " + e.on() + " (" + e.what() + ")";
            }
        }

        if (closure != null) {
            return new GroupStatus(g.id(), State.CLOSED, from, closure.on(), closure.basis(),
                    sentence("Closed: " + closure.why(), notes));
        }
        if (closedUndated) {
            return new GroupStatus(g.id(), State.CLOSED, from, null, undatedBasis,
                    sentence("Closed by " + undatedBasis + ", on a date that is not among the facts", notes));
        }
        if (STANDING.contains(g.kind())) {
            return new GroupStatus(g.id(), State.ACTIVE, from, null, fromBasis,
                    sentence("Active: a standing body" + (fromWhy == null ? "" : ", " + fromWhy), notes));
        }
        if (from == null) {
            return new GroupStatus(g.id(), State.UNKNOWN, null, null, null,
                    sentence("Unknown: neither its establishment nor any act showing it exists is among the facts", notes));
        }

        if (g.kind() == GroupKind.JCA) {
            GroupStatus s = acrossAssembly(g, about, established, from, fromBasis, fromWhy, meetings, cal, asOf, notes);
            if (s != null) {
                return s;
            }
        }
        String why = "Active: " + fromWhy;
        if (lifetime != null && lifetime.kind() == LifetimeKind.UNTIL_DECISION) {
            why += "; its terms of reference keep it active until " + (lifetime.decidedBy() == null ? "its parent"
                    : lifetime.decidedBy()) + " decides, and no such decision is recorded";
        } else if (lifetime != null && lifetime.kind() == LifetimeKind.UNTIL_DATE && lifetime.until() != null) {
            why += "; its terms of reference set its lifetime until " + lifetime.until();
        }
        return new GroupStatus(g.id(), State.ACTIVE, from, null, fromBasis, sentence(why, notes));
    }

    /** A JCA carried across the last WTSA before the as-of date needs TSAG's continuation decision. */
    private static GroupStatus acrossAssembly(Group g, List<Decision> about, LocalDate established, LocalDate from,
                                              String fromBasis, String fromWhy, Collection<?> meetings,
                                              MeetingCalendar cal, LocalDate asOf, List<String> notes) {
        Meeting w = cal.lastAssemblyEndedBefore(asOf);
        if (w == null) {
            return null;
        }
        LocalDate wEnd = w.end().exact();
        Decision continued = null;
        for (Decision d : about) {
            LocalDate on = cal.dateOf(d);
            if (CONTINUATION.contains(d.kind()) && cal.kindOf(d.body()) == GroupKind.TSAG && on != null
                    && on.isAfter(wEnd) && !on.isAfter(asOf)) {
                continued = d;
                break;
            }
        }
        boolean carried = established != null ? !established.isAfter(wEnd) : continued != null || !from.isAfter(wEnd);
        if (!carried) {
            return null;
        }
        if (continued != null) {
            return new GroupStatus(g.id(), State.ACTIVE, from, null, continued.id(), sentence("Active: " + fromWhy
                    + "; carried across " + w.id() + " and continued by " + continued.body() + " (" + continued.id()
                    + ", " + cal.dateOf(continued) + ")", notes));
        }
        Meeting t = cal.firstTsagAfter(wEnd);
        if (t == null) {
            return new GroupStatus(g.id(), State.ACTIVE, from, null, fromBasis, sentence("Active: " + fromWhy
                    + "; carried across " + w.id() + "; the first TSAG meeting after it, where its continuation is"
                    + " reviewed, is not among the facts", notes));
        }
        if (!t.end().exact().isBefore(asOf)) {
            return new GroupStatus(g.id(), State.ACTIVE, from, null, fromBasis, sentence("Active: " + fromWhy
                    + "; carried across " + w.id() + "; its continuation is reviewed at " + t.id() + " (ends "
                    + t.end() + ")", notes));
        }
        return new GroupStatus(g.id(), State.UNKNOWN, from, t.end().exact(), t.id(), sentence("Unknown: " + fromWhy
                + "; carried across " + w.id() + " but no continuation decision of TSAG is recorded at or after "
                + t.id() + ", the first TSAG meeting after it", notes));
    }

    private record Evidence(int rank, LocalDate on, String basis, String what) {
    }

    private static Evidence existence(Group g, List<Decision> about, Collection<?> meetings, Collection<?> documents,
                                      MeetingCalendar cal, LocalDate asOf) {
        Evidence best = null;
        for (Decision d : about) {
            LocalDate on = cal.dateOf(d);
            if (EXISTENCE.contains(d.kind()) && on != null && !on.isAfter(asOf)) {
                best = better(best, new Evidence(0, on, d.id(), d.kind() + " decision " + d.id() + " of " + d.body()));
            }
        }
        for (Object o : meetings) {
            Meeting m = (Meeting) o;
            if (m.status() != org.itut.compliance.facts.MeetingStatus.CANCELLED && m.start().isExact()
                    && !m.start().exact().isAfter(asOf)) {
                best = better(best, new Evidence(1, m.start().exact(), m.id(), "meeting " + m.id()));
            }
        }
        for (Object o : documents) {
            Document d = (Document) o;
            if (d.availableOn() != null && !d.availableOn().isAfter(asOf)) {
                best = better(best, new Evidence(2, d.availableOn(), d.id(), "document " + d.id()));
            }
        }
        if (g.termsOfReference() != null && g.termsOfReference().approvedOn() != null
                && !g.termsOfReference().approvedOn().isAfter(asOf)) {
            best = better(best, new Evidence(3, g.termsOfReference().approvedOn(), g.termsOfReference().document(),
                    "terms of reference " + g.termsOfReference().document()));
        }
        return best;
    }

    // Of two pieces of evidence from the same day, a decision before a meeting before a document before the
    // terms of reference, and within a kind the least id: the facts' order differs between a session and a
    // fresh evaluation, and the status must not.
    private static Evidence better(Evidence a, Evidence b) {
        return a == null || EVIDENCE_ORDER.compare(b, a) < 0 ? b : a;
    }

    private static final Comparator<Evidence> EVIDENCE_ORDER = Comparator.comparing(Evidence::on)
            .thenComparingInt(Evidence::rank)
            .thenComparing(Evidence::basis, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private static Closure earlier(Closure a, Closure b) {
        return a == null || b.on().isBefore(a.on()) ? b : a;
    }

    /** Whether a decision of this kind ends the group. */
    static boolean closes(Group g, Lifetime lifetime, DecisionKind kind) {
        if (kind == DecisionKind.CLOSE || kind == DecisionKind.TERMINATE) {
            return true;
        }
        return kind == DecisionKind.AGREEMENT_REACHED && g.kind() != GroupKind.JCA
                && lifetime != null && lifetime.kind() == LifetimeKind.UNTIL_DECISION;
    }

    /**
     * Whether {@code d} is taken by a body that can end the group: for a JCA its responsible group, or
     * TSAG (which reviews JCAs after each WTSA); for a group whose terms of reference run until a body
     * decides, that body; otherwise its parent or the body that established it.
     */
    static boolean mayClose(Group g, Lifetime lifetime, Decision d, MeetingCalendar cal) {
        if (g.kind() == GroupKind.JCA) {
            return d.body().equals(g.parent()) || cal.kindOf(d.body()) == GroupKind.TSAG;
        }
        if (lifetime != null && lifetime.kind() == LifetimeKind.UNTIL_DECISION) {
            String decider = lifetime.decidedBy() != null ? lifetime.decidedBy() : g.parent();
            return decider == null || d.body().equals(decider);
        }
        if (g.parent() == null && (g.established() == null || g.established().by() == null)) {
            return true;
        }
        return d.body().equals(g.parent()) || g.established() != null && d.body().equals(g.established().by());
    }

    /** An extension decided on or before {@code asOf} by the body the terms of reference name (else the parent). */
    static Decision extension(Group g, Lifetime lifetime, List<Decision> about, MeetingCalendar cal, LocalDate asOf) {
        String by = lifetime.extensionBy() != null ? lifetime.extensionBy() : g.parent();
        for (Decision d : about) {
            LocalDate on = cal.dateOf(d);
            if (d.kind() == DecisionKind.EXTEND && (by == null || d.body().equals(by)) && on != null && !on.isAfter(asOf)) {
                return d;
            }
        }
        return null;
    }

    private static String sentence(String s, List<String> notes) {
        return notes.isEmpty() ? s : s + " (" + String.join("; ", notes) + ")";
    }
}
