package org.itut.compliance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.EvaluationRecord;
import org.itut.compliance.io.InputFiles;
import org.itut.compliance.io.ReportText;
import picocli.CommandLine;

/** Writes the evaluation record of {@code check --record FILE}. */
final class Records {
    private Records() {
    }

    /** Writes the record and returns {@code exitCode}, or {@link Cli#INTERNAL_ERROR} when the file cannot be written. */
    static int write(CommandLine.Model.CommandSpec spec, Path file, ComplianceEngine engine, Report report, Submission submission,
                     List<Path> paths, Path parameters, int exitCode) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            EvaluationRecord.Inputs inputs = paths.isEmpty()
                    ? new EvaluationRecord.Inputs("bundled register", List.of(), InputFiles.register(), submission.size())
                    : new EvaluationRecord.Inputs("files", paths.stream().map(Path::toString).toList(), InputFiles.of(paths),
                            submission.size());
            String text = EvaluationRecord.write(EvaluationRecord.tree(engine, report, inputs,
                    parameters == null ? null : parameters.toString(), arguments(spec), exitCode));
            return Output.write(spec, "--record", file, text, exitCode);
        } catch (IOException e) {
            err.println("itut-compliance: --record: cannot read the input files to hash them: " + ReportText.safe(e.getMessage()));
            err.flush();
            return Cli.INTERNAL_ERROR;
        }
    }

    /** The command line as given, without the {@code --record} option: what a replay runs again. */
    static List<String> arguments(CommandLine.Model.CommandSpec spec) {
        return without(originalArgs(spec), "--record");
    }

    private static List<String> originalArgs(CommandLine.Model.CommandSpec spec) {
        CommandLine top = spec.commandLine();
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getParseResult().originalArgs();
    }

    /** {@code args} without the option {@code name} and its value (written {@code name value} or {@code name=value}). */
    static List<String> without(List<String> args, String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name)) {
                i++;
            } else if (!a.startsWith(name + "=")) {
                out.add(a);
            }
        }
        return out;
    }
}
