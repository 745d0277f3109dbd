package org.itut.compliance.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import org.itut.compliance.ProgressListener;

/**
 * Shows how far a long evaluation has got, on one line of the terminal's error stream that is
 * rewritten in place: the files and facts read, the facts loaded into the rule session and the rule
 * firings so far. It stays silent for the first half second, so a quick evaluation prints nothing,
 * and it redraws at most ten times a second. Created per evaluation.
 */
final class ConsoleProgress implements ProgressListener {
    static final long DELAY_NANOS = 500_000_000L;
    static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String read;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private boolean shown;
    private int loaded;
    private int total;
    private long fired;
    private int width;

    /**
     * @param err   where to write
     * @param read  what was read, e.g. {@code 3 files read, 1234 facts}
     * @param clock a nanosecond clock
     */
    ConsoleProgress(PrintWriter err, String read, LongSupplier clock) {
        this.err = err;
        this.read = read;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public void factsLoaded(int loaded, int total) {
        this.loaded = loaded;
        this.total = total;
        show(false);
    }

    @Override
    public void rulesFired(long fired) {
        this.fired = fired;
        show(false);
    }

    /** Ends the line, if anything was shown. */
    void done() {
        if (shown) {
            show(true);
            err.println();
            err.flush();
        }
    }

    private void show(boolean force) {
        long now = clock.getAsLong();
        if (!force && (now - start < DELAY_NANOS || shown && now - last < INTERVAL_NANOS)) {
            return;
        }
        String line = line((now - start) / 1_000_000L);
        err.print('\r' + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
        last = now;
        shown = true;
    }

    String line(long millis) {
        return "itut-compliance: " + read + " · facts loaded " + loaded + "/" + total + " · rules fired " + fired
                + " · " + (millis / 1000) + "." + (millis % 1000 / 100) + " s";
    }
}
