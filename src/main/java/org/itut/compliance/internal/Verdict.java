package org.itut.compliance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.itut.compliance.Citation;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.MissingFact;
import org.itut.compliance.Outcome;
import org.itut.compliance.facts.TermsOfReference;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A finding being made by the firing rule. Set the subject, the date of the act judged and the
 * evidence, then say the outcome once. An INDETERMINATE outcome names, with {@link #missing}, the facts
 * whose absence leaves it undecided: a rule that says INDETERMINATE without naming one fails the
 * evaluation, as a PENDING without a due date does.
 *
 * <p>The conclusion is not inserted as a finding directly: {@code rules/common/context.drl} publishes it,
 * unless it concerns only facts marked as context, and adds the inferences it rests on.
 */
public final class Verdict {
    private final Evaluation evaluation;
    private final RuleMeta meta;
    private final RuleContext kcontext;
    private String subject;
    private LocalDate act;
    private LocalDate due;
    private final Map<String, String> evidence = new LinkedHashMap<>();
    private String torGroup;
    private TermsOfReference tor;
    private String torItem;
    private String adjustment;
    private String routedUnder;
    private final List<MissingFact> missing = new ArrayList<>();
    /** The fact that would discharge the duty judged by {@link #deadline}, for its "no evidence" outcome. */
    private MissingFact sought;
    private String anchorMeeting;
    private String anchorKind = MISSING_FIRST_DAY;
    private String undatedKind = MISSING_DATE;

    Verdict(Evaluation evaluation, RuleMeta meta, RuleContext kcontext) {
        this.evaluation = evaluation;
        this.meta = meta;
        this.kcontext = kcontext;
    }

    public Verdict subject(String id) {
        this.subject = id;
        return this;
    }

    /** The date of the act judged; it picks the edition in force. */
    public Verdict act(LocalDate date) {
        this.act = date;
        return this;
    }

    public Verdict due(LocalDate date) {
        this.due = date;
        return this;
    }

    /**
     * CONV-ADJUSTMENT: the provision was adjusted for this subject by a study group or working party
     * decision ({@code null}: not adjusted). A failure then becomes NOT_APPLICABLE "adjusted by …": acting under an
     * adjustment the text allows is no departure, and the adjusted guideline is not judged.
     */
    public Verdict adjustedBy(String decision) {
        this.adjustment = decision;
        if (decision != null) {
            evidence("adjusted by", decision);
        }
        return this;
    }

    /**
     * The facts show that the act went the way clause {@code clause} of a later edition governs (e.g. a
     * Question adopted by TSAG and put to a Res. 1 (2022) 7.3.2 consultation), with {@code why} as evidence.
     * Where that edition registers {@code clause} as the encoded successor of the provision this rule
     * encodes, the finding is NOT_APPLICABLE and cites the successor: the rules of that clause judge the
     * act, so an older rule never adds a contradicting conclusion. {@code null}: not routed that way.
     */
    public Verdict routedUnder(String clause, String why) {
        this.routedUnder = clause;
        if (clause != null) {
            evidence("routed under", why);
        }
        return this;
    }

    /**
     * Names a fact whose absence leaves this finding undecided: its kind (a noun phrase that groups like
     * requests, e.g. {@code "TSB collective letter"}, {@code "receipt date"}) and the id of the fact, meeting or
     * party it concerns. Kept only if the finding is INDETERMINATE; name it just before saying so. A {@code null}
     * {@code about} is replaced by the subject.
     */
    public Verdict missing(String kind, String about) {
        MissingFact m = new MissingFact(kind, about != null ? about : subject != null ? subject : "unknown");
        if (!missing.contains(m)) {
            missing.add(m);
        }
        return this;
    }

    /**
     * Declares the fact that would discharge the duty a deadline helper ({@link #deadline},
     * {@code Duties.judge}, {@code MeetingDuties.deadline}) judges, e.g. {@code sought("TSB collective letter",
     * meetingId)}: the helper names it as missing when it finds no evidence, names the date of an undated piece of
     * evidence instead when there is one, and relies on the rule having named what makes the due date unknown.
     */
    public Verdict sought(String kind, String about) {
        this.sought = new MissingFact(kind, about != null ? about : subject != null ? subject : "unknown");
        return this;
    }

    /**
     * The meeting whose first (or last) day the due date judged by a deadline helper derives from: when that day
     * is not known to the day and the outcome depends on it, the helper names it as missing.
     */
    public Verdict anchor(String meetingId) {
        this.anchorMeeting = meetingId;
        this.anchorKind = MISSING_FIRST_DAY;
        return this;
    }

    /** As {@link #anchor}, for a due date derived from the meeting's last day (an act due after the meeting). */
    public Verdict anchorEnd(String meetingId) {
        this.anchorMeeting = meetingId;
        this.anchorKind = MISSING_LAST_DAY;
        return this;
    }

    /** Names the anchoring meeting's day as missing (the anchor, else what is sought); false if neither is known. */
    boolean missingFirstDay() {
        String about = anchorMeeting != null ? anchorMeeting : sought != null ? sought.about() : null;
        if (about == null) {
            return false;
        }
        missing(anchorKind, about);
        return true;
    }

    /** True when the rule has named a missing fact. */
    boolean namesMissing() {
        return !missing.isEmpty();
    }

    /** What the deadline helpers name when no evidence of the duty is found (see {@link #sought}). */
    void missingAct() {
        if (sought != null) {
            missing(sought.kind(), sought.about());
        }
    }

    /** The date of {@code evidenceId}, which exists but is undated. */
    void missingDate(String evidenceId) {
        missing(undatedKind, evidenceId);
    }

    /**
     * Which date of an undated piece of evidence the deadline helpers name as missing, e.g. {@link #MISSING_POSTED}
     * where the duty is judged on the posting date ({@link #MISSING_DATE} unless set).
     */
    public Verdict dateSought(String kind) {
        this.undatedKind = kind;
        return this;
    }

    /** The kind of missing fact the deadline helpers name for a document or act that exists but is undated. */
    public static final String MISSING_DATE = "date of receipt, posting or issue";
    /** The kind of missing fact for a document whose receipt by TSB is not dated. */
    public static final String MISSING_RECEIVED = "TSB receipt date";
    /** The kind of missing fact for a document whose posting is not dated. */
    public static final String MISSING_POSTED = "posting date";
    /** The kind of missing fact for a meeting whose first day is not known to the day. */
    public static final String MISSING_FIRST_DAY = "first day of the meeting";
    /** The kind of missing fact for a meeting whose last day is not known to the day. */
    public static final String MISSING_LAST_DAY = "last day of the meeting";
    /** The kind of missing fact where the edition in force on the act's date has no encoded text of the provision. */
    public static final String MISSING_EDITION_TEXT = "encoded text of the edition in force";

    public Verdict evidence(String name, Object value) {
        evidence.put(name, text(value));
        return this;
    }

    /** Cites {@code group}'s terms of reference and the item that declares the duty (for {@code ToR} rules). */
    public Verdict tor(String group, TermsOfReference terms, String item) {
        this.torGroup = group;
        this.tor = terms;
        this.torItem = item;
        return this;
    }

    public void pass(String message) {
        emit(Outcome.PASS, null, message);
    }

    /** A failure at the rule's default level. */
    public void fail(String message) {
        emit(Outcome.FAIL, meta.level(), message);
    }

    public void fail(Level level, String message) {
        emit(Outcome.FAIL, level, message);
    }

    public void pending(String message) {
        emit(Outcome.PENDING, null, message);
    }

    public void indeterminate(String message) {
        emit(Outcome.INDETERMINATE, null, message);
    }

    public void notApplicable(String message) {
        emit(Outcome.NOT_APPLICABLE, null, message);
    }

    /**
     * Judges an act due on or before {@code dueDate} (the boundary day complies).
     *
     * @param dueDate     the due date, or {@code null} if it cannot be computed (the message says why through {@code unknownDue})
     * @param doneOn      the date the act was done, or {@code null} when no evidence dates it
     * @param evidenceId  the document or act that did it, or {@code null} if none is known
     * @param what        what is due, e.g. "the report to SG17"
     * @param closedWorld true when the submission declares its inventory complete, so absence is a failure
     * @param unknownDue  why the due date is unknown (used when {@code dueDate} is null)
     */
    public void deadline(LocalDate dueDate, LocalDate doneOn, String evidenceId, String what, boolean closedWorld,
                         String unknownDue) {
        this.due = dueDate;
        if (evidenceId != null) {
            evidence("by", evidenceId);
        }
        if (doneOn != null) {
            evidence("done on", doneOn);
        }
        if (dueDate == null) {
            if (act == null) {
                act = doneOn;
            }
            if (!namesMissing()) {
                missingFirstDay();
            }
            indeterminate(capitalise(what) + ": due date unknown (" + unknownDue + ")");
            return;
        }
        if (act == null) {
            act = doneOn != null ? doneOn : dueDate;
        }
        if (doneOn != null) {
            long days = ChronoUnit.DAYS.between(doneOn, dueDate);
            if (days >= 0) {
                pass(capitalise(what) + " was done on " + doneOn + (evidenceId == null ? "" : " (" + evidenceId + ")")
                        + ", " + (days == 0 ? "on the due date " : days + (days == 1 ? " day" : " days") + " before the due date ")
                        + dueDate);
            } else {
                fail(capitalise(what) + " was done on " + doneOn + (evidenceId == null ? "" : " (" + evidenceId + ")") + ", "
                        + (-days) + (days == -1 ? " day" : " days") + " late (due " + dueDate + ")");
            }
            return;
        }
        if (evidenceId != null) {
            missingDate(evidenceId);
            indeterminate(capitalise(what) + ": " + evidenceId + " exists but its date is unknown (due " + dueDate + ")");
        } else if (dueDate.isAfter(evaluation.asOf())) {
            pending(capitalise(what) + " is due by " + dueDate);
        } else if (closedWorld) {
            fail(capitalise(what) + " is absent: the submission declares its documents complete and none was done by " + dueDate);
        } else {
            missingAct();
            indeterminate(capitalise(what) + ": no evidence in the submission (due " + dueDate
                    + "); declare the inventory complete to judge absence");
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void emit(Outcome outcome, Level level, String message) {
        if (subject == null) {
            throw new IllegalStateException("rule " + meta.id() + " made a finding without a subject");
        }
        Citation citation;
        Outcome finalOutcome = outcome;
        Level finalLevel = level;
        String finalMessage = message;
        EditionApplied applied = null;
        String textMissing = null;
        if (meta.termsOfReference()) {
            if (tor == null) {
                throw new IllegalStateException("rule " + meta.id() + " cites terms of reference but named none");
            }
            citation = Citations.termsOfReference(meta, torGroup, tor.document(), tor.approvedOn(), torItem);
        } else {
            Citations.Resolved r = Citations.resolve(evaluation.parameters().editions(), meta, act, routedUnder);
            citation = r.citation();
            applied = r.applied();
            if (r.override() == Outcome.INDETERMINATE && (outcome != Outcome.NOT_APPLICABLE || r.overridesAll())) {
                // The edition in force has no encoded text of the provision: the text is what is missing.
                textMissing = citation.instrument() + " (" + citation.edition() + ")";
            }
            if (r.superseded()) {
                // An encoded successor governs the act: say so instead of the older text's conclusion.
                finalOutcome = Outcome.NOT_APPLICABLE;
                finalLevel = null;
                finalMessage = r.reason();
            } else if (r.override() != null && (outcome != Outcome.NOT_APPLICABLE || r.overridesAll())) {
                finalOutcome = r.override();
                finalLevel = null;
                finalMessage = r.reason() + ". " + message;
            } else if (r.levelCap() != null && finalLevel != null && finalLevel.atLeast(r.levelCap()) && finalLevel != r.levelCap()) {
                finalLevel = r.levelCap();
                if (r.reason() != null) {
                    finalMessage = message + " (" + r.reason() + ")";
                }
            }
        }
        if (adjustment != null && finalOutcome == Outcome.FAIL) {
            // CONV-ADJUSTMENT: the study group or working party may adjust the guideline (A.1 2.3.3), so acting under an
            // adjustment is no departure from the text; the adjusted content is not machine-readable, so the guideline
            // as written does not apply. What it would have said stays in the message.
            finalOutcome = Outcome.NOT_APPLICABLE;
            finalLevel = null;
            finalMessage = "Adjusted by " + adjustment + " (the guideline does not bind as written): " + finalMessage;
        }
        if (finalOutcome == Outcome.PENDING && due == null) {
            throw new IllegalStateException("rule " + meta.id() + " said PENDING without a due date");
        }
        List<MissingFact> named = new ArrayList<>();
        if (finalOutcome == Outcome.INDETERMINATE) {
            if (textMissing != null) {
                named.add(new MissingFact(MISSING_EDITION_TEXT, textMissing));
            }
            if (outcome == Outcome.INDETERMINATE) {
                named.addAll(missing);
            }
            if (named.isEmpty()) {
                throw new IllegalStateException("rule " + meta.id() + " said INDETERMINATE about " + subject
                        + " without naming the missing fact (Verdict.missing)");
            }
        }
        Finding finding = new Finding(meta.id(), finalOutcome, finalOutcome == Outcome.FAIL ? finalLevel : null, subject,
                finalMessage, citation, evidence, due, named, List.of());
        kcontext.insertLogical(new Conclusion(finding, applied));
    }

    static String text(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "none" : c.stream().map(Verdict::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
