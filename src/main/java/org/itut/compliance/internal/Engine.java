package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.itut.compliance.EvaluationException;
import org.itut.compliance.ProgressListener;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.InvalidSubmissionException;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.SubmissionProblem;

/**
 * The evaluation loop behind {@code ComplianceEngine}: one rule session per call, always disposed, or one
 * kept open for changes ({@link #open}); both run on {@link RuleSession}.
 */
public final class Engine {
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
        try (RuleSession session = new RuleSession(this, asOf, progress)) {
            session.insertAll(submission.all());
            session.fire();
            return session.report();
        }
    }

    /**
     * A session that keeps {@code initial} in working memory as of {@code asOf} and takes changes to it.
     *
     * @throws InvalidSubmissionException before any rule runs, if {@code initial} does not validate
     * @throws EvaluationException if a rule fails
     */
    public Session open(Submission initial, LocalDate asOf) {
        return new Session(this, initial, asOf);
    }
}
