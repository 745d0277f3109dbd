package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.itut.compliance.Level;
import org.itut.compliance.Status;
import org.junit.jupiter.api.Test;

/** Drools can return metadata values with their quotes (drools-notes trap 2); they are normalised once. */
class RuleMetaTest {

    @Test
    void should_strip_quotes_drools_leaves_on_metadata_values() {
        assertThat(RuleMeta.clean("\"A.1 5.7\"")).isEqualTo("A.1 5.7");
        assertThat(RuleMeta.clean("'10/2016'")).isEqualTo("10/2016");
        assertThat(RuleMeta.clean("  1.6 ")).isEqualTo("1.6");
        assertThat(RuleMeta.clean("\"\"")).isNull();
    }

    @Test
    void should_read_quoted_and_unquoted_metadata_alike() {
        Map<String, Object> quoted = Map.of("instrument", "\"A.1\"", "edition", "\"10/2016\"", "clause", "\"1.6\"",
                "title", "\"t\"", "level", "\"WARNING\"", "status", "\"verified\"", "catalogue", "\"A, B\"");
        RuleMeta m = RuleMeta.from("A1-1.6-x", quoted, "rules/a1/c1/1.6.drl");
        assertThat(m.instrument()).isEqualTo("A.1");
        assertThat(m.level()).isEqualTo(Level.WARNING);
        assertThat(m.status()).isEqualTo(Status.VERIFIED);
        assertThat(m.catalogue()).containsExactly("A", "B");
    }

    @Test
    void should_refuse_a_rule_without_its_citation_metadata_naming_the_file() {
        assertThatThrownBy(() -> RuleMeta.from("A1-1.6-x", Map.of("instrument", "A.1", "title", "t"), "rules/a1/c1/1.6.drl"))
                .hasMessageContaining("rules/a1/c1/1.6.drl").hasMessageContaining("@clause").hasMessageContaining("@edition");
    }

    @Test
    void should_refuse_an_unverified_rule_that_defaults_to_violation() {
        Map<String, Object> raw = Map.of("instrument", "A.7", "edition", "08/2024", "clause", "2.1", "title", "t",
                "level", "VIOLATION", "status", "unverified");
        assertThatThrownBy(() -> RuleMeta.from("A7-2.1-x", raw, "rules/a7/2.1.drl")).hasMessageContaining("unverified");
    }
}
