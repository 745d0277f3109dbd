package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.io.ReportJson;
import org.junit.jupiter.api.Test;

/** The engine is built once, shared across threads, and gives the same report for the same input. */
class EngineTest {

    @Test
    void should_give_byte_equal_reports_for_equal_input() throws Exception {
        Submission s = FactReader.readRegister();
        LocalDate asOf = LocalDate.of(2026, 2, 15);
        String a = ReportJson.write(TestEngine.get().evaluate(s, asOf));
        String b = ReportJson.write(TestEngine.get().evaluate(FactReader.readRegister(), asOf));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void should_give_each_concurrent_evaluation_its_own_findings() throws Exception {
        Submission register = FactReader.readRegister();
        Submission empty = Submission.builder().build();
        LocalDate asOf = LocalDate.of(2026, 2, 15);
        Report expected = TestEngine.get().evaluate(register, asOf);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Report>> full = new ArrayList<>();
            List<Future<Report>> none = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                full.add(pool.submit(() -> TestEngine.get().evaluate(register, asOf)));
                none.add(pool.submit(() -> TestEngine.get().evaluate(empty, asOf)));
            }
            for (Future<Report> f : full) {
                assertThat(f.get()).isEqualTo(expected);
            }
            for (Future<Report> f : none) {
                assertThat(f.get().findings()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_judge_by_the_as_of_date_given_and_report_it() throws Exception {
        Report r = TestEngine.get().evaluate(FactReader.readRegister(), LocalDate.of(2020, 1, 1));
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(r.rules()).isNotEmpty();
    }

    @Test
    void should_list_obligations_in_a_window_in_date_order() throws Exception {
        Report r = TestEngine.get().evaluate(FactReader.readRegister(), LocalDate.of(2026, 2, 15));
        List<Finding> all = r.obligations(LocalDate.MIN, LocalDate.MAX);
        assertThat(all).allSatisfy(f -> assertThat(f.due()).isNotNull());
        assertThat(all).extracting(Finding::due).isSorted();
    }
}
