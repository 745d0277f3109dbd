package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.itut.compliance.facts.Submission;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A session evaluated as {@link Engine#evaluate} evaluates it, but left open, so that what it retains
 * can be measured (the retained-heap benchmark, a heap histogram). It is a {@link RuleSession}, as the
 * engine opens one, so that what is measured is what the engine runs. Test-side only: the engine itself
 * always disposes its sessions.
 */
public final class LiveSession implements AutoCloseable {
    private final RuleSession session;
    private final int fired;

    private LiveSession(RuleSession session, int fired) {
        this.session = session;
        this.fired = fired;
    }

    /** Inserts {@code s} and the as-of date into a new session of {@code engine}'s rule base and fires every rule. */
    public static LiveSession open(Engine engine, Submission s, LocalDate asOf) {
        if (!s.validate().isEmpty()) {
            throw new IllegalArgumentException("invalid submission: " + s.validate().get(0));
        }
        RuleSession session = new RuleSession(engine, asOf, null);
        try {
            session.insertAll(s.all());
            return new LiveSession(session, session.fire());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The rule firings. */
    public int fired() {
        return fired;
    }

    /** The facts in working memory: the submission's, the as-of date, and every derived fact and conclusion. */
    public long factCount() {
        return session.factCount();
    }

    /** What the session concludes: the same report {@link Engine#evaluate} returns for the same facts. */
    public org.itut.compliance.Report report() {
        return session.report();
    }

    /**
     * Replaces {@code before} with {@code after} as a session's update does (delete, insert, fire) and
     * counts the firings of each rule that the one change caused: the profile of an incremental change.
     */
    public Map<String, Integer> change(Object before, Object after) {
        FactHandle h = session.handleOf(before);
        if (h == null) {
            throw new IllegalArgumentException("not in working memory: " + before);
        }
        Map<String, Integer> perRule = new TreeMap<>();
        DefaultAgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent e) {
                perRule.merge(e.getMatch().getRule().getName(), 1, Integer::sum);
            }
        };
        session.listen(counter);
        try {
            session.delete(h);
            session.insert(after);
            session.fire();
        } finally {
            session.unlisten(counter);
        }
        return perRule;
    }

    @Override
    public void close() {
        session.close();
    }

    /** Used heap after the collector has had every chance to clear what is unreachable. */
    public static long usedHeap() {
        java.lang.management.MemoryMXBean m = java.lang.management.ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long u = m.getHeapMemoryUsage().getUsed();
            if (Math.abs(last - u) < 1 << 16) {
                return u;
            }
            last = u;
        }
        return last;
    }
}
