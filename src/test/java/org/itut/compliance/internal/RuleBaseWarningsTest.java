package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Some Drools warnings are only logged while the network is built (for example "… causes class
 * reactivity"), not returned with the builder's results that {@link RuleBase#build()} checks. The
 * test logging backend writes to standard error; building the rules must log no warning there, whether
 * they are compiled from DRL or loaded from the executable model the build generated.
 */
class RuleBaseWarningsTest {

    @ParameterizedTest
    @EnumSource(RuleBase.Origin.class)
    void building_the_rules_logs_no_drools_warning(RuleBase.Origin origin) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        RuleBase rules;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            rules = RuleBase.build(origin);
        } finally {
            System.setErr(original);
        }
        List<String> warnings = Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\\R"))
                .filter(l -> l.contains("WARN") && l.contains("org.drools")).toList();
        assertThat(warnings).isEmpty();
        assertThat(rules.origin()).isEqualTo(origin);
        assertThat(rules.metas()).hasSizeGreaterThan(150);
    }
}
