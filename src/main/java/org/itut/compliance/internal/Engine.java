package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.itut.compliance.Determination;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.EvaluationException;
import org.itut.compliance.Finding;
import java.util.Objects;

import org.itut.compliance.ProgressListener;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.InvalidSubmissionException;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.SubmissionProblem;
import org.kie.api.runtime.KieSession;

/** The evaluation loop behind {@code ComplianceEngine}: one session per call, always disposed. */
public final class Engine {
    /** Far above what any submission needs; reaching it means rules are looping. */
    private static final int MAX_FIRINGS = 5_000_000;

    private final RuleBase rules;
    private final Parameters parameters;
    private final List<RuleInfo> catalogue;

    public Engine(RuleBase rules, Parameters parameters) {
        this.rules = Objects.requireNonNull(rules);
        this.parameters = Objects.requireNonNull(parameters);
        this.catalogue = rules.catalogue(parameters.editions());
        catalogue.forEach(r -> {
            RuleMeta m = rules.meta(r.id());
            if (!m.termsOfReference()) {
                // Fail at build time, not mid-evaluation, if a rule cites an unregistered edition or parameter.
                parameters.editions().edition(m.instrument(), m.edition()).orElseThrow(() -> new IllegalStateException(
                        m.file() + ": rule " + m.id() + " cites " + m.instrument() + " (" + m.edition()
                                + "), which editions.yaml does not register"));
                Citations.checkCrosswalk(parameters.editions(), m);
                for (String p : m.parameters()) {
                    String ed = m.textEdition() != null ? m.textEdition() : m.edition();
                    if (!parameters.has(m.instrument(), ed, p) && !parameters.has(m.instrument(), m.edition(), p)
                            && !parameters.has(m.instrument(), Parameters.POLICY, p)) {
                        throw new IllegalStateException(m.file() + ": rule " + m.id() + " reads parameter \"" + p
                                + "\", which no parameter file of " + m.instrument() + " (" + ed + ") sets");
                    }
                }
            }
        });
    }

    public List<RuleInfo> catalogue() {
        return catalogue;
    }

    public Parameters parameters() {
        return parameters;
    }

    public RuleBase rules() {
        return rules;
    }

    public Report evaluate(Submission submission, LocalDate asOf) {
        return evaluate(submission, asOf, null);
    }

    /**
     * Evaluates, telling {@code progress} (if not null) how far it has got.
     *
     * @throws InvalidSubmissionException before any rule runs, if the submission does not validate
     * @throws EvaluationException if a rule fails; never an exception of Drools' own
     */
    public Report evaluate(Submission submission, LocalDate asOf, ProgressListener progress) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(asOf, "asOf");
        // Facts built in code get the checks FactReader makes; a rule never sees a parent that is not there.
        List<SubmissionProblem> problems = submission.validate();
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        Evaluation out = new Evaluation(rules, parameters, asOf, submission.inventories());
        KieSession session = rules.kieBase().newKieSession();
        List<Finding> findings = new ArrayList<>();
        List<Determination> determinations = new ArrayList<>();
        List<EditionApplied> editions = new ArrayList<>();
        try {
            session.setGlobal("out", out);
            FiringCounter counter = null;
            if (progress != null) {
                // One counter per evaluation and session, never shared: see docs on listeners in drools-notes.
                counter = new FiringCounter(progress);
                session.addEventListener(counter);
            }
            session.insert(new AsOf(asOf));
            List<Object> facts = submission.all();
            int loaded = 0;
            for (Object fact : facts) {
                session.insert(fact);
                loaded++;
                if (progress != null && (loaded % FiringCounter.EVERY == 0 || loaded == facts.size())) {
                    progress.factsLoaded(loaded, facts.size());
                }
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (counter != null) {
                counter.finished();
            }
            if (fired >= MAX_FIRINGS) {
                throw new EvaluationException("evaluation stopped after " + MAX_FIRINGS + " rule firings; a rule is looping",
                        null, null, null);
            }
            // Conclusions are logical facts: what is still in working memory is what still holds.
            for (Object o : session.getObjects(o -> o instanceof Finding || o instanceof Determination || o instanceof EditionApplied)) {
                if (o instanceof Finding f) {
                    findings.add(f);
                } else if (o instanceof Determination d) {
                    determinations.add(d);
                } else if (o instanceof EditionApplied e) {
                    editions.add(e);
                }
            }
        } catch (RuntimeException e) {
            throw Failures.of(e);
        } finally {
            session.dispose();
        }
        findings.sort(Finding.ORDER);
        determinations.sort(Determination.ORDER);
        return new Report(asOf, findings, determinations, catalogue, Citations.reportEditions(parameters.editions(), editions, asOf));
    }
}
