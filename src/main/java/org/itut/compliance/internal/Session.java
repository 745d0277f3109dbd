package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.itut.compliance.EvaluationException;
import org.itut.compliance.Report;
import org.itut.compliance.ReportDelta;
import org.itut.compliance.facts.FactChange;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.WorkingFacts;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The session behind {@code ComplianceSession}: the facts ({@link WorkingFacts}, checked change by change)
 * and the rule-engine session that judges them ({@link RuleSession}, the one {@link Engine#evaluate} runs),
 * kept in step. A change costs what it touches: its facts are checked against an index, the engine
 * re-matches what depends on them, and the conclusions that came and went are counted as they do.
 * Not thread-safe.
 */
public final class Session implements AutoCloseable {
    private final WorkingFacts facts;
    private final RuleSession rules;
    /**
     * The handles more than one of the session's facts hold, with how many hold them beyond the first.
     * Drools gives an object it already holds its handle again (it asserts by identity), so one instance
     * inserted twice is one fact in working memory, as in a fresh evaluation of those facts; it leaves
     * working memory with the last of them. Only shared handles are kept, so the common case costs nothing.
     */
    private final Map<FactHandle, Integer> shared = new HashMap<>();
    private boolean closed;
    private EvaluationException failure;

    Session(Engine engine, Submission initial, LocalDate asOf) {
        Objects.requireNonNull(initial, "submission");
        Objects.requireNonNull(asOf, "asOf");
        this.facts = WorkingFacts.of(initial);
        this.rules = new RuleSession(engine, asOf, null);
        try {
            List<WorkingFacts.Step> all = facts.all();
            long before = rules.factCount();
            List<FactHandle> handles = rules.insertAll(all.stream().map(WorkingFacts.Step::after).toList());
            // Only when working memory took fewer facts than were inserted does some handle stand for two:
            // the common case builds no set of every handle.
            Set<FactHandle> seen = rules.factCount() - before == all.size() ? null : new HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                FactHandle h = handles.get(i);
                if (seen != null && !seen.add(h)) {
                    shared.merge(h, 1, Integer::sum);
                }
                facts.attach(all.get(i), h);
            }
            rules.fire();
            rules.trackChanges();
        } catch (RuntimeException e) {
            rules.close();
            throw e;
        }
    }

    public LocalDate asOf() {
        return rules.asOf();
    }

    /**
     * Applies {@code changes} as one batch.
     *
     * @throws org.itut.compliance.facts.InvalidSubmissionException if the facts after the batch do not
     *         validate; the session is unchanged
     * @throws IllegalArgumentException if a change names a fact that is not there; the session is unchanged
     * @throws EvaluationException if a rule fails; the session is then unusable
     */
    public ReportDelta apply(List<FactChange> changes) {
        usable();
        // A copy: the batch cannot change under the session; nulls are reported by position (changes[i]).
        List<WorkingFacts.Step> steps = facts.apply(new ArrayList<>(changes));
        try {
            for (WorkingFacts.Step s : steps) {
                if (s.before() == null) {
                    facts.attach(s, insert(s.after()));
                } else if (s.after() == null) {
                    release((FactHandle) s.attachment());
                } else {
                    // Delete and insert, not kie.update: the executable model's accumulate cannot reverse a
                    // fact whose handle now holds another object ("Reversing a not existing accumulated
                    // object", Drools 10.2.0), and facts are records, so an update is a new object anyway.
                    release((FactHandle) s.attachment());
                    facts.attach(s, insert(s.after()));
                }
            }
            rules.fire();
        } catch (EvaluationException e) {
            // Working memory is part-way through the change: no report from it could be trusted.
            failure = e;
            throw e;
        }
        return rules.changes();
    }

    private FactHandle insert(Object fact) {
        boolean held = rules.handleOf(fact) != null;
        FactHandle h = rules.insert(fact);
        if (held) {
            shared.merge(h, 1, Integer::sum);
        }
        return h;
    }

    private void release(FactHandle h) {
        Integer others = shared.get(h);
        if (others == null) {
            rules.delete(h);
        } else if (others == 1) {
            shared.remove(h);
        } else {
            shared.put(h, others - 1);
        }
    }

    public Report report() {
        usable();
        return rules.report();
    }

    public Submission submission() {
        usable();
        return facts.submission();
    }

    public int size() {
        usable();
        return facts.size();
    }

    /** The conclusions read back from working memory, for tests that the session's account of them is right. */
    public List<Object> readBack() {
        usable();
        return rules.readBack();
    }

    private void usable() {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        if (failure != null) {
            throw new IllegalStateException("the session failed on an earlier change and cannot be used; open a new one ("
                    + failure.getMessage() + ")", failure);
        }
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            rules.close();
        }
    }
}
