package org.itut.compliance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.itut.compliance.Citation;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.facts.TermsOfReference;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A finding being made by the firing rule. Set the subject, the date of the act judged and the
 * evidence, then say the outcome once.
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
            indeterminate(capitalise(what) + ": " + evidenceId + " exists but its date is unknown (due " + dueDate + ")");
        } else if (dueDate.isAfter(evaluation.asOf())) {
            pending(capitalise(what) + " is due by " + dueDate);
        } else if (closedWorld) {
            fail(capitalise(what) + " is absent: the submission declares its documents complete and none was done by " + dueDate);
        } else {
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
        if (meta.termsOfReference()) {
            if (tor == null) {
                throw new IllegalStateException("rule " + meta.id() + " cites terms of reference but named none");
            }
            citation = Citations.termsOfReference(meta, torGroup, tor.document(), tor.approvedOn(), torItem);
        } else {
            Citations.Resolved r = Citations.resolve(evaluation.parameters().editions(), meta, act, routedUnder);
            citation = r.citation();
            kcontext.insertLogical(r.applied());
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
        kcontext.insertLogical(new Finding(meta.id(), finalOutcome, finalOutcome == Outcome.FAIL ? finalLevel : null, subject,
                finalMessage, citation, evidence, due));
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
