package org.itut.compliance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code check} once per output format in this JVM and writes each output to
 * {@code OUT/<format>.out}: DeterminismIT starts it in child JVMs, on the packaged jar's classes,
 * so one JVM start (and one rule-base build) serves every format.
 */
public final class AllFormats {
    private AllFormats() {
    }

    /** {@code OUT CHECK-ARGS...}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (CheckCommand.Format f : CheckCommand.Format.values()) {
            List<String> cmd = new ArrayList<>(List.of("check", "--format", f.name()));
            cmd.addAll(List.of(args).subList(1, args.length));
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(f.name() + ".out"), StandardCharsets.UTF_8))) {
                var cl = Cli.commandLine();
                cl.setOut(w);
                int code = cl.execute(cmd.toArray(String[]::new));
                w.flush();
                if (code != Cli.CLEAN && code != Cli.FINDINGS) {
                    System.exit(code);
                }
            }
        }
    }
}
