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

    private String refusal(String file, String text) throws Exception {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        IllegalArgumentException e = org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
                () -> Parameters.bundled().overriddenBy(dir));
        assertThat(e).as("the override is refused").isNotNull();
        return e.getMessage();
    }

    @Test
    void should_refuse_a_negative_period_naming_file_and_key() throws Exception {
        assertThat(refusal("a1.yaml", """
                instrument: A.1
                edition: "10/2016"
                values:
                  contribution-deadline: {period: P-5D, clause: "3.1.8"}
                """)).contains("a1.yaml: values.contribution-deadline.period", "negative");
    }

    @Test
    void should_refuse_a_share_above_100_per_cent_and_a_count_out_of_range() throws Exception {
        assertThat(refusal("res1.yaml", """
                instrument: Res. 1
                edition: "2022"
                values:
                  question-approval-share: {number: 170, clause: "7.3.2"}
                """)).contains("res1.yaml: values.question-approval-share.number: 170 is out of range", "0 to 100 (per cent)");
        assertThat(refusal("res1.yaml", """
                instrument: Res. 1
                edition: "2016"
                values:
                  question-supporters: {number: -4, clause: "7.2.2"}
                """)).contains("values.question-supporters.number: -4 is out of range");
    }

    @Test
    void should_refuse_unknown_keys_and_parameters_and_a_value_of_the_wrong_kind() throws Exception {
        String m = refusal("a1.yaml", """
                instrument: A.1
                edition: "10/2016"
                valuez: {}
                values:
                  contribution-deadlin: {period: P12D, clause: "3.1.8"}
                  td-posting: {workingDays: three, clause: "3.3.3"}
                  td-availability: {number: 7, clause: "3.3.3", nte: x}
                """);
        assertThat(m).contains("a1.yaml: valuez: unknown key", "a1.yaml: values.contribution-deadlin: A.1 has no parameter",
                "values.td-posting.workingDays: found a text three", "values.td-availability.nte: unknown key",
                "values.td-availability.number: td-availability is a period");
    }

    @Test
    void should_refuse_an_edition_or_instrument_that_is_not_registered() throws Exception {
        assertThat(refusal("a1.yaml", """
                instrument: A.1
                edition: "13/2099"
                values:
                  contribution-deadline: {period: P12D, clause: "3.1.8"}
                """)).contains("a1.yaml: edition: A.1 has no edition \"13/2099\"", "register a new one in editions.yaml");
        assertThat(refusal("a1.yaml", """
                instrument: A.99
                edition: "1"
                values: {}
                """)).contains("instrument: \"A.99\" is not a registered instrument");
    }

    @Test
    void should_refuse_a_malformed_editions_file() throws Exception {
        assertThat(refusal("editions.yaml", "instruments: [ {instrument: A.1\n")).contains("editions.yaml: not valid YAML");
        assertThat(refusal("editions.yaml", "instruments: 5\n")).contains("editions.yaml: instruments: found a number");
        assertThat(refusal("editions.yaml", """
                instruments:
                  - instrument: A.1
                    name: ITU-T A.1
                    editions:
                      - {edition: "10/2016", from: 2016-13-01, encoded: yes please}
                      - {edition: "10/2016", from: 2019-09-27, carriedForward: "01/2000"}
                """)).contains("instruments[0].editions[0].from: \"2016-13-01\" is not a date",
                "instruments[0].editions[0].encoded: found a text yes please", "instruments[0].editions[1].edition: \"10/2016\" is listed twice",
                "instruments[0].editions[1].carriedForward: \"01/2000\" is not an encoded edition");
        assertThat(refusal("editions.yaml", """
                instruments:
                  - instrument: A.1
                    name: ITU-T A.1
                    editions:
                      - {edition: "09/2019", from: 2019-09-27}
                """)).contains("A.1 no longer lists its edition 10/2016");
    }

    @Test
    void should_refuse_holidays_that_are_not_dates() throws Exception {
        assertThat(refusal("holidays.yaml", "holidays: [2026-04-03, Easter]\n")).contains("holidays.yaml: holidays[1]: \"Easter\" is not a date");
        assertThat(refusal("holidays.yaml", "holiday: [2026-04-03]\n")).contains("holidays.yaml: holiday: unknown key");
    }

    @Test
    void should_accept_a_value_the_rules_read_but_the_library_leaves_unset_and_check_its_kind() throws Exception {
        Files.writeString(dir.resolve("a1.yaml"), """
                instrument: A.1
                edition: "10/2016"
                values:
                  report-posting-limit: {workingDays: 5, clause: "1.7.5"}
                """);
        assertThat(Parameters.bundled().overriddenBy(dir).get("A.1", "10/2016", "report-posting-limit").workingDays()).isEqualTo(5);
        assertThat(refusal("a1.yaml", """
                instrument: A.1
                edition: "10/2016"
                values:
                  report-posting-limit: {period: P5D, clause: "1.7.5"}
                """)).contains("values.report-posting-limit: the rules read report-posting-limit as workingDays");
    }
}
