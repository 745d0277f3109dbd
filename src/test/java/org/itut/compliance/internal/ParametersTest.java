package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersTest {

    @TempDir
    Path dir;

    @Test
    void should_carry_a_clause_and_a_source_for_every_bundled_value() {
        for (Parameter p : Parameters.bundled().all()) {
            assertThat(p.clause()).as(p.name()).isNotBlank();
            assertThat(p.source()).as(p.name()).startsWith("parameters/");
        }
    }

    @Test
    void should_let_a_user_override_a_value_register_an_edition_and_add_holidays() throws Exception {
        Files.createDirectories(dir.resolve("a1"));
        Files.writeString(dir.resolve("a1/mine.yaml"), """
                instrument: A.1
                edition: "10/2016"
                values:
                  contribution-deadline: {period: P10D, clause: "3.1.8", note: local practice}
                """);
        Files.writeString(dir.resolve("editions.yaml"), """
                instruments:
                  - instrument: Res. 1
                    name: WTSA Res. 1
                    editions:
                      - {edition: "2016", label: "Rev. Hammamet, 2016", from: 2016-11-03, encoded: true}
                      - {edition: "2022", label: "Rev. Geneva, 2022", from: 2022-03-09, encoded: true}
                      - {edition: "2024", label: "Rev. New Delhi, 2024", from: 2024-10-24, encoded: false}
                """);
        Files.writeString(dir.resolve("holidays.yaml"), "holidays: [2026-04-03]\n");
        Parameters p = Parameters.bundled().overriddenBy(dir);
        assertThat(p.get("A.1", "10/2016", "contribution-deadline").period()).isEqualTo(Period.ofDays(10));
        assertThat(p.editions().inForce("Res. 1", LocalDate.of(2026, 2, 3))).hasValueSatisfying(e -> assertThat(e.edition()).isEqualTo("2024"));
        assertThat(p.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        // Thu 2026-04-02 + 1 working day skips Good Friday and the weekend.
        assertThat(p.plusWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(Parameters.bundled().get("A.1", "10/2016", "contribution-deadline").period()).isEqualTo(Period.ofDays(12));
    }

    @Test
    void should_count_working_days_over_a_weekend_both_ways() {
        Parameters p = Parameters.bundled();
        assertThat(p.plusWorkingDays(LocalDate.of(2025, 11, 20), 3)).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(p.minusWorkingDays(LocalDate.of(2026, 6, 15), 7)).isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void should_name_the_file_and_key_of_a_bad_override() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), """
                instrument: A.1
                edition: "10/2016"
                values:
                  contribution-deadline: {period: twelve days, clause: "3.1.8"}
                """);
        assertThatThrownBy(() -> Parameters.bundled().overriddenBy(dir))
                .hasMessageContaining("bad.yaml").hasMessageContaining("values.contribution-deadline.period");
    }
}
