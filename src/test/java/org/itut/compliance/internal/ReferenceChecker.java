package org.itut.compliance.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itut.compliance.Determination;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.facts.Consultation;
import org.itut.compliance.facts.ConsultationProcedure;
import org.itut.compliance.facts.Decision;
import org.itut.compliance.facts.DeclaredDuty;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.DutyKind;
import org.itut.compliance.facts.DecisionKind;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MeetingStatus;
import org.itut.compliance.facts.QuestionDraft;
import org.itut.compliance.facts.QuestionState;
import org.itut.compliance.facts.Reply;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.TermsOfReference;
import org.itut.compliance.internal.approval.ConsultationFrame;
import org.itut.compliance.internal.approval.Counting;
import org.itut.compliance.internal.approval.Tallies;
import org.itut.compliance.internal.approval.Tallies.Dated;
import org.itut.compliance.internal.approval.Tally;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.EntryPoint;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The plain-Java lower bound: a hand-written checker for a representative subset of the rules, with no
 * rule engine at run time. It gives the findings and determinations the engine gives when built with
 * exactly {@link #RULES} (and the derivations of {@code rules/common/}); {@code ReferenceCheckerTest}
 * asserts that on generated data and the benchmarks time both on the same facts.
 *
 * <p>The subset: {@code TOR-parent} (structure), {@code TOR-report-before-meeting} (a duty with due
 * dates, on top of the derived group status and meeting calendar) and the Res. 1 (2022) 7.3.2
 * consultation decision ({@code RES1-7.3.2-frame}, {@code -tally}, {@code -q-threshold}: an approval tally).
 *
 * <p>What the engine does by matching — joining groups to their duties, targets, meetings, documents,
 * decisions and replies — is done here with hash maps built once per evaluation. What a rule's
 * consequence does is the same Java the DRL calls (the library's {@code Duties}, {@code Lifetimes},
 * {@code Tallies}, {@code Verdict}), so that a difference in findings can only come from which facts
 * reach a consequence: the part whose cost the engine and the reference are compared on. Metadata
 * (citations) comes from the compiled rule base, read once when the checker is made, as the engine does.
 */
public final class ReferenceChecker {
    /** The rules the reference implements; the engine it is compared with holds these and rules/common. */
    public static final List<String> RULES = List.of("TOR-parent", "TOR-report-before-meeting",
            "RES1-7.3.2-frame", "RES1-7.3.2-tally", "RES1-7.3.2-q-threshold");

    private final RuleBase rules;
    private final Parameters parameters;
    private final Map<String, Rule> ruleObjects = new HashMap<>();

    /** A checker citing as {@code engine} does; {@code engine} must hold {@link #RULES} and rules/common. */
    public ReferenceChecker(Engine engine) {
        this.rules = engine.rules();
        this.parameters = engine.parameters();
        for (KiePackage p : rules.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                ruleObjects.put(r.getName(), r);
            }
        }
        for (String id : List.of("TOR-parent", "TOR-report-before-meeting", "RES1-7.3.2-frame", "RES1-7.3.2-q-threshold",
                "determine-group-status")) {
            if (!ruleObjects.containsKey(id)) {
                throw new IllegalArgumentException("the engine has no rule " + id);
            }
        }
    }

    /** What the reference concludes: findings and determinations, sorted as a report sorts them. */
    public record Result(List<Finding> findings, List<Determination> determinations) {
    }

    /** Evaluates {@code s} as of {@code asOf}; {@code s} must be valid. */
    public Result evaluate(Submission s, LocalDate asOf) {
        Evaluation out = new Evaluation(rules, parameters, asOf);
        out.inventoriesOutsideRules(Inventories.of(s.inventories()));
        Set<Finding> findings = new LinkedHashSet<>();
        Set<Determination> determinations = new LinkedHashSet<>();
        // rules/common/context.drl: the corpus marks nothing as context and infers nothing, so each conclusion is
        // published as it is (the reference does not implement withholding).
        Annotations annotations = Annotations.of(List.of(), List.of());
        Sink sink = o -> {
            if (o instanceof Conclusion c) {
                findings.add((Finding) annotations.publish(c));
            } else if (o instanceof Determination d) {
                determinations.add(d);
            }
        };
        List<Group> groups = s.groups();
        List<Meeting> meetings = s.meetings();
        List<Document> documents = s.documents();
        List<Decision> decisions = s.decisions();

        // The indexes the engine's joins stand for.
        Map<String, List<Object>> decisionsAbout = new HashMap<>();
        for (Decision d : decisions) {
            for (String subject : new LinkedHashSet<>(d.subjects())) {
                decisionsAbout.computeIfAbsent(subject, k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, List<Object>> meetingsOf = new HashMap<>();
        Map<String, List<Meeting>> liveMeetingsOf = new HashMap<>();
        for (Meeting m : meetings) {
            meetingsOf.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
            if (m.status() != MeetingStatus.CANCELLED) {
                liveMeetingsOf.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Object>> documentsFrom = new HashMap<>();
        Map<String, Document> documentById = new HashMap<>();
        for (Document d : documents) {
            documentsFrom.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
            documentById.put(d.id(), d);
        }
        Map<String, Group> groupById = new HashMap<>();
        for (Group g : groups) {
            groupById.put(g.id(), g);
        }

        // rules/common/lifetime.drl
        MeetingCalendar cal = MeetingCalendar.of(meetings, groups);
        Map<String, GroupStatus> status = new HashMap<>();
        Ctx determineStatus = new Ctx("determine-group-status", sink);
        for (Group g : groups) {
            GroupStatus st = Lifetimes.status(g, decisionsAbout.getOrDefault(g.id(), List.of()),
                    meetingsOf.getOrDefault(g.id(), List.of()), documentsFrom.getOrDefault(g.id(), List.of()), cal, asOf);
            status.put(g.id(), st);
            out.determine(determineStatus, "group-status", st.group(), st.state().name(), st.reason(), asOf,
                    "from", st.from(), "last day", st.lastDay(), "basis", st.basis());
        }

        Ctx parent = new Ctx("TOR-parent", sink);
        Ctx report = new Ctx("TOR-report-before-meeting", sink);
        for (Group g : groups) {
            TermsOfReference tor = g.termsOfReference();
            if (tor == null) {
                continue;
            }
            if (tor.parent() != null) {
                torParent(out, parent, g);
            }
            if (!tor.approved()) {
                continue;
            }
            GroupStatus st = status.get(g.id());
            List<Object> docs = documentsFrom.getOrDefault(g.id(), List.of());
            for (DeclaredDuty d : tor.duties()) {
                if (d.kind() != DutyKind.REPORT_BEFORE_EACH_MEETING) {
                    continue;
                }
                for (String t : d.to()) {
                    for (Meeting m : liveMeetingsOf.getOrDefault(t, List.of())) {
                        reportBeforeMeeting(out, report, asOf, cal, g, tor, d, t, st, m, docs);
                    }
                }
            }
        }

        // rules/res1/s7/7.3.2-2022.drl: frame, tally, threshold
        Map<String, List<Object>> repliesTo = new HashMap<>();
        for (Reply r : s.replies()) {
            repliesTo.computeIfAbsent(r.consultation(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Object>> draftsOf = new HashMap<>();
        for (QuestionDraft q : s.facts(QuestionDraft.class)) {
            draftsOf.computeIfAbsent(q.question(), k -> new ArrayList<>()).add(q);
        }
        Ctx frame = new Ctx("RES1-7.3.2-frame", sink);
        Ctx threshold = new Ctx("RES1-7.3.2-q-threshold", sink);
        for (Consultation c : s.consultations()) {
            if (c.procedure() != ConsultationProcedure.QUESTION_RES1_2022_7_3_2) {
                continue;
            }
            Document circular = documentById.get(c.circular());
            // As the rule joins them: the adoptions about the consultation's own subjects, each once.
            Set<Object> adoptions = new LinkedHashSet<>();
            for (String subject : c.subjects()) {
                for (Object o : decisionsAbout.getOrDefault(subject, List.of())) {
                    if (((Decision) o).kind() == DecisionKind.ADOPT) {
                        adoptions.add(o);
                    }
                }
            }
            ConsultationFrame f = frame(out, frame, asOf, c, circular == null ? List.of() : List.of(circular),
                    List.copyOf(adoptions), meetings);
            List<Object> replies = repliesTo.getOrDefault(f.id(), List.of());
            for (String subject : new LinkedHashSet<>(f.subjects())) {
                Tally t = Tallies.tally(f, subject, replies, Counting.EXPLICIT);
                Group q = groupById.get(t.subject());
                threshold(out, threshold, f, t, q == null ? List.of() : List.of(q), c, circular == null ? List.of() : List.of(circular),
                        draftsOf.getOrDefault(t.subject(), List.of()));
            }
        }

        List<Finding> fl = new ArrayList<>(findings);
        fl.sort(Finding.ORDER);
        List<Determination> dl = new ArrayList<>(determinations);
        dl.sort(Determination.ORDER);
        return new Result(fl, dl);
    }

    // ---- consequences, as in the DRL ----

    private static void torParent(Evaluation out, RuleContext kcontext, Group g) {
        Verdict v = out.on(kcontext).subject(g.id()).tor(g.id(), g.termsOfReference(), "parent")
                .evidence("parent named by the terms", g.termsOfReference().parent()).evidence("parent recorded", g.parent());
        if (g.parent() == null) {
            v.fail("No parent is recorded although the terms of reference name " + g.termsOfReference().parent());
        } else if (!g.parent().equals(g.termsOfReference().parent())) {
            v.fail("The recorded parent is " + g.parent() + " but the terms of reference name " + g.termsOfReference().parent());
        } else {
            v.pass("Parent " + g.parent() + ", as the terms of reference name");
        }
    }

    private static void reportBeforeMeeting(Evaluation out, RuleContext kcontext, LocalDate asOfDate, MeetingCalendar cal, Group g,
                                            TermsOfReference tor, DeclaredDuty d, String t, GroupStatus s, Meeting m, List<Object> docs) {
        if (s.from() == null && s.state() != GroupStatus.State.NOT_YET_ESTABLISHED) {
            Duties.Due d0 = Duties.before(m.start(), d.leadTime());
            out.on(kcontext).subject(g.id()).tor(g.id(), tor, d.item()).evidence("target", m.id()).evidence("to", t)
                    .due(d0.earliest()).evidence("due", d0.describe()).missing("establishment date of the group", g.id())
                    .indeterminate("When " + g.id() + " came to exist is not among the facts, so whether " + m.id()
                            + " falls in its life, and the report to it is owed, cannot be judged");
            return;
        }
        if (!Duties.withinLife(s, m)) {
            return;
        }
        Duties.Due due = Duties.before(m.start(), d.leadTime());
        boolean atMeeting = d.leadTime().isZero();
        String what = "the report of " + g.id() + " to " + t + " for its meeting " + m.id() + " (first day " + m.start() + ")";
        Verdict v = out.on(kcontext).subject(g.id()).tor(g.id(), tor, d.item())
                .evidence("target", m.id()).evidence("to", t).evidence("meeting starts", m.start())
                .evidence("lead time", d.leadTime()).sought("report of " + g.id() + " to " + t, m.id()).anchor(m.id());
        Meeting first = cal.firstMeetingOf(g.id());
        if (due.known() && s.from() != null && due.latest().isBefore(s.from())) {
            v.due(due.earliest()).evidence("due", due.describe())
                    .notApplicable("Duty not yet meaningful: " + what + " would fall due on " + due.describe() + ", before "
                            + g.id() + " existed (from " + s.from() + ")");
            return;
        }
        if (due.known() && first != null && first.start().isKnown() && due.latest().isBefore(first.start().earliest())) {
            v.due(due.earliest()).evidence("due", due.describe()).evidence("first meeting", first.id())
                    .notApplicable("Duty not yet meaningful: " + what + " would fall due on " + due.describe()
                            + ", before the group's first meeting " + first.id() + " (" + first.start() + "): there is nothing to report yet");
            return;
        }
        List<Document> reports = Duties.reportsFor(m, t, docs, cal);
        if (atMeeting) {
            for (Document r : reports) {
                if (m.id().equals(r.forMeeting()) && (r.availableOn() == null || !r.availableOn().isAfter(asOfDate))) {
                    v.due(due.earliest()).evidence("due", due.describe()).evidence("by", r.id())
                            .act(r.availableOn() == null ? due.earliest() : r.availableOn())
                            .pass(Duties.capitalise(what) + " was made at the meeting: " + r.id() + " is for " + m.id());
                    return;
                }
            }
        }
        String undated = Duties.undated(reports);
        boolean duePassed = due.known() && !due.earliest().isAfter(asOfDate);
        if (undated == null && reports.isEmpty() && duePassed) {
            List<Document> loose = Duties.unattributed(t, docs, cal);
            if (!loose.isEmpty()) {
                undated = loose.get(0).id();
            }
        }
        boolean closed = Duties.closedWorld(out, g.id(), s.from(), due.latest(), DocumentKind.TD, DocumentKind.REPORT);
        Duties.judge(v, asOfDate, due, Duties.earliest(reports, asOfDate), undated, what, closed,
                "the first day of " + m.id() + " is unknown", null);
    }

    private static ConsultationFrame frame(Evaluation out, RuleContext kcontext, LocalDate asOf, Consultation c, List<Object> circulars,
                                           List<Object> adoptions, List<Meeting> meetings) {
        Dated opened = Tallies.opened(c, circulars);
        Dated launch = opened.date() != null ? opened : Tallies.notBefore(c, adoptions, meetings);
        if (c.deadline() != null) {
            return Tallies.stated(c, asOf, opened.date(), launch);
        } else if (opened.date() != null) {
            Period p = out.period(kcontext, "question-consultation-period", opened.date());
            return Tallies.endingOn(c, asOf, opened.date(), launch, opened.date().plus(p),
                    "no deadline stated: " + Tallies.words(p) + " from " + opened.basis());
        }
        return Tallies.undated(c, asOf, null, launch, "neither a reply deadline nor the circular's date is known");
    }

    /** The DRL function {@code approved7_3_2}. */
    private static Boolean approved7_3_2(ConsultationFrame f, Tally t, int percent) {
        if (!f.deadlineKnown()) {
            return null;
        }
        int s = t.support();
        int n = t.total();
        boolean approved = n == 0 || Tallies.atLeast(s, n, percent);
        int u = t.undatedCountable();
        if (u > 0) {
            boolean allFor = Tallies.atLeast(s + u, n + u, percent);
            boolean allAgainst = Tallies.atLeast(s, n + u, percent);
            if (allFor != approved || allAgainst != approved) {
                return null;
            }
        }
        return approved;
    }

    private static void threshold(Evaluation out, RuleContext kcontext, ConsultationFrame f, Tally t, List<Object> groups,
                                  Consultation c, List<Object> circulars, List<Object> drafts) {
        int pct = out.number(kcontext, "question-approval-share", f.launch());
        String sg = Tallies.parentOf(groups, t.subject());
        // The recorded state of the Question, to compare with what the count decides.
        QuestionState recorded = null;
        for (Object o : drafts) { if (((QuestionDraft) o).state() != null) { recorded = ((QuestionDraft) o).state(); } }
        Level contrary = Tallies.statesRule(circulars, "7.3.2") ? Level.VIOLATION : Level.WARNING;
        String sgName = sg == null ? "the study group" : sg;
        int s = t.support(), n = t.total();
        String share = n == 0 ? "no counted replies" : s + " of " + n + " = " + Tallies.percent(s, n);
        String rule = pct + " % or more of the counted replies, or no replies";
        String comparison = n == 0 ? "no counted replies: approved" : Tallies.ratio(s, n, pct);
        Object[] details = new Object[] {
            "consultation", f.id(), "rule", out.reference(kcontext, f.launch()), "launched", f.launch() == null ? null
                    : f.launch() + " (" + f.launchBasis() + ")",
            "deadline", f.deadlineText(), "status", f.closed() ? "closed" : f.deadlineKnown() ? "open" : "deadline unknown",
            "counted", n, "supporting", s, "not supporting", t.notSupport(),
            "excluded", t.exclusionCounts(), "excluded replies", t.exclusions(),
            "not yet received", t.notYetReceived(),
            "share", share, "threshold", rule, "comparison", comparison };
        Verdict v = out.on(kcontext).subject(t.subject()).act(f.launch()).due(f.due())
                .evidence("consultation", f.id()).evidence("target", f.id()).evidence("deadline", f.deadlineText())
                .evidence("counted", n).evidence("support", s).evidence("not support", t.notSupport())
                .evidence("share", share).evidence("threshold", rule).evidence("comparison", comparison);
        String gap = out.notGoverning(kcontext, f.launch());
        Boolean approved = approved7_3_2(f, t, pct);
        if (gap != null) {
            out.determine(kcontext, "consultation-decision", t.subject(), "INDETERMINATE", gap, f.due(), details);
            v.indeterminate("The consultation cannot be decided under this rule");
        } else if (approved == null) {
            String why = !f.deadlineKnown() ? "the reply deadline is unknown (" + f.deadlineBasis() + ")"
                    : t.undatedCountable() + " Member State replies with no receipt time could change the result";
            out.determine(kcontext, "consultation-decision", t.subject(), "INDETERMINATE", "Cannot decide: " + why, f.due(), details);
            if (!f.deadlineKnown()) {
                v.missing("reply deadline of the consultation (or the date of its circular)", f.id());
            }
            for (Tally.Line l : t.excluded(Tally.Reason.RECEIPT_UNKNOWN)) {
                v.missing("receipt time of the reply", l.reply());
            }
            v.indeterminate("The consultation on " + t.subject() + " cannot be decided: " + why);
        } else if (n == 0 && t.excluded().isEmpty() && t.notYetReceived() == 0 && !c.repliesDeclaredComplete()) {
            // INTERPRETATION (CONV-UNKNOWN): "no replies" approves only where the submission declares that it holds every
            // reply (repliesComplete). No reply among the facts is no evidence about the replies received.
            String none = "no reply on " + t.subject() + " is among the facts, and the submission does not declare its replies"
                    + " complete (repliesComplete), so how many were received is not known";
            if (!f.closed()) {
                out.determine(kcontext, "consultation-decision", t.subject(), "OPEN", "The consultation is open until " + f.deadlineText()
                        + "; " + none + " (no provisional tally)", f.due(), details);
                v.pending("The consultation on " + t.subject() + " is open until " + f.deadlineText() + "; " + none
                        + " (no provisional tally)");
            } else {
                out.determine(kcontext, "consultation-decision", t.subject(), "INDETERMINATE", "Cannot decide: " + none, f.due(), details);
                v.missing("replies received in the consultation (or a declaration that the submission holds them all)", f.id())
                 .indeterminate("The consultation on " + t.subject() + " cannot be decided: " + none);
            }
        } else if (!f.closed()) {
            String provisional = "provisional tally as of " + out.asOf() + ": " + share + " support; " + (approved
                    ? "it would be approved if the consultation closed now" : "it would not be approved if the consultation closed now");
            out.determine(kcontext, "consultation-decision", t.subject(), "OPEN", "The consultation is open until " + f.deadlineText()
                    + "; " + provisional, f.due(), details);
            v.pending("The consultation on " + t.subject() + " is open until " + f.deadlineText() + "; " + provisional);
        } else if (approved) {
            String why = n == 0 ? (t.excluded().isEmpty() ? "no replies were received"
                    : "no reply counts (" + t.exclusionCounts() + "), treated as no replies")
                    : share + " of the counted replies support approval (" + comparison + ")";
            out.determine(kcontext, "consultation-decision", t.subject(), "APPROVED", "Approved: " + why + "; threshold " + rule,
                    f.due(), details);
            if (recorded == QuestionState.REFERRED_TO_SG || recorded == QuestionState.RETURNED_TO_SG) {
                v.evidence("recorded state", recorded).fail(contrary, t.subject() + " is approved by the count (" + why
                        + ") but recorded as " + recorded);
            } else {
                v.pass(t.subject() + " is approved: " + why);
            }
        } else {
            String referral = "referred back to " + sgName + ", with the comments received; Member States not supporting"
                    + " are asked for their reasons";
            Object[] more = java.util.Arrays.copyOf(details, details.length + 2);
            more[details.length] = "referral";
            more[details.length + 1] = referral;
            out.determine(kcontext, "consultation-decision", t.subject(), "NOT_APPROVED", "Not approved: " + share
                    + " of the counted replies support approval, below " + pct + " % (" + comparison + "); " + referral,
                    f.due(), more);
            // A Question the count does not approve is the text's result, not a departure: a pass with the result,
            // unless the Question is recorded as approved against the count.
            v.evidence("referral", referral);
            if (recorded == QuestionState.APPROVED) {
                v.evidence("recorded state", recorded).fail(contrary, t.subject() + " is recorded as approved although the count"
                        + " does not approve it: " + share + " support, below " + pct + " % (" + comparison + ")");
            } else {
                v.pass(t.subject() + " is not approved by the count: " + share + " support, below " + pct + " % (" + comparison
                        + "); it is " + referral);
            }
        }
    }

    // ---- the two things a consequence asks of its rule context ----

    private interface Sink {
        void accept(Object conclusion);
    }

    /** Which rule is speaking (for its metadata) and where its conclusions go. */
    private final class Ctx implements RuleContext {
        private final Rule rule;
        private final Sink sink;

        Ctx(String rule, Sink sink) {
            this.rule = ruleObjects.get(rule);
            this.sink = sink;
        }

        @Override
        public Rule getRule() {
            return rule;
        }

        @Override
        public FactHandle insertLogical(Object object) {
            sink.accept(object);
            return null;
        }

        @Override
        public Match getMatch() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FactHandle insertLogical(EntryPoint ep, Object object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void blockMatch(Match match) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void unblockAllMatches(Match match) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancelMatch(Match match) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.kie.api.runtime.KieRuntime getKieRuntime() {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings("deprecation")
        public org.kie.api.runtime.KieRuntime getKnowledgeRuntime() {
            throw new UnsupportedOperationException();
        }
    }
}
