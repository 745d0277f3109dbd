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
import org.itut.compliance.io.ReportSarif;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: evaluates fact files (or the bundled register) and prints the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Evaluates facts and prints compliance findings that cite the clause.",
            "With no PATH it checks the bundled register: the facts of the five source documents."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:clean: no finding at or above the fail level",
            "1:internal error, or the report or record cannot be written",
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

    @Option(names = "--strict-editions",
            description = {"Never judge an act under a text other than the edition in force on its date: findings that",
                "would be carried forward from the newest encoded text (status carried-forward) are INDETERMINATE instead."})
    boolean strictEditions;

    @CommandLine.Mixin
    LimitsOption limits = new LimitsOption();

    @Option(names = "--record", paramLabel = "FILE",
            description = {"Also write an evaluation record (JSON) to FILE: library version, rule-set and parameter hashes,",
                "input files with their SHA-256, as-of date, editions and counts, to replay the audit later",
                "(see the replay command and docs/evaluation-record.md)."})
    Path record;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write the report to FILE instead of the standard output. The file is written whole or not at all",
                "(a temporary file beside it, then moved into place); a write that fails exits with 1."})
    Path output;

    @Option(names = "--sarif-all",
            description = {"With --format sarif, also write the findings that are not failures, as results of kind pass,",
                "notApplicable, open (INDETERMINATE) or informational (PENDING). By default only failures are results:",
                "code-scanning dashboards show every result as an alert."})
    boolean sarifAll;

    @Option(names = "--rule-docs-uri", paramLabel = "URI",
            description = {"With --format sarif, the absolute URI under which the rule pages of docs/rules/ are published,",
                "for each rule's helpUri. Default: ${DEFAULT-VALUE} (from the project url the library was built with)"})
    String ruleDocs = ReportSarif.RULE_DOCS;

    @Override
    public Integer call() {
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
        ReportSarif.Options sarif;
        try {
            sarif = new ReportSarif.Options(sarifAll, ruleDocs);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rule-docs-uri: " + e.getMessage());
        }
        Submission submission = Cli.readOrReport(paths, limits.limits(spec), err);
        if (submission == null) {
            return Cli.BAD_INPUT;
        }
        ComplianceEngine engine = parameters.engineOrReport(err, strictEditions);
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
        String text;
        int code;
        if (window != null) {
            List<Finding> due = report.obligations(date, date.plus(window));
            text = format == Format.json ? ObligationsWriter.json(due, date, window, submission)
                    : ObligationsWriter.text(due, date, window, description);
            code = due.stream().anyMatch(failOn::fails) ? Cli.FINDINGS : Cli.CLEAN;
        } else {
            text = Formats.render(format, report, submission, description, failOn, sarif);
            code = report.findings().stream().anyMatch(failOn::fails) ? Cli.FINDINGS : Cli.CLEAN;
        }
        // The record states the exit code of the check, so it is written after the report.
        int written = Output.write(spec, "--output", output, text, code);
        if (written != code) {
            return written;
        }
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
