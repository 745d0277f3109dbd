package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The verify-phase check of rule coverage (run by failsafe after surefire): every shipped rule was
 * seen by the test suite both failing and passing. It reads target/rule-coverage.json, which
 * {@link RuleCoverageListener} wrote at the end of the surefire run; a filtered run (-Dtest=...) is
 * not checked.
 */
class RuleCoverageIT {

    @Test
    void every_shipped_rule_was_exercised_failing_and_passing() throws Exception {
        Path json = Path.of("target", "rule-coverage.json");
        assertThat(json).as("the rule-coverage report of the surefire run (run mvn verify, not failsafe alone)").exists();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Assumptions.assumeTrue(root.path("complete").asBoolean(),
                "the surefire run was partial" + (root.path("filter").isNull() ? "" : " (-Dtest=" + root.path("filter").asText() + ")")
                        + ": rule coverage is checked on a full run only");
        assertThat(root.path("rules").asInt()).as("shipped rules").isPositive();
        List<String> lacking = new ArrayList<>();
        root.path("lacking").forEach(n -> lacking.add(n.asText()));
        assertThat(lacking)
                .as("rules the test suite never saw failing or never saw passing (see target/rule-coverage.md); "
                        + "add a case that flags and one that passes to the rule's case file")
                .isEmpty();
        assertThat(Files.readString(Path.of("target", "rule-coverage.md"))).contains("# Rule coverage");
    }
}
