package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.itut.compliance.Outcome;
import org.junit.jupiter.api.Test;

/** A rule is covered when the suite saw it both failing and passing; other outcomes do not count. */
class RuleCoverageTest {

    @Test
    void should_need_both_a_failure_and_a_pass() {
        assertThat(RuleCoverageListener.gaps(Map.of(Outcome.FAIL, 2L, Outcome.PASS, 1L))).isEmpty();
        assertThat(RuleCoverageListener.gaps(Map.of(Outcome.PASS, 3L, Outcome.INDETERMINATE, 4L))).containsExactly("FAIL");
        assertThat(RuleCoverageListener.gaps(Map.of(Outcome.FAIL, 1L, Outcome.PENDING, 1L))).containsExactly("PASS");
        assertThat(RuleCoverageListener.gaps(Map.of())).containsExactly("FAIL", "PASS");
    }
}
