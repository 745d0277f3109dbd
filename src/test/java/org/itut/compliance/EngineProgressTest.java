package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.Test;

/** The progress listener of one evaluation hears about that evaluation only. */
class EngineProgressTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);

    static final class Counting implements ProgressListener {
        final AtomicLong loaded = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        final AtomicLong fired = new AtomicLong(-1);
        final AtomicLong calls = new AtomicLong();

        @Override
        public void factsLoaded(int loaded, int total) {
            this.loaded.set(loaded);
            this.total.set(total);
        }

        @Override
        public void rulesFired(long fired) {
            this.fired.set(fired);
            calls.incrementAndGet();
        }
    }

    @Test
    void should_report_facts_loaded_and_rule_firings() throws Exception {
        // GIVEN the register
        Submission register = FactReader.readRegister();
        Counting c = new Counting();
        // WHEN evaluated with a listener
        Report withListener = TestEngine.get().evaluate(register, AS_OF, c);
        // THEN it heard every fact loaded and a final firing count, and the report is the same as without one
        assertThat(c.loaded.get()).isEqualTo(register.size());
        assertThat(c.total.get()).isEqualTo(register.size());
        assertThat(c.fired.get()).isPositive();
        assertThat(withListener).isEqualTo(TestEngine.get().evaluate(register, AS_OF));
    }

    @Test
    void should_never_share_a_counter_between_concurrent_evaluations() throws Exception {
        // GIVEN the firing count of one evaluation of the register, and of a submission with nothing in it
        Submission register = FactReader.readRegister();
        Counting alone = new Counting();
        TestEngine.get().evaluate(register, AS_OF, alone);
        Counting empty = new Counting();
        TestEngine.get().evaluate(Submission.builder().build(), AS_OF, empty);
        // WHEN eight evaluations, half of each kind, run at once with their own listeners
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Counting> listeners = new ArrayList<>();
        List<Future<Report>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Counting c = new Counting();
            listeners.add(c);
            Submission s = i % 2 == 0 ? register : Submission.builder().build();
            runs.add(pool.submit(() -> TestEngine.get().evaluate(s, AS_OF, c)));
        }
        for (Future<Report> f : runs) {
            f.get();
        }
        pool.shutdown();
        // THEN each listener counted exactly its own evaluation's firings
        for (int i = 0; i < 8; i++) {
            assertThat(listeners.get(i).fired.get()).as("evaluation %d", i).isEqualTo(i % 2 == 0 ? alone.fired.get() : empty.fired.get());
        }
    }
}
