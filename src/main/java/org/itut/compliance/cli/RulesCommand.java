package org.itut.compliance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.io.RuleCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules}: the catalogue of every rule, as text, JSON or Markdown (the pages of docs/rules/). */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Lists every rule: id, citation, status, default level, title, provision-catalogue entries,",
            "the dated parameters it reads (with their values per edition) and its interpretation notes.",
            "With --format markdown --output DIR it writes the pages of docs/rules/:",
            "  " + RuleCatalogue.REGENERATE},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:internal error, or the output cannot be written", "2:bad usage or bad --parameters"})
final class RulesCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Option(names = "--output", paramLabel = "PATH",
            description = {"Write to PATH instead of the standard output. For markdown, a directory receives one index",
                "(README.md) and one page per rule folder, and stale generated pages in it are removed;",
                "a PATH ending in .md receives the whole catalogue as one page."})
    Path output;

    @Option(names = "--only", paramLabel = "PREFIX", split = ",",
            description = "Only rules whose id starts with PREFIX (e.g. A1-1.6, TOR-). Repeatable.")
    List<String> only = new ArrayList<>();

    @CommandLine.Mixin
    ParametersOption parameters = new ParametersOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ComplianceEngine engine = parameters.engineOrReport(err);
        if (engine == null) {
            return Cli.BAD_INPUT;
        }
        RuleCatalogue catalogue = RuleCatalogue.of(engine).only(only);
        try {
            if (output == null || format != Format.markdown || output.toString().endsWith(".md")) {
                return Output.write(spec, "--output", output, text(catalogue), Cli.CLEAN);
            }
            int n = writePages(catalogue.pages(), output);
            out.println("itut-compliance: wrote " + n + " pages to " + output);
            out.flush();
        } catch (IOException e) {
            err.println("itut-compliance: --output: cannot write " + output + ": " + e.getMessage());
            err.flush();
            return Cli.INTERNAL_ERROR;
        }
        return Cli.CLEAN;
    }

    private String text(RuleCatalogue catalogue) {
        return switch (format) {
            case text -> catalogue.text();
            case json -> catalogue.json();
            case markdown -> catalogue.markdown();
        };
    }

    /** Writes the pages and removes generated pages that are no longer produced; returns how many were written. */
    static int writePages(Map<String, String> pages, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> stale;
        try (Stream<Path> s = Files.list(dir)) {
            stale = s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !pages.containsKey(p.getFileName().toString())).toList();
        }
        for (Path p : stale) {
            if (Files.readString(p, StandardCharsets.UTF_8).startsWith(RuleCatalogue.generatedMarker())) {
                Files.delete(p);
            }
        }
        for (Map.Entry<String, String> e : pages.entrySet()) {
            Output.atomically(dir.resolve(e.getKey()), e.getValue());
        }
        return pages.size();
    }
}
