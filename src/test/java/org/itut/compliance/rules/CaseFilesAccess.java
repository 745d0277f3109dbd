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

    /** A case's facts and as-of date. */
    public record Case(org.itut.compliance.facts.Submission given, java.time.LocalDate asOf) {
    }
}
