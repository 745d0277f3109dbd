package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line starts loading the rules at once only when the command will need them. */
class MainTest {

    @Test
    void should_prefetch_the_rules_for_the_commands_that_evaluate_or_list_them() {
        assertThat(Main.needsRules(new String[] {"check", "--as-of", "2026-02-15"})).isTrue();
        assertThat(Main.needsRules(new String[] {"--as-of=2026-02-15", "check"})).isTrue();
        assertThat(Main.needsRules(new String[] {"rules", "--format", "markdown"})).isTrue();
        assertThat(Main.needsRules(new String[] {"explain", "A1-1.6-ca-authorization"})).isTrue();
        assertThat(Main.needsRules(new String[] {"replay", "record.json"})).isTrue();
    }

    @Test
    void should_not_prefetch_the_rules_for_help_the_version_or_no_command() {
        assertThat(Main.needsRules(new String[] {})).isFalse();
        assertThat(Main.needsRules(new String[] {"--version"})).isFalse();
        assertThat(Main.needsRules(new String[] {"check", "--help"})).isFalse();
        assertThat(Main.needsRules(new String[] {"help", "check"})).isFalse();
        assertThat(Main.needsRules(new String[] {"chek"})).isFalse();
    }
}
