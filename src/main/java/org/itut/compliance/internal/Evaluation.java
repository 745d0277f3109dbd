package org.itut.compliance.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.itut.compliance.Determination;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;
import org.itut.compliance.facts.DocumentKind;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What one evaluation collects: the session global {@code out} that every rule writes to. One is
 * created per call and dropped afterwards, so concurrent evaluations never share findings.
 *
 * <p>Rules never build a finding or a citation themselves: they call {@link #on(RuleContext)} and
 * say the outcome; the citation comes from the rule's metadata and the date of the act judged.
 */
public final class Evaluation {
    private final RuleBase rules;
    private final Parameters parameters;
    private final LocalDate asOf;
    /** The match whose consequence is running (set by {@link #listener()}), to read the inventories it matched. */
    private Match firing;
    /** The inventories for Java code that judges without a rule session (the benchmarks' plain-Java reference). */
    private Inventories outsideRules;

    // Nothing here is read from the facts: a session changes them, and what a rule reads of them it
    // must match, so that the rule judges again when they change (the inventories: internal.Inventories).
    Evaluation(RuleBase rules, Parameters parameters, LocalDate asOf) {
        this.rules = rules;
        this.parameters = parameters;
        this.asOf = asOf;
    }

    /**
     * Tells this evaluation which match is firing; add it to the session whose global this is.
     *
     * @return a listener for that session only
     */
    AgendaEventListener listener() {
        return new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing = event.getMatch();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firing = null;
            }
        };
    }

    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Starts a finding of the rule that is firing. The finding is inserted logically, justified by the
     * rule's current match: if the rule fires again on changed facts (a derived fact arriving later),
     * truth maintenance withdraws the earlier conclusion.
     */
    public Verdict on(RuleContext kcontext) {
        return new Verdict(this, meta(kcontext), kcontext);
    }

    RuleMeta meta(RuleContext kcontext) {
        return rules.meta(kcontext.getRule().getName());
    }

    Parameters parameters() {
        return parameters;
    }

    /**
     * Records a determination.
     *
     * @param details alternating names and values
     */
    public void determine(RuleContext kcontext, String kind, String subject, String value, String reason, LocalDate date,
                          Object... details) {
        kcontext.insertLogical(new Determination(kind, subject, value, reason, date, pairs(details)));
    }

    static Map<String, String> pairs(Object... kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("details come in name/value pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(String.valueOf(kv[i]), Verdict.text(kv[i + 1]));
        }
        return map;
    }

    /**
     * Why the text the firing rule encodes does not govern an act on {@code act} (a later edition
     * applies whose text is not encoded, or the rule's edition was not yet in force), or {@code null}
     * when it governs or the date is unknown. Lets a rule's determination agree with its findings.
     */
    public String notGoverning(RuleContext kcontext, LocalDate act) {
        return notGoverning(kcontext, act, null);
    }

    /**
     * As {@link #notGoverning(RuleContext, LocalDate)}, for an act the facts show went the way clause
     * {@code routedUnder} of a later edition governs (see {@link Verdict#routedUnder}); {@code null}: not routed so.
     */
    public String notGoverning(RuleContext kcontext, LocalDate act, String routedUnder) {
        RuleMeta m = citable(meta(kcontext));
        if (m.termsOfReference() || act == null) {
            return null;
        }
        Citations.Resolved r = Citations.resolve(parameters.editions(), m, act, routedUnder);
        return r.override() == null ? null : r.reason();
    }

    /**
     * The citation of the firing rule for an act on {@code act}, e.g. {@code WTSA Res. 1 (Rev. Geneva, 2022) clause 7.3.2};
     * a carried-forward one also names the text applied.
     */
    public String reference(RuleContext kcontext, LocalDate act) {
        Citations.Resolved r = Citations.resolve(parameters.editions(), citable(meta(kcontext)), act);
        return r.citation().reference() + (r.carriedForward() ? " (carried-forward: text of " + r.citation().textApplied()
                + " applied)" : "");
    }

    /** A derivation's metadata completed so that only its instrument, edition and clause decide the resolution. */
    private static RuleMeta citable(RuleMeta m) {
        if (!m.derivation()) {
            return m;
        }
        return new RuleMeta(m.id(), m.instrument(), m.edition(), m.clause() == null ? "" : m.clause(), m.textEdition(),
                m.textClause(), m.title() == null ? m.id() : m.title(), m.level(),
                m.status() == null ? org.itut.compliance.Status.VERIFIED : m.status(), m.catalogue(), m.parameters(),
                m.file(), true);
    }

    /** The registered edition {@code edition} of {@code instrument}, if any (for rules that judge other documents' citations). */
    public java.util.Optional<Editions.Edition> edition(String instrument, String edition) {
        Editions eds = parameters.editions();
        return eds.knows(instrument) ? eds.edition(instrument, edition) : java.util.Optional.empty();
    }

    /**
     * The instrument that governs clause {@code clause} of {@code instrument} on {@code date}: another one that
     * took it over (A.18 for the JCA clauses of A.1), else {@code instrument}; {@code null} for an unknown instrument or date.
     */
    public String governingInstrument(String instrument, String clause, LocalDate date) {
        Editions eds = parameters.editions();
        return date == null || !eds.knows(instrument) ? null : eds.governing(instrument, clause, date);
    }

    /**
     * The period {@code name} from the edition of the firing rule's instrument that applies to an act
     * on {@code actDate} (the rule's own edition when the date is unknown).
     */
    public Period period(RuleContext kcontext, String name, LocalDate actDate) {
        Parameter p = parameter(kcontext, name, actDate);
        if (p.period() == null) {
            throw new IllegalStateException("parameter " + name + " is not a period: " + p);
        }
        return p.period();
    }

    /**
     * An engine-policy period {@code name} of the firing rule's instrument ({@code parameters/<instrument>/policy.yaml}):
     * a limit the library sets where the text gives no number (e.g. "as soon as possible"). It is not the
     * text's number, whatever the edition: a finding that uses one reports at INFO at most and says it is policy.
     */
    public Period policyPeriod(RuleContext kcontext, String name) {
        RuleMeta m = meta(kcontext);
        Parameter p = parameters.get(m.instrument(), Parameters.POLICY, name);
        if (p.period() == null) {
            throw new IllegalStateException("policy parameter " + name + " is not a period: " + p);
        }
        return p.period();
    }

    /** A whole number (a count or a percentage) set by the applicable edition. */
    public int number(RuleContext kcontext, String name, LocalDate actDate) {
        Parameter p = parameter(kcontext, name, actDate);
        if (p.number() == null) {
            throw new IllegalStateException("parameter " + name + " is not a number: " + p);
        }
        return p.number();
    }

    /** A number of working days set by the applicable edition. */
    public int workingDays(RuleContext kcontext, String name, LocalDate actDate) {
        Parameter p = parameter(kcontext, name, actDate);
        if (p.workingDays() == null) {
            throw new IllegalStateException("parameter " + name + " is not in working days: " + p);
        }
        return p.workingDays();
    }

    /**
     * True when the edition applicable to an act on {@code actDate} sets {@code name}: for parameters that
     * are unset by default (a rule without them reports at INFO only).
     */
    public boolean hasParameter(RuleContext kcontext, String name, LocalDate actDate) {
        RuleMeta m = meta(kcontext);
        Citations.ParameterSource src = Citations.parameterSource(parameters, m, actDate, name);
        return parameters.has(src.instrument(), src.edition(), name);
    }

    Parameter parameter(RuleContext kcontext, String name, LocalDate actDate) {
        RuleMeta m = meta(kcontext);
        Citations.ParameterSource src = Citations.parameterSource(parameters, m, actDate, name);
        return parameters.get(src.instrument(), src.edition(), name);
    }

    public LocalDate plusWorkingDays(LocalDate d, int n) {
        return parameters.plusWorkingDays(d, n);
    }

    public LocalDate minusWorkingDays(LocalDate d, int n) {
        return parameters.minusWorkingDays(d, n);
    }

    /**
     * True when the submission declares its documents of {@code kind} from {@code source} complete
     * for every day from {@code from} to {@code to}: a missing document is then absent, not unknown.
     * The firing rule must match {@code Inventories()}, so that it judges again when an inventory changes.
     *
     * @throws IllegalStateException if it does not
     */
    public boolean inventoryComplete(String source, DocumentKind kind, LocalDate from, LocalDate to) {
        return matchedInventories().complete(source, kind, from, to);
    }

    /** Gives Java code that judges outside a rule session (no rule is firing) the inventories to read. */
    void inventoriesOutsideRules(Inventories inventories) {
        this.outsideRules = inventories;
    }

    /** The inventories in the firing rule's match; a rule that reads them without matching them is refused. */
    private Inventories matchedInventories() {
        Match m = firing;
        if (m == null && outsideRules != null) {
            return outsideRules;
        }
        if (m != null) {
            for (Object o : m.getObjects()) {
                if (o instanceof Inventories i) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("rule " + (m == null ? "(none firing)" : m.getRule().getName())
                + " reads the inventories but does not match Inventories(), so it would not judge again when they change");
    }

    /**
     * True when the submission declares the meetings of {@code group} complete for every day from {@code from}
     * to {@code to} (an inventory with {@code MEETING}): the meetings among the facts are then all it held. The
     * firing rule must match {@code Inventories()}, as for {@link #inventoryComplete}.
     */
    public boolean inventoryOfMeetingsComplete(String group, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return false;
        }
        LocalDate a = from.isAfter(to) ? to : from;
        LocalDate b = from.isAfter(to) ? from : to;
        return matchedInventories().fromSource(group).stream().anyMatch(i -> i.coversMeetings(group, a, b));
    }
}
