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

    @Test
    void should_give_8_threads_evaluating_different_submissions_and_dates_the_sequential_results() throws Exception {
        // GIVEN the register and every case file's facts, each judged on several dates, evaluated one by one
        List<Submission> submissions = new ArrayList<>();
        submissions.add(FactReader.readRegister());
        com.fasterxml.jackson.databind.ObjectMapper yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/cases"))) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (java.nio.file.Path f : files) {
            for (com.fasterxml.jackson.databind.JsonNode c : yaml.readTree(f.toFile()).path("cases")) {
                submissions.add(FactReader.read(f + ".yaml", new java.io.StringReader(yaml.writeValueAsString(c.path("given")))));
            }
        }
        List<LocalDate> dates = List.of(LocalDate.of(2019, 9, 27), LocalDate.of(2022, 3, 9), LocalDate.of(2026, 2, 15));
        record Job(int submission, int date) {
        }
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            for (int d = 0; d < dates.size(); d++) {
                jobs.add(new Job(i, d));
            }
        }
        java.util.Map<Job, String> sequential = new java.util.HashMap<>();
        for (Job j : jobs) {
            sequential.put(j, ReportJson.write(TestEngine.get().evaluate(submissions.get(j.submission()), dates.get(j.date()))));
        }
        // WHEN 8 threads evaluate them all again on the one shared engine, in a shuffled order
        List<Job> shuffled = new ArrayList<>(jobs);
        java.util.Collections.shuffle(shuffled, new java.util.Random(11));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Job j : shuffled) {
                results.add(pool.submit(() -> ReportJson.write(TestEngine.get().evaluate(submissions.get(j.submission()), dates.get(j.date())))));
            }
            // THEN every report equals the sequential one byte for byte
            for (int i = 0; i < shuffled.size(); i++) {
                assertThat(results.get(i).get()).as("submission %d on %s", shuffled.get(i).submission(), dates.get(shuffled.get(i).date()))
                        .isEqualTo(sequential.get(shuffled.get(i)));
            }
            assertThat(shuffled).hasSizeGreaterThan(800);
        } finally {
            pool.shutdownNow();
        }
    }
}
