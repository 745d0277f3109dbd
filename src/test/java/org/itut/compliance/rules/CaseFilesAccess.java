package org.itut.compliance.rules;

import java.util.List;

/** The case files, for tests in other packages. */
public final class CaseFilesAccess {
    private CaseFilesAccess() {
    }

    public static List<String> caseFiles() {
        return CaseFiles.caseFiles();
    }

    public static List<Case> cases(String file) {
        return CaseFiles.load(file).cases().stream().map(c -> new Case(c.given(), c.asOf())).toList();
    }

    /**
     * The {@code given} facts of each case of {@code file}, as the tree the harness reads them from (before
     * {@code FactReader} sees them): for the facts-schema test, which validates what a user would write.
     */
    public static List<com.fasterxml.jackson.databind.JsonNode> givens(String file) {
        try {
            com.fasterxml.jackson.databind.JsonNode root = CaseFiles.YAML.readTree(CaseFiles.root("cases").resolve(file).toFile());
            List<com.fasterxml.jackson.databind.JsonNode> out = new java.util.ArrayList<>();
            root.path("cases").forEach(c -> out.add(c.path("given")));
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A case's facts and as-of date. */
    public record Case(org.itut.compliance.facts.Submission given, java.time.LocalDate asOf) {
    }
}
