package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Some Drools warnings are only logged while the network is built (for example "… causes class
 * reactivity"), not returned with the builder's results that {@link RuleBase#build()} checks. The
 * test logging backend writes to standard error; building the rules must log no warning there.
 */
class RuleBaseWarningsTest {

    @Test
    void building_the_rules_logs_no_drools_warning() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            RuleBase.build();
        } finally {
            System.setErr(original);
        }
        List<String> warnings = Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\\R"))
                .filter(l -> l.contains("WARN") && l.contains("org.drools")).toList();
        assertThat(warnings).isEmpty();
    }
}
