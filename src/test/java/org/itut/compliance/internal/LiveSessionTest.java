package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.bench.Corpus;
import org.itut.compliance.facts.Reply;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Test;

/**
 * The session the retained-heap benchmark and the ablation keep open is the one the engine evaluates: a
 * session built any other way (without the listener that tells rules which match fires, say) fails on
 * the first rule that reads the inventories, or measures something the engine never runs.
 */
class LiveSessionTest {
    @Test
    void should_conclude_what_the_engine_concludes_on_a_generated_submission() {
        // GIVEN the whole rule base and a generated submission of ~10^3 facts
        Engine engine = EngineAccess.of(TestEngine.get());
        Submission s = Corpus.of(1_000, 7);
        // WHEN it is evaluated once by the engine and once in a session left open
        Report evaluated = engine.evaluate(s, Corpus.AS_OF);
        try (LiveSession live = LiveSession.open(engine, s, Corpus.AS_OF)) {
            // THEN the open session holds the same findings and determinations, and more facts than were inserted
            assertThat(live.report().findings()).containsExactlyElementsOf(evaluated.findings());
            assertThat(live.report().determinations()).containsExactlyElementsOf(evaluated.determinations());
            assertThat(live.fired()).isPositive();
            assertThat(live.factCount()).isGreaterThan(s.all().size());
        }
    }

    @Test
    void should_count_per_rule_the_firings_one_change_causes_and_leave_the_report_as_a_fresh_evaluation() {
        // GIVEN an open session of a generated submission, and one of its replies
        Engine engine = EngineAccess.of(TestEngine.get());
        Submission s = Corpus.of(1_000, 7);
        Reply reply = s.replies().get(s.replies().size() / 2);
        Report evaluated = engine.evaluate(s, Corpus.AS_OF);
        try (LiveSession live = LiveSession.open(engine, s, Corpus.AS_OF)) {
            // WHEN the reply is taken out and put back
            Map<String, Integer> perRule = live.change(reply, reply);
            // THEN the consultation's tally is judged again, not the rule base, and the report is unchanged
            assertThat(perRule).containsKey("RES1-7.3.2-tally");
            assertThat(perRule.values().stream().mapToInt(Integer::intValue).sum()).isLessThan(live.fired() / 100);
            assertThat(live.report().findings()).containsExactlyElementsOf(evaluated.findings());
            // AND a fact the session does not hold is refused, not silently inserted
            assertThatThrownBy(() -> live.change("not a fact of the session", reply))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in working memory");
        }
    }
}
