package org.itut.compliance.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.itut.compliance.io.EvaluationRecord;
import org.itut.compliance.io.ReportText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code replay RECORD}: runs a recorded evaluation again and says whether it reproduces. */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Runs again the evaluation an evaluation record (check --record FILE) describes: the same",
            "command line, the recorded as-of date, from the same directory. Refuses when an input file or a",
            "--parameters file changed, went or came since the record (each is named). Then compares library version,",
            "rule-set and parameter hashes, every input file's hash, the counts, the report hash and the exit code."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the evaluation reproduces the record", "1:internal error",
            "2:bad usage, unreadable record, or the recorded evaluation cannot run: an input file or parameter file",
            "  changed, gone or new since the record (each is named), or input no longer valid",
            "3:the evaluation differs from the record (each difference is listed)"})
final class ReplayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORD", description = "An evaluation record written by check --record.")
    Path recordFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonNode recorded;
        try {
            recorded = EvaluationRecord.read(recordFile);
        } catch (IOException e) {
            err.println("itut-compliance: cannot read the record: " + ReportText.safe(e.getMessage()));
            err.flush();
            return Cli.BAD_INPUT;
        }
        List<String> args = new ArrayList<>();
        recorded.path("arguments").forEach(a -> args.add(a.asText()));
        if (args.isEmpty() || !args.get(0).equals("check")) {
            err.println("itut-compliance: " + recordFile + ": the record's arguments are not a check command: "
                    + ReportText.safe(args.toString()));
            err.flush();
            return Cli.BAD_INPUT;
        }
        List<String> changed = EvaluationRecord.inputChanges(recorded);
        if (!changed.isEmpty()) {
            out.println("Replaying " + recordFile + ": itut-compliance " + String.join(" ", args));
            out.flush();
            err.println("itut-compliance: refused: the inputs are not those the record names, so a replay would be another"
                    + " evaluation (run check for the findings on the inputs as they are now):");
            changed.forEach(c -> err.println("  " + c));
            err.flush();
            return Cli.BAD_INPUT;
        }
        List<String> again = new ArrayList<>(args);
        for (String option : List.of("--as-of", "--format", "--record")) {
            again = Records.without(again, option);
        }
        Path fresh = Files.createTempFile("itut-compliance-replay-", ".json");
        try {
            again.addAll(List.of("--as-of", recorded.path("asOf").asText(), "--format", "json", "--record", fresh.toString()));
            StringWriter replayOut = new StringWriter();
            StringWriter replayErr = new StringWriter();
            CommandLine cl = Cli.commandLine();
            cl.setOut(new PrintWriter(replayOut));
            cl.setErr(new PrintWriter(replayErr));
            int code = cl.execute(again.toArray(String[]::new));
            // The record is input: what it holds is shown, never sent to the terminal as it is.
            out.println("Replaying " + recordFile + ": itut-compliance " + ReportText.safe(String.join(" ", args)));
            if (code != Cli.CLEAN && code != Cli.FINDINGS || Files.size(fresh) == 0) {
                out.flush();
                err.println("itut-compliance: the recorded evaluation cannot run now (exit code " + code + "):");
                err.print(replayErr);  // already made safe by the command that wrote it
                err.flush();
                return Cli.BAD_INPUT;
            }
            JsonNode replayed = EvaluationRecord.read(fresh);
            List<String> diffs = EvaluationRecord.differences(recorded, replayed);
            if (diffs.isEmpty()) {
                out.println("Reproduced: same library, rule set, parameters, " + replayed.path("input").path("files").size()
                        + " input files, counts and report (sha256 " + replayed.path("report").path("sha256").asText() + ").");
                out.flush();
                return Cli.CLEAN;
            }
            out.println("Differs from the record in " + diffs.size() + (diffs.size() == 1 ? " respect:" : " respects:"));
            diffs.forEach(d -> out.println("  " + ReportText.safe(d)));
            out.flush();
            return Cli.FINDINGS;
        } finally {
            Files.deleteIfExists(fresh);
        }
    }
}
