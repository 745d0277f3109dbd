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

    private Cli() {
    }

    /**
     * The engine for a command: the bundled one, or one built with the parameter overrides in {@code parameters}.
     *
     * @throws IllegalArgumentException naming the file and key of a bad override
     */
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
                err.println("  " + p);
            }
            err.flush();
            return null;
        }
    }

    /** The engine with {@code parameters} overriding the bundled values, or {@code null} after saying why not on {@code err}. */
    static ComplianceEngine engineOrReport(Path parameters, PrintWriter err) {
        try {
            return engine(parameters);
        } catch (IllegalArgumentException e) {
            err.println("itut-compliance: --parameters: " + e.getMessage());
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
     * Progress on {@code err} while a long evaluation of {@code submission} runs in a terminal; {@code null}
     * (quiet) otherwise, e.g. when the output is redirected or in tests.
     */
    static ConsoleProgress progress(PrintWriter err, Submission submission) {
        if (System.console() == null) {
            return null;
        }
        long files = submission.origins().values().stream().map(Origin::file).distinct().count();
        return new ConsoleProgress(err, files + (files == 1 ? " file" : " files") + " read, " + submission.size() + " facts",
                System::nanoTime);
    }

    /** A command line ready to execute, with the documented exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(Root.class);
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
            err.println("itut-compliance: " + ex.getMessage());
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
                "1:internal error",
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
            return new String[] {"itut-compliance " + ComplianceEngine.version()};
        }
    }
}
