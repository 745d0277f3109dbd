package org.itut.compliance.cli;

import java.time.LocalDate;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}, shared by the commands that evaluate. */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date to judge on (YYYY-MM-DD). Duties due later are PENDING. Default: today in Geneva.")
    String text;

    /** The date named, or today in Geneva when none is. */
    LocalDate date(CommandLine.Model.CommandSpec spec) {
        return Cli.asOf(spec, text);
    }
}
