package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Status;
import org.junit.jupiter.api.Test;

/** The edition applied follows the date of the act judged (META-EDITION-IN-FORCE, META-A1-CARRY-FORWARD). */
class CitationsTest {
    private static final Editions EDITIONS = Parameters.bundled().editions();

    private static RuleMeta meta(String instrument, String edition, String clause, String textEdition, String textClause, Status status) {
        return new RuleMeta("X-1-test", instrument, edition, clause, textEdition, textClause, "a title", Level.VIOLATION, status,
                List.of("CAT"), List.of(), "rules/x.drl", false);
    }

    private static final RuleMeta A1_1_6 = meta("A.1", "10/2016", "1.6", null, null, Status.VERIFIED);
    private static final RuleMeta JCA_5_5 = meta("A.1", "09/2019", "5.5", "10/2016", "2.2.5", Status.CROSSWALK);
    private static final RuleMeta RES1_2016 = meta("Res. 1", "2016", "7.2.3", null, null, Status.VERIFIED);
    private static final RuleMeta RES1_2022 = meta("Res. 1", "2022", "7.3.2", null, null, Status.SOURCE_DOCUMENT);

    @Test
    void should_cite_the_2016_text_plainly_for_an_act_in_2018() {
        Citations.Resolved r = Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2018, 5, 1));
        assertThat(r.citation().edition()).isEqualTo("10/2016");
        assertThat(r.citation().note()).isEmpty();
        assertThat(r.override()).isNull();
        assertThat(r.levelCap()).isNull();
    }

    @Test
    void should_cite_the_2019_number_with_the_2016_text_carried_forward_for_an_act_in_2025() {
        Citations.Resolved r = Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2025, 5, 30));
        assertThat(r.citation().edition()).isEqualTo("09/2019");
        assertThat(r.citation().clause()).isEqualTo("1.6");
        assertThat(r.citation().note()).contains("text of ITU-T A.1 (10/2016) clause 1.6");
        assertThat(r.applied().textEncoded()).isFalse();
    }

    @Test
    void should_switch_on_the_first_day_of_the_2019_edition_and_not_the_day_before() {
        assertThat(Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2019, 9, 26)).citation().edition()).isEqualTo("10/2016");
        assertThat(Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2019, 9, 27)).citation().edition()).isEqualTo("09/2019");
    }

    @Test
    void should_cap_at_warning_an_act_of_2015_when_the_unencoded_2012_edition_applied() {
        Citations.Resolved r = Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2015, 3, 1));
        assertThat(r.levelCap()).isEqualTo(Level.WARNING);
        assertThat(r.citation().note()).contains("11/2012").contains("not encoded");
    }

    @Test
    void should_cite_a_jca_rule_as_2_2_x_before_2019_and_5_x_by_crosswalk_after() {
        Citations.Resolved before = Citations.resolve(EDITIONS, JCA_5_5, LocalDate.of(2018, 1, 10));
        assertThat(before.citation().clause()).isEqualTo("2.2.5");
        assertThat(before.citation().edition()).isEqualTo("10/2016");
        assertThat(before.citation().status()).isEqualTo(Status.VERIFIED);
        Citations.Resolved after = Citations.resolve(EDITIONS, JCA_5_5, LocalDate.of(2025, 5, 30));
        assertThat(after.citation().clause()).isEqualTo("5.5");
        assertThat(after.citation().status()).isEqualTo(Status.CROSSWALK);
        assertThat(after.citation().note()).contains("crosswalk").contains("2.2.5");
    }

    @Test
    void should_not_judge_a_2023_act_under_the_2016_resolution_but_say_the_2022_text_is_not_encoded() {
        Citations.Resolved r = Citations.resolve(EDITIONS, RES1_2016, LocalDate.of(2023, 5, 1));
        assertThat(r.override()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(r.reason()).contains("Rev. Geneva, 2022").contains("not encoded");
        assertThat(r.citation().edition()).isEqualTo("Rev. Geneva, 2022");
    }

    @Test
    void should_find_a_2022_rule_not_applicable_to_an_act_of_2021() {
        Citations.Resolved r = Citations.resolve(EDITIONS, RES1_2022, LocalDate.of(2021, 6, 1));
        assertThat(r.override()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(r.reason()).contains("Rev. Hammamet, 2016");
    }

    @Test
    void should_read_parameters_of_the_encoded_text_unless_the_edition_in_force_has_its_own() throws Exception {
        Parameters bundled = Parameters.bundled();
        assertThat(Citations.parameterEdition(bundled, A1_1_6, LocalDate.of(2025, 1, 1), "contribution-deadline")).isEqualTo("10/2016");
        assertThat(Citations.parameterEdition(bundled, JCA_5_5, LocalDate.of(2025, 1, 1), "contribution-deadline")).isEqualTo("10/2016");
        assertThat(Citations.parameterEdition(bundled, RES1_2022, null, "x")).isEqualTo("2022");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("params");
        java.nio.file.Files.writeString(dir.resolve("a1-2019.yaml"), """
                instrument: A.1
                edition: "09/2019"
                values:
                  contribution-deadline: {period: P14D, clause: "3.1.8"}
                """);
        Parameters mine = bundled.overriddenBy(dir);
        assertThat(Citations.parameterEdition(mine, A1_1_6, LocalDate.of(2025, 1, 1), "contribution-deadline")).isEqualTo("09/2019");
        assertThat(Citations.parameterEdition(mine, A1_1_6, LocalDate.of(2018, 1, 1), "contribution-deadline")).isEqualTo("10/2016");
    }
}
