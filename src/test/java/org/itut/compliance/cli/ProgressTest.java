package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Progress on the terminal: silent for a quick evaluation and outside a terminal, one rewritten line otherwise. */
class ProgressTest {

    @Test
    void should_stay_silent_during_the_first_half_second() {
        // GIVEN a progress display on a clock that stays at the start
        AtomicLong clock = new AtomicLong(1_000);
        StringWriter err = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(err), "3 files", clock::get);
        // WHEN facts load and rules fire quickly
        p.factsLoaded(10, 10);
        p.rulesFired(500);
        p.done();
        // THEN nothing is printed
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void should_rewrite_one_line_while_a_long_evaluation_runs() {
        // GIVEN a progress display
        AtomicLong clock = new AtomicLong(0);
        StringWriter err = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(err), "2 paths, 5000 facts", clock::get);
        // WHEN the evaluation runs past half a second
        clock.set(600_000_000L);
        p.factsLoaded(5000, 5000);
        clock.set(650_000_000L);
        p.rulesFired(256);          // within 100 ms of the last line: not redrawn
        clock.set(800_000_000L);
        p.rulesFired(512);
        clock.set(1_200_000_000L);
        p.rulesFired(700);
        p.done();
        // THEN the line is redrawn in place (carriage returns) and ended once with the final counts
        String out = err.toString();
        assertThat(out).startsWith("\ritut-compliance: 2 paths, 5000 facts · facts loaded 5000/5000 · rules fired 0 · 0.6 s");
        assertThat(out).doesNotContain("rules fired 256").contains("\ritut-compliance: 2 paths, 5000 facts · facts loaded 5000/5000 · rules fired 512 · 0.8 s");
        assertThat(out).endsWith("rules fired 700 · 1.2 s" + System.lineSeparator());
        assertThat(out.chars().filter(c -> c == '\r').count()).as("redraws: 0.6 s, 0.8 s, 1.2 s and the final line").isEqualTo(4);
    }

    @Test
    void should_print_no_progress_when_stderr_is_not_a_terminal() {
        // GIVEN the test run, whose error stream is a pipe to the build
        assertThat(Cli.stderrTerminal()).isFalse();
        // WHEN a check runs THEN its error stream stays empty
        CliRun.Result r = CliRun.run("check", "--as-of", "2026-02-15");
        assertThat(r.err()).isEmpty();
        assertThat(Cli.progress(new PrintWriter(new StringWriter()), org.itut.compliance.facts.Submission.builder().build())).isNull();
    }

    @Test
    void should_show_progress_when_stderr_is_a_terminal_whatever_stdout_is() {
        // GIVEN an error stream that is a terminal (the standard output may be redirected: it is not asked)
        java.util.function.BooleanSupplier before = Cli.stderrIsTerminal;
        Cli.stderrIsTerminal = () -> true;
        try {
            // WHEN a check is about to evaluate THEN it gets a progress display
            assertThat(Cli.progress(new PrintWriter(new StringWriter()), org.itut.compliance.facts.Submission.builder().build())).isNotNull();
        } finally {
            Cli.stderrIsTerminal = before;
        }
    }
}
