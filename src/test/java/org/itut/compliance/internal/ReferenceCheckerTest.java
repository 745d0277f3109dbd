package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.itut.compliance.Report;
import org.itut.compliance.bench.Corpus;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The plain-Java reference (the benchmarks' lower bound) concludes what the engine concludes when it
 * holds exactly the reference's rules and rules/common, on generated submissions of ~10^3 and ~10^4
 * facts. No timing here: speed is measured by the JMH benchmarks (docs/performance.md).
 */
class ReferenceCheckerTest {
    private static Engine subset;
    private static ReferenceChecker reference;

    @BeforeAll
    static void build() {
        subset = RuleSubset.engine(RuleSubset.commonPlus(ReferenceChecker.RULES));
        reference = new ReferenceChecker(subset);
    }

    @TestFactory
    Stream<DynamicTest> should_conclude_what_the_engine_restricted_to_the_same_rules_concludes() {
        return Stream.of(new long[] {1_000, 1}, new long[] {1_000, 2}, new long[] {1_000, 3}, new long[] {10_000, 42})
                .map(c -> DynamicTest.dynamicTest(c[0] + " facts, seed " + c[1], () -> {
                    // GIVEN a generated submission
                    Submission s = Corpus.of((int) c[0], c[1]);
                    assertThat(s.validate()).isEmpty();
                    // WHEN the engine (subset) and the reference evaluate it
                    Report engine = subset.evaluate(s, Corpus.AS_OF);
                    ReferenceChecker.Result ref = reference.evaluate(s, Corpus.AS_OF);
                    // THEN they conclude the same, and every rule of the subset concluded something
                    assertThat(ref.findings()).containsExactlyElementsOf(engine.findings());
                    assertThat(ref.determinations()).containsExactlyElementsOf(engine.determinations());
                    assertThat(engine.findings()).extracting(f -> f.rule()).contains("TOR-parent", "TOR-report-before-meeting",
                            "RES1-7.3.2-q-threshold");
                    assertThat(engine.determinations()).extracting(d -> d.kind()).contains("group-status", "consultation-decision");
                }));
    }

    @TestFactory
    Stream<DynamicTest> should_conclude_what_the_engine_concludes_on_the_register() throws Exception {
        Submission register = org.itut.compliance.io.FactReader.readRegister();
        return Stream.of(java.time.LocalDate.of(2026, 2, 15), java.time.LocalDate.of(2026, 4, 4))
                .map(asOf -> DynamicTest.dynamicTest("register as of " + asOf, () -> {
                    Report engine = subset.evaluate(register, asOf);
                    ReferenceChecker.Result ref = reference.evaluate(register, asOf);
                    assertThat(ref.findings()).containsExactlyElementsOf(engine.findings());
                    assertThat(ref.determinations()).containsExactlyElementsOf(engine.determinations());
                }));
    }
}
