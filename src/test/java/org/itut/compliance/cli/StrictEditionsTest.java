package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --strict-editions}: a finding that would be judged under a text carried forward is INDETERMINATE instead. */
class StrictEditionsTest {

    private static List<JsonNode> findings(String... args) throws Exception {
        CliRun.Result r = CliRun.run(args);
        assertThat(r.err()).isEmpty();
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(r.out()).path("findings").forEach(out::add);
        return out;
    }

    @Test
    void should_show_every_carried_forward_finding_of_the_register_as_indeterminate_with_the_reason() throws Exception {
        // GIVEN the bundled register, judged once by default and once with strict editions
        List<JsonNode> lenient = findings("check", "--as-of", "2026-02-15", "--format", "json");
        List<JsonNode> strict = findings("check", "--as-of", "2026-02-15", "--format", "json", "--strict-editions");
        // THEN the default report carries findings forward, and the strict one decides none of them
        long carried = lenient.stream().filter(f -> f.path("citation").path("status").asText().equals("carried-forward")).count();
        assertThat(carried).isPositive();
        assertThat(strict).hasSameSizeAs(lenient);
        assertThat(strict).filteredOn(f -> f.path("citation").path("status").asText().equals("carried-forward"))
                .hasSize((int) carried)
                .allSatisfy(f -> {
                    assertThat(f.path("outcome").asText()).isEqualTo("INDETERMINATE");
                    assertThat(f.path("message").asText()).startsWith("Strict editions:").contains("not encoded");
                });
        // ... while findings judged under the edition in force's own text are the same either way
        List<String> own = lenient.stream().filter(f -> !f.path("citation").path("status").asText().equals("carried-forward"))
                .map(JsonNode::toString).toList();
        assertThat(strict.stream().filter(f -> !f.path("citation").path("status").asText().equals("carried-forward"))
                .map(JsonNode::toString).toList()).isEqualTo(own);
    }

    @Test
    void should_explain_a_rule_under_strict_editions() {
        CliRun.Result r = CliRun.run("explain", "RES1-4.3-tsag-monitors-jcas", "--as-of", "2026-02-15", "--strict-editions");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("INDETERMINATE").contains("Strict editions");
        CliRun.Result lenient = CliRun.run("explain", "RES1-4.3-tsag-monitors-jcas", "--as-of", "2026-02-15");
        assertThat(lenient.out()).contains("PASS").contains("carried-forward");
    }
}
