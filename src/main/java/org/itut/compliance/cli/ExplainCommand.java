package org.itut.compliance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Editions;
import org.itut.compliance.internal.EngineAccess;
import org.itut.compliance.io.Explanation;
import org.itut.compliance.io.RuleCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explain RULE [PATH...]}: one rule's citation, paraphrase and parameters, and its outcome per subject. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Explains one rule: its citation, its paraphrase (title, provision-catalogue entries and",
            "interpretation notes), the dated parameters it reads with their value in each edition, and, for the",
            "facts given (default: the bundled register), each subject's outcome with the facts behind it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained", "1:internal error", "2:bad usage, unknown rule or bad input"})
final class ExplainCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", description = "The rule id, e.g. A1-1.6-ca-convener (see the rules command).")
    String rule;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH",
            description = "Fact files (.yaml, .yml, .json) or directories of them. Default: the bundled register.")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    AsOfOption asOf = new AsOfOption();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @CommandLine.Mixin
    ParametersOption parameters = new ParametersOption();

    @Option(names = "--strict-editions",
            description = {"Never judge an act under a text other than the edition in force on its date: findings that",
                "would be carried forward from the newest encoded text (status carried-forward) are INDETERMINATE instead."})
    boolean strictEditions;

    @CommandLine.Mixin
    LimitsOption limits = new LimitsOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf.date(spec);
        ComplianceEngine engine = parameters.engineOrReport(err, strictEditions);
        if (engine == null) {
            return Cli.BAD_INPUT;
        }
        RuleCatalogue catalogue = RuleCatalogue.of(engine);
        Optional<RuleCatalogue.Entry> entry = catalogue.entry(rule);
        if (entry.isEmpty()) {
            List<String> like = catalogue.entries().stream().map(RuleCatalogue.Entry::id)
                    .filter(id -> id.toLowerCase(Locale.ROOT).contains(rule.toLowerCase(Locale.ROOT))).toList();
            err.println("itut-compliance: no rule \"" + org.itut.compliance.io.ReportText.safe(rule) + "\"" + (like.isEmpty()
                    ? "; list the rules with: itut-compliance rules"
                    : "; did you mean " + String.join(", ", like.subList(0, Math.min(10, like.size())))
                    + (like.size() > 10 ? " (and " + (like.size() - 10) + " more)" : "") + "?"));
            err.flush();
            return Cli.BAD_INPUT;
        }
        Submission submission = Cli.readOrReport(paths, limits.limits(spec), err);
        if (submission == null) {
            return Cli.BAD_INPUT;
        }
        String description = (paths.isEmpty() ? "bundled register" : paths.size() + (paths.size() == 1 ? " path" : " paths"))
                + ", " + submission.size() + " facts";
        ConsoleProgress progress = Cli.progress(err, submission);
        Report report = engine.evaluate(submission, date, progress);
        if (progress != null) {
            progress.done();
        }
        RuleCatalogue.Entry e = entry.get();
        Editions editions = EngineAccess.of(engine).parameters().editions();
        List<Editions.Edition> eds = editions.knows(e.instrumentKey()) ? editions.editions(e.instrumentKey()) : List.of();
        Explanation x = new Explanation(e, catalogue.fileNotes(e.info().file()), eds, report, submission, description);
        out.print(format == Format.json ? x.json() : x.text());
        out.flush();
        return Cli.CLEAN;
    }
}
