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
        for (CaseFiles.Expected x : c.expect()) {
            Finding f = actual.stream().filter(a -> key(a).equals(x.key())).findFirst().orElseThrow();
            String about = x.key() + " in \"" + c.name() + "\"";
            if (x.clause() != null) {
                assertThat(f.citation().clause()).as("clause of " + about).isEqualTo(x.clause());
            }
            if (x.edition() != null) {
                assertThat(f.citation().edition()).as("edition of " + about).isEqualTo(x.edition());
            }
            if (x.instrument() != null) {
                assertThat(f.citation().instrument()).as("instrument of " + about).isEqualTo(x.instrument());
            }
            if (x.status() != null) {
                assertThat(f.citation().status().tag()).as("status of " + about).isEqualTo(x.status());
            }
            if (x.due() != null) {
                assertThat(String.valueOf(f.due())).as("due date of " + about).isEqualTo(x.due());
            }
            if (x.message() != null) {
                assertThat(f.message()).as("message of " + about).contains(x.message());
            }
        }
    }

    static String key(Finding f) {
        return f.rule() + " | " + f.subject() + " | " + f.outcome() + (f.level() == null ? "" : " " + f.level());
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> "  " + key(f) + " — " + f.message() + " [" + f.citation() + "]"
                        + (f.due() == null ? "" : " due " + f.due()))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
