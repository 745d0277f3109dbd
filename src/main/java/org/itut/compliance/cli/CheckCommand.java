package org.itut.compliance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.ObligationsWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: evaluates fact files (or the bundled register) and prints the findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Evaluates facts and prints compliance findings that cite the clause.",
            "With no PATH it checks the bundled register: the facts of the five source documents."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:clean: no finding at or above the fail level",
            "1:internal error",
            "2:bad usage or bad input (every problem is listed with file, line and path)",
            "3:findings at or above the fail level"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit, markdown, html }

    /** How serious a finding must be for the exit code to be 3. */
    enum FailOn {
        violation, warning, indeterminate, none;

        boolean fails(Finding f) {
            return switch (this) {
                case violation -> f.failsAt(Level.VIOLATION);
                case warning -> f.failsAt(Level.WARNING);
                case indeterminate -> f.failsAt(Level.WARNING) || f.outcome() == Outcome.INDETERMINATE;
                case none -> false;
            };
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Fact files (.yaml, .yml, .json) or directories of them. Default: the bundled register.")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    AsOfOption asOf = new AsOfOption();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = {"Exit with 3 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
                "violation: failures of 'shall' provisions; warning: also 'should' ones;",
                "indeterminate: also findings that could not be decided for lack of a fact; none: never."})
    FailOn failOn = FailOn.violation;

    @Option(names = "--only", paramLabel = "PREFIX", split = ",",
            description = "Keep only findings of rules whose id starts with PREFIX (e.g. A1-1.6, TOR-). Repeatable.")
    List<String> only = new ArrayList<>();

    @Option(names = "--due-within", paramLabel = "PERIOD",
            description = {"Print the obligations view instead: every duty falling due from the as-of date to the as-of date",
                "plus PERIOD (ISO-8601, e.g. P30D, P2M, P1Y), in date order, with group, target, due date, status and basis.",
                "Formats text and json only. The exit code then looks at the listed obligations only."})
    String dueWithin;

    @CommandLine.Mixin
    ParametersOption parameters = new ParametersOption();

    @CommandLine.Mixin
    LimitsOption limits = new LimitsOption();

    @Option(names = "--record", paramLabel = "FILE",
            description = {"Also write an evaluation record (JSON) to FILE: library version, rule-set and parameter hashes,",
                "input files with their SHA-256, as-of date, editions and counts, to replay the audit later",
                "(see the replay command and docs/evaluation-record.md)."})
    Path record;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf.date(spec);
        Period window = null;
        if (dueWithin != null) {
            try {
                window = Period.parse(dueWithin);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--due-within: \"" + dueWithin + "\" is not a period; expected ISO-8601 such as P30D, P2M or P1Y");
            }
            if (window.isNegative() || window.isZero()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--due-within: \"" + dueWithin + "\" must be a positive period such as P30D");
            }
            if (format != Format.text && format != Format.json) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--due-within prints the obligations view as text or json, not " + format);
            }
        }
        Submission submission = Cli.readOrReport(paths, limits.limits(spec), err);
        if (submission == null) {
            return Cli.BAD_INPUT;
        }
        ComplianceEngine engine = parameters.engineOrReport(err);
        if (engine == null) {
            return Cli.BAD_INPUT;
        }
        String description = (paths.isEmpty() ? "bundled register" : paths.size() + (paths.size() == 1 ? " path" : " paths"))
                + ", " + submission.size() + " facts";
        ConsoleProgress progress = Cli.progress(err, submission);
        Report report = filter(engine.evaluate(submission, date, progress));
        if (progress != null) {
            progress.done();
        }
        if (window != null) {
            List<Finding> due = report.obligations(date, date.plus(window));
            out.print(format == Format.json ? ObligationsWriter.json(due, date, window)
                    : ObligationsWriter.text(due, date, window, description));
            out.flush();
            int dueCode = due.stream().anyMatch(failOn::fails) ? Cli.FINDINGS : Cli.CLEAN;
            return record == null ? dueCode : Records.write(spec, record, engine, report, submission, paths, parameters.directory, dueCode);
        }
        out.print(Formats.render(format, report, submission, description));
        out.flush();
        int code = report.findings().stream().anyMatch(failOn::fails) ? Cli.FINDINGS : Cli.CLEAN;
        return record == null ? code : Records.write(spec, record, engine, report, submission, paths, parameters.directory, code);
    }

    private Report filter(Report r) {
        if (only.isEmpty()) {
            return r;
        }
        return new Report(r.asOf(), r.findings().stream().filter(f -> only.stream().anyMatch(f.rule()::startsWith)).toList(),
                r.determinations(), r.rules().stream().filter(x -> only.stream().anyMatch(x.id()::startsWith)).toList(),
                r.editions());
    }
}
