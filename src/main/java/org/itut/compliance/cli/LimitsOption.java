package org.itut.compliance.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itut.compliance.io.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --limit NAME=VALUE}, shared by every command that reads facts. */
final class LimitsOption {
    @Option(names = "--limit", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = {"Raise or lower a reading limit (repeatable): file-size (bytes; K, M, G accepted), facts, values,",
                "string-length, depth, aliases (0 refuses YAML aliases), documents (per file).",
                "Defaults and why: docs/facts-format.md, \"Limits\"."})
    Map<String, String> limits = new LinkedHashMap<>();

    /** The limits asked for, or a usage error naming the bad one. */
    ReadLimits limits(CommandLine.Model.CommandSpec spec) {
        ReadLimits out = ReadLimits.DEFAULTS;
        for (Map.Entry<String, String> e : limits.entrySet()) {
            try {
                out = out.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit: " + ex.getMessage());
            }
        }
        return out;
    }
}
