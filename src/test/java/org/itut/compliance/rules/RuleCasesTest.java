package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.itut.compliance.Finding;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of every case file against the rules of its mirrored rule file. */
class RuleCasesTest {

    @TestFactory
    Collection<DynamicNode> every_case_file_holds() {
        List<DynamicNode> files = new ArrayList<>();
        for (String rel : CaseFiles.caseFiles()) {
            CaseFiles.CaseFile file = CaseFiles.load(rel);
            List<DynamicNode> cases = file.cases().stream()
                    .map(c -> (DynamicNode) DynamicTest.dynamicTest(c.name(), () -> check(file, c))).toList();
            files.add(DynamicContainer.dynamicContainer(rel, cases));
        }
        return files;
    }

    static List<Finding> run(CaseFiles.CaseFile file, CaseFiles.Case c) {
        Report report = TestEngine.get().evaluate(c.given(), c.asOf());
        return report.findings().stream().filter(f -> file.rules().contains(f.rule())).toList();
    }

    private static void check(CaseFiles.CaseFile file, CaseFiles.Case c) {
        List<Finding> actual = run(file, c);
        List<String> actualKeys = actual.stream().map(RuleCasesTest::key).sorted().toList();
        List<String> expectedKeys = c.expect().stream().map(CaseFiles.Expected::key).sorted().toList();
        assertThat(actualKeys)
                .as("findings of %s for \"%s\"; actual:%n%s", file.relative(), c.name(), describe(actual))
                .isEqualTo(expectedKeys);
        // Each expectation is matched to its own finding: among findings with the same rule, subject,
        // outcome and level, one that also satisfies the expectation's optional fields.
        List<Finding> unused = new java.util.ArrayList<>(actual);
        List<CaseFiles.Expected> ordered = c.expect().stream()
                .sorted(java.util.Comparator.comparingInt(RuleCasesTest::optionalFields).reversed()).toList();
        for (CaseFiles.Expected x : ordered) {
            Finding f = unused.stream().filter(a -> key(a).equals(x.key()) && satisfies(a, x)).findFirst().orElse(null);
            assertThat(f).as("a finding %s%s in \"%s\"; candidates:%n%s", x.key(), describeOptional(x), c.name(),
                    describe(unused.stream().filter(a -> key(a).equals(x.key())).toList())).isNotNull();
            unused.remove(f);
        }
    }

    private static int optionalFields(CaseFiles.Expected x) {
        int n = 0;
        for (String v : new String[] {x.clause(), x.edition(), x.instrument(), x.status(), x.due(), x.message(), x.missing()}) {
            n += v == null ? 0 : 1;
        }
        return n;
    }

    private static boolean satisfies(Finding f, CaseFiles.Expected x) {
        return (x.clause() == null || f.citation().clause().equals(x.clause()))
                && (x.edition() == null || f.citation().edition().equals(x.edition()))
                && (x.instrument() == null || f.citation().instrument().equals(x.instrument()))
                && (x.status() == null || f.citation().status().tag().equals(x.status()))
                && (x.due() == null || String.valueOf(f.due()).equals(x.due()))
                && (x.message() == null || f.message().contains(x.message()))
                && (x.missing() == null || f.missing().stream().anyMatch(m -> m.describe().contains(x.missing())));
    }

    private static String describeOptional(CaseFiles.Expected x) {
        StringBuilder sb = new StringBuilder();
        if (x.clause() != null) { sb.append(" clause ").append(x.clause()); }
        if (x.edition() != null) { sb.append(" edition ").append(x.edition()); }
        if (x.instrument() != null) { sb.append(" instrument ").append(x.instrument()); }
        if (x.status() != null) { sb.append(" status ").append(x.status()); }
        if (x.due() != null) { sb.append(" due ").append(x.due()); }
        if (x.message() != null) { sb.append(" message containing \"").append(x.message()).append('"'); }
        if (x.missing() != null) { sb.append(" missing fact containing \"").append(x.missing()).append('"'); }
        return sb.toString();
    }

    static String key(Finding f) {
        return f.rule() + " | " + f.subject() + " | " + f.outcome() + (f.level() == null ? "" : " " + f.level());
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> "  " + key(f) + " — " + f.message() + " [" + f.citation() + "]"
                        + (f.due() == null ? "" : " due " + f.due())
                        + (f.missing().isEmpty() ? "" : " missing " + f.missing().stream().map(org.itut.compliance.MissingFact::describe)
                                .collect(Collectors.joining("; "))))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
