package org.itut.compliance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.facts.Origin;
import org.itut.compliance.facts.Submission;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code itut-compliance} command line: its root command, exit codes and error handling. */
public final class Cli {
    static final int CLEAN = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;
    static final int FINDINGS = 3;

    /**
     * The engine with the bundled parameters, built at most once per process: building compiles every
     * rule. Tests replace it with their shared engine.
     */
    static Supplier<ComplianceEngine> bundledEngine = new Supplier<>() {
        private ComplianceEngine engine;

        @Override
        public synchronized ComplianceEngine get() {
            if (engine == null) {
                engine = ComplianceEngine.create();
            }
            return engine;
        }
    };

    /**
     * Whether the standard error stream is a terminal, which decides whether progress is shown. Tests
     * replace it.
     */
    static java.util.function.BooleanSupplier stderrIsTerminal = Cli::stderrTerminal;

    private Cli() {
    }

    /** The date {@code --as-of} names, or today in Geneva when it names none. */
    static java.time.LocalDate asOf(CommandLine.Model.CommandSpec spec, String text) {
        try {
            return text == null ? java.time.LocalDate.now(java.time.ZoneId.of("Europe/Zurich")) : java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--as-of: \"" + text + "\" is not a date; expected YYYY-MM-DD, e.g. 2026-02-15");
        }
    }

    /**
     * The facts at {@code paths} (the bundled register when there are none), or {@code null} after
     * listing every problem on {@code err}.
     */
    static Submission readOrReport(java.util.List<Path> paths, org.itut.compliance.io.ReadLimits limits, PrintWriter err) {
        try {
            return paths.isEmpty() ? org.itut.compliance.io.FactReader.readRegister() : org.itut.compliance.io.FactReader.read(paths, limits);
        } catch (org.itut.compliance.io.InputException e) {
            err.println("itut-compliance: the input has " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + "; nothing was evaluated:");
            for (org.itut.compliance.io.InputProblem p : e.problems()) {
                // A problem quotes the input, which may hold escape sequences meant for the terminal.
                err.println("  " + org.itut.compliance.io.ReportText.safe(p.toString()));
            }
            err.flush();
            return null;
        }
    }

    /** The engine with {@code parameters} overriding the bundled values, or {@code null} after saying why not on {@code err}. */
    static ComplianceEngine engineOrReport(Path parameters, boolean strictEditions, PrintWriter err) {
        try {
            if (!strictEditions) {
                return engine(parameters);
            }
            ComplianceEngine.Builder b = ComplianceEngine.builder().strictEditions(true);
            return (parameters == null ? b : b.parameters(parameters)).build();
        } catch (IllegalArgumentException e) {
            err.println("itut-compliance: --parameters: " + org.itut.compliance.io.ReportText.safe(e.getMessage()));
            err.flush();
            return null;
        } catch (IllegalStateException e) {
            if (parameters == null) {
                throw e;
            }
            // The bundled rules build with the bundled parameters (the test suite proves it): with overrides, a
            // rule base that does not build is the overrides' doing, e.g. an editions.yaml without an edition a rule cites.
            err.println("itut-compliance: --parameters " + parameters + ": the rules cannot be used with these overrides: "
                    + e.getMessage());
            err.flush();
            return null;
        }
    }

    static ComplianceEngine engine(Path parameters) {
        return parameters == null ? bundledEngine.get() : ComplianceEngine.builder().parameters(parameters).build();
    }

    /**
     * Progress on {@code err} while a long evaluation of {@code submission} runs and the error stream is a
     * terminal, whatever the standard output is (a report redirected to a file still shows progress);
     * {@code null} (quiet) otherwise, e.g. in CI logs or in tests.
     */
    static ConsoleProgress progress(PrintWriter err, Submission submission) {
        if (!stderrIsTerminal.getAsBoolean()) {
            return null;
        }
        long files = submission.origins().values().stream().map(Origin::file).distinct().count();
        return new ConsoleProgress(err, files + (files == 1 ? " file" : " files") + " read, " + submission.size() + " facts",
                System::nanoTime);
    }

    /**
     * True when file descriptor 2 is a terminal. Java can ask that only of the console as a whole
     * ({@link System#console()} is null as soon as the standard output is redirected), so on Linux the
     * descriptor's link in {@code /proc/self/fd} is read: a terminal is a {@code /dev/pts/N} or
     * {@code /dev/ttyN} device. Elsewhere the console decides. {@code TERM=dumb} never gets progress.
     */
    static boolean stderrTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (java.nio.file.Files.isSymbolicLink(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // no /proc: fall back on the console
        }
        return System.console() != null;
    }

    /** A command line ready to execute, with the documented exit codes, writing UTF-8 whatever the locale. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(Root.class);
        cl.setOut(Output.stdout());
        cl.setErr(Output.stderr());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("itut-compliance: internal error: " + ex);
            for (StackTraceElement el : ex.getStackTrace()) {
                err.println("    at " + el);
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("itut-compliance: " + org.itut.compliance.io.ReportText.safe(ex.getMessage()));
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        return cl;
    }

    /** picocli needs an instantiable class for the root command. */
    @Command(name = "itut-compliance", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
            description = "Checks facts about ITU-T groups, meetings, documents and consultations against Rec. ITU-T A.1, "
                    + "WTSA Resolution 1, A.7 and A.8, and reports findings that cite the clause.",
            subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, ReplayCommand.class,
                CommandLine.HelpCommand.class},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:clean: no finding at or above the fail level",
                "1:internal error, or the output cannot be written",
                "2:bad usage or bad input (every problem is listed with file, line and path)",
                "3:findings at or above the fail level (see check --fail-on)"})
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, e.g. check");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ComplianceEngine.version();
            // Outside the jar (the build's man-page generator) the version comes from the build.
            return new String[] {"itut-compliance " + (v.equals("dev") ? System.getProperty("itut-compliance.version", v) : v)};
        }
    }
}
