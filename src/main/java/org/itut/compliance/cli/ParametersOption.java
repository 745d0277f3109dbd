package org.itut.compliance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.itut.compliance.ComplianceEngine;
import picocli.CommandLine.Option;

/** {@code --parameters DIR}, shared by every command that builds the engine. */
final class ParametersOption {
    @Option(names = "--parameters", paramLabel = "DIR",
            description = "A directory of parameter files that override the bundled notice periods, thresholds, editions and holidays.")
    Path directory;

    /** The engine with these overrides, or {@code null} after saying why not on {@code err}. */
    ComplianceEngine engineOrReport(PrintWriter err) {
        return Cli.engineOrReport(directory, false, err);
    }

    /** As {@link #engineOrReport(PrintWriter)}, with the edition policy's strict mode when {@code strictEditions}. */
    ComplianceEngine engineOrReport(PrintWriter err, boolean strictEditions) {
        return Cli.engineOrReport(directory, strictEditions, err);
    }
}
