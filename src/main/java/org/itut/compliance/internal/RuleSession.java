package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.Determination;
import org.itut.compliance.EditionApplied;
import org.itut.compliance.EvaluationException;
import org.itut.compliance.Finding;
import org.itut.compliance.ProgressListener;
import org.itut.compliance.Report;
import org.itut.compliance.ReportDelta;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One rule-engine session, its global and the conclusions it holds: what {@link Engine#evaluate} runs
 * once and a {@link Session} keeps open. Conclusions are logical facts (docs/architecture.md); a listener
 * sees each one arrive and go, so the session knows what holds, and what changed since it last said,
 * without reading working memory back.
 */
final class RuleSession implements AutoCloseable {
    /** Far above what any submission needs; reaching it means rules are looping. */
    private static final int MAX_FIRINGS = 5_000_000;
    private static final Comparator<EditionApplied> EDITION_ORDER = Comparator.comparing(EditionApplied::toString);

    private final Engine engine;
    private final LocalDate asOf;
    private final KieSession kie;
    private final Conclusions conclusions = new Conclusions();
    private final ProgressListener progress;
    private final FiringCounter counter;

    RuleSession(Engine engine, LocalDate asOf, ProgressListener progress) {
        this.engine = engine;
        this.asOf = asOf;
        this.progress = progress;
        this.kie = engine.rules().kieBase().newKieSession();
        try {
            Evaluation out = new Evaluation(engine.rules(), engine.parameters(), asOf);
            kie.setGlobal("out", out);
            kie.addEventListener(out.listener());
            kie.addEventListener(conclusions);
            // One counter per session, never shared: see docs on listeners in drools-notes.
            counter = progress == null ? null : new FiringCounter(progress);
            if (counter != null) {
                kie.addEventListener(counter);
            }
            kie.insert(new AsOf(asOf));
        } catch (RuntimeException e) {
            kie.dispose();
            throw Failures.of(e);
        }
    }

    LocalDate asOf() {
        return asOf;
    }

    /** Inserts {@code facts} in order, telling the progress listener how far it has got. */
    List<FactHandle> insertAll(List<?> facts) {
        List<FactHandle> handles = new ArrayList<>(facts.size());
        try {
            for (Object fact : facts) {
                handles.add(kie.insert(fact));
                if (progress != null && (handles.size() % FiringCounter.EVERY == 0 || handles.size() == facts.size())) {
                    progress.factsLoaded(handles.size(), facts.size());
                }
            }
        } catch (RuntimeException e) {
            throw Failures.of(e);
        }
        return handles;
    }

    FactHandle insert(Object fact) {
        try {
            return kie.insert(fact);
        } catch (RuntimeException e) {
            throw Failures.of(e);
        }
    }

    void delete(FactHandle handle) {
        try {
            kie.delete(handle);
        } catch (RuntimeException e) {
            throw Failures.of(e);
        }
    }

    /**
     * Fires every rule the facts inserted, updated or deleted since the last call have made ready.
     *
     * @return the rule firings
     */
    int fire() {
        int fired;
        try {
            fired = kie.fireAllRules(MAX_FIRINGS);
        } catch (RuntimeException e) {
            throw Failures.of(e);
        }
        if (counter != null) {
            counter.finished();
        }
        if (fired >= MAX_FIRINGS) {
            throw new EvaluationException("evaluation stopped after " + MAX_FIRINGS + " rule firings; a rule is looping",
                    null, null, null);
        }
        return fired;
    }

    /** The handle of {@code fact} in working memory, or {@code null}: for test-side profiles of one change. */
    FactHandle handleOf(Object fact) {
        return kie.getFactHandle(fact);
    }

    /** Adds {@code listener} to this session's agenda: test-side profiles count the firings of each rule. */
    void listen(AgendaEventListener listener) {
        kie.addEventListener(listener);
    }

    void unlisten(AgendaEventListener listener) {
        kie.removeEventListener(listener);
    }

    /** The facts in working memory: those inserted, the as-of date, and every derived fact and conclusion. */
    long factCount() {
        return kie.getFactCount();
    }

    /** From now on, keeps account of the conclusions that arrive and go, for {@link #changes()}. */
    void trackChanges() {
        conclusions.tracking = true;
    }

    /** The conclusions that arrived and went since the last call, or since {@link #trackChanges()}. */
    ReportDelta changes() {
        return conclusions.take();
    }

    /** What holds now, sorted as a report lists it. */
    Report report() {
        List<Finding> findings = new ArrayList<>();
        List<Determination> determinations = new ArrayList<>();
        List<EditionApplied> editions = new ArrayList<>();
        for (Object o : conclusions.live.keySet()) {
            if (o instanceof Finding f) {
                findings.add(f);
            } else if (o instanceof Determination d) {
                determinations.add(d);
            } else {
                editions.add((EditionApplied) o);
            }
        }
        findings.sort(Finding.ORDER);
        determinations.sort(Determination.ORDER);
        editions.sort(EDITION_ORDER);
        return new Report(asOf, findings, determinations, engine.catalogue(),
                Citations.reportEditions(engine.parameters().editions(), editions, asOf));
    }

    /**
     * The conclusions read back from working memory, as the engine once read them after firing: for
     * tests that the listener's account agrees with what the session holds.
     */
    List<Object> readBack() {
        return new ArrayList<>(kie.getObjects(Conclusions::isConclusion));
    }

    @Override
    public void close() {
        kie.dispose();
    }

    /** Keeps account of the conclusions in working memory, and of their changes since last taken. */
    private static final class Conclusions implements RuleRuntimeEventListener {
        /** Each conclusion in working memory (truth maintenance keeps one fact per equal value). */
        final Map<Object, Integer> live = new HashMap<>();
        /** Arrivals (+) and departures (-) since last taken: one that came and went nets to nothing. */
        private final Map<Object, Integer> pending = new LinkedHashMap<>();
        /** Off for a one-off evaluation, which only reads what holds at the end. */
        boolean tracking;

        static boolean isConclusion(Object o) {
            return o instanceof Finding || o instanceof Determination || o instanceof EditionApplied;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent e) {
            count(e.getObject(), 1);
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent e) {
            count(e.getOldObject(), -1);
            count(e.getObject(), 1);
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent e) {
            count(e.getOldObject(), -1);
        }

        private void count(Object o, int n) {
            if (!isConclusion(o)) {
                return;
            }
            live.merge(o, n, (a, b) -> a + b == 0 ? null : a + b);
            if (tracking) {
                pending.merge(o, n, (a, b) -> a + b == 0 ? null : a + b);
            }
        }

        ReportDelta take() {
            List<Finding> added = new ArrayList<>();
            List<Finding> removed = new ArrayList<>();
            List<Determination> addedD = new ArrayList<>();
            List<Determination> removedD = new ArrayList<>();
            pending.forEach((o, n) -> {
                if (o instanceof Finding f) {
                    (n > 0 ? added : removed).add(f);
                } else if (o instanceof Determination d) {
                    (n > 0 ? addedD : removedD).add(d);
                }
            });
            pending.clear();
            added.sort(Finding.ORDER);
            removed.sort(Finding.ORDER);
            addedD.sort(Determination.ORDER);
            removedD.sort(Determination.ORDER);
            return new ReportDelta(added, removed, addedD, removedD);
        }
    }
}
