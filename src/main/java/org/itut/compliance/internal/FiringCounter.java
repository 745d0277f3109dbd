package org.itut.compliance.internal;

import org.itut.compliance.ProgressListener;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts the rule firings of one evaluation and passes the count to a {@link ProgressListener}.
 * Created per evaluation and attached to that evaluation's session only: a listener shared between
 * sessions would mix the counts of concurrent evaluations.
 */
final class FiringCounter extends DefaultAgendaEventListener {
    /** How often (in firings, or facts loaded) the listener hears about progress. */
    static final int EVERY = 256;

    private final ProgressListener progress;
    private long fired;

    FiringCounter(ProgressListener progress) {
        this.progress = progress;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired++;
        if (fired % EVERY == 0) {
            progress.rulesFired(fired);
        }
    }

    void finished() {
        progress.rulesFired(fired);
    }

    long fired() {
        return fired;
    }
}
