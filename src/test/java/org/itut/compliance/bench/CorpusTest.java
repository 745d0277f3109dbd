package org.itut.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Test;

/** The benchmark corpus is valid, reproducible, of the size asked, and exercises most of the rule base. */
class CorpusTest {

    @Test
    void should_generate_valid_submissions_of_at_least_the_size_asked() {
        for (int n : new int[] {1, 1_000, 20_000}) {
            // GIVEN / WHEN a corpus of n facts
            Submission s = Corpus.of(n, 7);
            // THEN it validates and is no more than one sector larger than asked
            assertThat(s.validate()).as("problems at %d facts", n).isEmpty();
            assertThat(s.size()).isGreaterThanOrEqualTo(n).isLessThan(Math.max(n, 3 * 250) + 250);
        }
    }

    @Test
    void should_give_the_same_facts_for_the_same_seed_and_others_for_another() {
        assertThat(Corpus.of(2_000, 11)).isEqualTo(Corpus.of(2_000, 11));
        assertThat(Corpus.of(2_000, 11)).isNotEqualTo(Corpus.of(2_000, 12));
    }

    @Test
    void should_make_nearly_every_rule_fire_at_a_thousand_facts() {
        // GIVEN the full engine (not the shared test engine: generated facts must not count towards the
        // case files' rule coverage) and a corpus of ~10^3 facts
        ComplianceEngine engine = ComplianceEngine.create();
        // WHEN it is evaluated
        Report report = engine.evaluate(Corpus.of(1_000, 42), Corpus.AS_OF);
        // THEN at least 95 % of the checking rules make a finding, and every outcome occurs
        Map<String, Integer> per = Coverage.findingsPerRule(engine, report);
        long firing = per.values().stream().filter(n -> n > 0).count();
        assertThat(firing).as("rules that fire, of %d", per.size()).isGreaterThanOrEqualTo((long) Math.ceil(0.95 * per.size()));
        assertThat(report.findings()).extracting(f -> f.outcome().name())
                .contains("PASS", "FAIL", "PENDING", "INDETERMINATE", "NOT_APPLICABLE");
    }
}
