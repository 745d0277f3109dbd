package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code check --due-within}: the obligations view of the bundled register. */
class DueWithinTest {

    @Test
    void should_list_the_duties_due_in_the_window_in_date_order_with_group_target_status_and_basis() {
        // GIVEN the bundled register, WHEN asking what falls due in the four months after 2026-02-15
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--as-of", "2026-02-15", "--due-within", "P4M", "--only", "TOR-");
        // THEN a table of the pending duties, earliest first, each citing its basis
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("obligations due from 2026-02-15 to 2026-06-15 (P4M)")
                .contains("DUE").contains("STATUS").contains("GROUP").contains("TARGET").contains("BASIS")
                .contains("2026-04-01  PENDING           JCG-IoTSec  SG20-2026-05")
                .contains("Terms of reference of JCG-IoTSec (TSAG-R1 Annex D, 2025-05-30) work methods, bullet 3")
                .contains("6 obligations");
        List<String> dates = new ArrayList<>();
        for (String line : r.out().split("\\R")) {
            if (line.matches("^\\d{4}-\\d{2}-\\d{2} .*")) {
                dates.add(line.substring(0, 10));
            }
        }
        assertThat(dates).hasSize(6).isSorted();
        assertThat(dates.get(0)).isEqualTo("2026-02-22");
        // and nothing due before the as-of date is listed
        assertThat(r.out()).doesNotContain("2025-11-03");
    }

    @Test
    void should_write_the_obligations_as_json() throws Exception {
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--as-of", "2026-02-15", "--due-within", "P30D", "--format", "json", "--only", "TOR-");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("schema").asText()).isEqualTo("itut-compliance/obligations/v1");
        assertThat(root.path("through").asText()).isEqualTo("2026-03-17");
        JsonNode first = root.path("obligations").get(0);
        assertThat(first.path("due").asText()).isEqualTo("2026-02-22");
        assertThat(first.path("group").asText()).isEqualTo("JCG-IoTSec");
        assertThat(first.path("target").asText()).isEqualTo("JCG-IoTSec-4");
        assertThat(first.path("status").asText()).isEqualTo("PENDING");
        assertThat(first.path("finding").path("rule").asText()).isEqualTo("TOR-announce-meeting");
        assertThat(root.path("obligations")).hasSize(1);
    }

    @Test
    void should_say_so_when_nothing_falls_due_and_honour_only() {
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--as-of", "2026-02-15", "--due-within", "P1M", "--only", "A1-5.");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No duty falls due in this window.");
    }

    @Test
    void should_refuse_a_period_that_is_not_iso_8601_with_exit_code_2() {
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--as-of", "2026-02-15", "--due-within", "30 days");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--due-within").contains("P30D");
        assertThat(CheckCommandTest.run("check", "--due-within", "P0D").code()).isEqualTo(2);
        CheckCommandTest.Run html = CheckCommandTest.run("check", "--due-within", "P30D", "--format", "html");
        assertThat(html.code()).isEqualTo(2);
        assertThat(html.err()).contains("text or json");
    }
}
