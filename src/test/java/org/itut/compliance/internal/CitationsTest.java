package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.EditionApplied;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.junit.jupiter.api.Test;

/**
 * The edition applied follows the date of the act judged (META-EDITION-IN-FORCE), and one policy covers
 * every instrument: where the edition in force has no encoded text, the newest encoded text is carried
 * forward, the citation says so, and the finding is capped at WARNING (strict mode: INDETERMINATE).
 */
class CitationsTest {
    private static final Editions EDITIONS = Parameters.bundled().editions();

    private static RuleMeta meta(String instrument, String edition, String clause, String textEdition, String textClause, Status status) {
        return new RuleMeta("X-1-test", instrument, edition, clause, textEdition, textClause, "a title", Level.VIOLATION, status,
                List.of("CAT"), List.of(), "rules/x.drl", false);
    }

    private static final RuleMeta A1_1_6 = meta("A.1", "10/2016", "1.6", null, null, Status.VERIFIED);
    private static final RuleMeta A1_3_1_8 = meta("A.1", "10/2016", "3.1.8", null, null, Status.VERIFIED);
    private static final RuleMeta JCA_5_5 = meta("A.1", "09/2019", "5.5", "10/2016", "2.2.5", Status.CROSSWALK);
    private static final RuleMeta RES1_4_3 = meta("Res. 1", "2016", "4.3", null, null, Status.VERIFIED);
    private static final RuleMeta RES1_7_2_2 = meta("Res. 1", "2016", "7.2.2", null, null, Status.VERIFIED);
    private static final RuleMeta RES1_7_2_3 = meta("Res. 1", "2016", "7.2.3", null, null, Status.VERIFIED);
    private static final RuleMeta RES1_2022 = meta("Res. 1", "2022", "7.3.2", null, null, Status.SOURCE_DOCUMENT);
    private static final RuleMeta A8_8_2 = meta("A.8", "10/2008", "8.2", null, null, Status.VERIFIED);
    private static final RuleMeta A8_4_1 = meta("A.8", "10/2008", "4.1", null, null, Status.VERIFIED);
    private static final RuleMeta A7_2_1 = meta("A.7", "08/2024", "2.1", null, null, Status.UNVERIFIED);

    @Test
    void should_cite_the_2016_text_plainly_for_an_act_in_2018() {
        Citations.Resolved r = Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2018, 5, 1));
        assertThat(r.citation().edition()).isEqualTo("10/2016");
        assertThat(r.citation().status()).isEqualTo(Status.VERIFIED);
        assertThat(r.citation().note()).isEmpty();
        assertThat(r.citation().textApplied()).isEmpty();
        assertThat(r.override()).isNull();
        assertThat(r.levelCap()).isNull();
        assertThat(r.carriedForward()).isFalse();
    }

    @Test
    void should_carry_the_2016_text_forward_under_the_2019_edition_at_most_warning_with_the_clause_the_toc_lists() {
        Citations.Resolved r = Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2025, 5, 30));
        assertThat(r.citation().edition()).isEqualTo("09/2019");
        assertThat(r.citation().clause()).isEqualTo("1.6");
        assertThat(r.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
        assertThat(r.citation().textApplied()).isEqualTo("ITU-T A.1 (10/2016) clause 1.6");
        assertThat(r.citation().note()).contains("table of contents");
        assertThat(r.levelCap()).isEqualTo(Level.WARNING);
        assertThat(r.override()).isNull();
        assertThat(r.applied().textEncoded()).isFalse();
        assertThat(r.applied().textApplied()).isEqualTo("ITU-T A.1 10/2016");
    }

    @Test
    void should_cite_a_sub_clause_the_toc_does_not_list_under_the_listed_clause_that_holds_it() {
        Citations.Resolved r = Citations.resolve(EDITIONS, A1_3_1_8, LocalDate.of(2025, 11, 1));
        assertThat(r.citation().reference()).isEqualTo("ITU-T A.1 (09/2019) clause 3.1");
        assertThat(r.citation().note()).contains("sub-clause 3.1.8 not mapped");
        assertThat(r.citation().textApplied()).isEqualTo("ITU-T A.1 (10/2016) clause 3.1.8");
    }

    @Test
    void should_switch_on_the_first_day_of_the_2019_edition_and_not_the_day_before() {
        assertThat(Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2019, 9, 26)).citation().edition()).isEqualTo("10/2016");
        assertThat(Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2019, 9, 27)).citation().edition()).isEqualTo("09/2019");
    }

    @Test
    void should_carry_the_2016_text_back_to_a_2015_act_under_the_unencoded_2012_edition_with_no_clause_mapped() {
        Citations.Resolved r = Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2015, 3, 1));
        assertThat(r.citation().edition()).isEqualTo("11/2012");
        assertThat(r.citation().clauseMapped()).isFalse();
        assertThat(r.citation().reference()).isEqualTo("ITU-T A.1 (11/2012), clause not mapped");
        assertThat(r.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
        assertThat(r.levelCap()).isEqualTo(Level.WARNING);
    }

    @Test
    void should_cite_a_jca_rule_as_2_2_x_before_2019_5_x_by_crosswalk_after_and_a18_from_july_2024() {
        Citations.Resolved before = Citations.resolve(EDITIONS, JCA_5_5, LocalDate.of(2018, 1, 10));
        assertThat(before.citation().clause()).isEqualTo("2.2.5");
        assertThat(before.citation().edition()).isEqualTo("10/2016");
        assertThat(before.citation().status()).isEqualTo(Status.VERIFIED);
        Citations.Resolved after = Citations.resolve(EDITIONS, JCA_5_5, LocalDate.of(2021, 5, 30));
        assertThat(after.citation().reference()).isEqualTo("ITU-T A.1 (09/2019) clause 5.5");
        assertThat(after.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
        assertThat(after.citation().note()).contains("JCA crosswalk").contains("2.2.5");
        Citations.Resolved a18 = Citations.resolve(EDITIONS, JCA_5_5, LocalDate.of(2024, 7, 29));
        assertThat(a18.citation().reference()).isEqualTo("ITU-T A.18 (07/2024), clause not mapped");
        assertThat(a18.citation().textApplied()).isEqualTo("ITU-T A.1 (10/2016) clause 2.2.5");
        assertThat(a18.citation().note()).contains("= ITU-T A.1 (09/2019) clause 5.5 by crosswalk");
        assertThat(Citations.resolve(EDITIONS, JCA_5_5, LocalDate.of(2024, 7, 28)).citation().instrument()).isEqualTo("ITU-T A.1");
        assertThat(Citations.resolve(EDITIONS, JCA_5_5, LocalDate.of(2025, 5, 30)).citation().edition()).isEqualTo("05/2025");
    }

    @Test
    void should_carry_res1_2016_forward_under_2022_with_no_clause_mapped_and_never_verified() {
        // procedures §4.5 against §B.4, settled by the Editions addendum: RES1-4.3 on a 2025 act is carried forward.
        Citations.Resolved r = Citations.resolve(EDITIONS, RES1_4_3, LocalDate.of(2025, 5, 26));
        assertThat(r.override()).isNull();
        assertThat(r.citation().reference()).isEqualTo("WTSA Res. 1 (Rev. Geneva, 2022), clause not mapped");
        assertThat(r.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
        assertThat(r.citation().textApplied()).isEqualTo("WTSA Res. 1 (Rev. Hammamet, 2016) clause 4.3");
        // Clause 7 was renumbered: 7.2 (approval between assemblies) is 7.3 in 2022, never "7.2.2" of 2022.
        Citations.Resolved q = Citations.resolve(EDITIONS, RES1_7_2_2, LocalDate.of(2023, 5, 11));
        assertThat(q.citation().clause()).isEqualTo("7.3");
        assertThat(q.citation().note()).contains("sub-clause 7.2.2 not mapped");
    }

    @Test
    void should_never_apply_the_2016_ten_reply_consultation_rule_to_an_act_under_the_2022_edition() {
        Citations.Resolved r = Citations.resolve(EDITIONS, RES1_7_2_3, LocalDate.of(2025, 3, 1));
        assertThat(r.override()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(r.reason()).contains("Rev. Geneva, 2022").contains("not encoded").contains("no minimum number of replies");
        assertThat(r.citation().status()).isEqualTo(Status.UNVERIFIED);
        assertThat(r.carriedForward()).isFalse();
    }

    @Test
    void should_leave_a_2016_question_approval_rule_not_applicable_to_a_question_that_went_the_encoded_7_3_2_way() {
        Citations.Resolved r = Citations.resolve(EDITIONS, RES1_7_2_2, LocalDate.of(2025, 12, 11), "7.3.2");
        assertThat(r.override()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(r.superseded()).isTrue();
        assertThat(r.citation().reference()).isEqualTo("WTSA Res. 1 (Rev. Geneva, 2022) clause 7.3.2");
        assertThat(r.citation().status()).isEqualTo(Status.SOURCE_DOCUMENT);
        // ... but not before the successor was in force
        assertThat(Citations.resolve(EDITIONS, RES1_7_2_2, LocalDate.of(2021, 12, 11), "7.3.2").override()).isNull();
    }

    @Test
    void should_find_a_2022_rule_not_applicable_to_an_act_of_2021() {
        Citations.Resolved r = Citations.resolve(EDITIONS, RES1_2022, LocalDate.of(2021, 6, 1));
        assertThat(r.override()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(r.reason()).contains("Rev. Hammamet, 2016");
    }

    @Test
    void should_leave_a8_deletion_undecided_between_march_2022_and_january_2024_and_apply_2008_again_after() {
        assertThat(Citations.resolve(EDITIONS, A8_8_2, LocalDate.of(2022, 3, 8)).citation().status()).isEqualTo(Status.VERIFIED);
        Citations.Resolved gap = Citations.resolve(EDITIONS, A8_8_2, LocalDate.of(2022, 3, 9));
        assertThat(gap.override()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(gap.citation().edition()).isEqualTo("03/2022");
        assertThat(Citations.resolve(EDITIONS, A8_8_2, LocalDate.of(2024, 1, 25)).override()).isEqualTo(Outcome.INDETERMINATE);
        Citations.Resolved again = Citations.resolve(EDITIONS, A8_8_2, LocalDate.of(2024, 1, 26));
        assertThat(again.override()).isNull();
        assertThat(again.citation().edition()).isEqualTo("01/2024");
        assertThat(again.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
        assertThat(again.citation().note()).contains("reinstates");
        // The Last Call carries forward under both later editions.
        assertThat(Citations.resolve(EDITIONS, A8_4_1, LocalDate.of(2023, 1, 10)).citation().status()).isEqualTo(Status.CARRIED_FORWARD);
    }

    @Test
    void should_judge_a_2020_focus_group_under_the_a7_2024_headings_carried_back_with_the_known_difference() {
        Citations.Resolved r = Citations.resolve(EDITIONS, A7_2_1, LocalDate.of(2020, 3, 1));
        assertThat(r.citation().edition()).isEqualTo("10/2016");
        assertThat(r.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
        assertThat(r.citation().note()).contains("lets TSAG set up a focus group");
        Citations.Resolved now = Citations.resolve(EDITIONS, A7_2_1, LocalDate.of(2024, 8, 2));
        assertThat(now.citation().status()).isEqualTo(Status.UNVERIFIED);
        assertThat(now.levelCap()).isEqualTo(Level.WARNING);
        assertThat(Citations.resolve(EDITIONS, A7_2_1, LocalDate.of(2024, 8, 1)).citation().edition()).isEqualTo("10/2016");
    }

    @Test
    void should_turn_every_carried_forward_finding_indeterminate_in_strict_mode() {
        Editions strict = EDITIONS.strict(true);
        Citations.Resolved r = Citations.resolve(strict, A1_1_6, LocalDate.of(2025, 5, 30));
        assertThat(r.override()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(r.overridesAll()).isTrue();
        assertThat(r.reason()).startsWith("Strict editions").contains("09/2019").contains("ITU-T A.1 (10/2016) clause 1.6");
        assertThat(Citations.resolve(strict, A1_1_6, LocalDate.of(2018, 5, 1)).override()).isNull();
    }

    @Test
    void should_never_give_status_verified_to_a_citation_whose_edition_text_is_not_encoded() {
        // Every rule, every quarter from 2013 to 2026.
        for (RuleMeta m : EngineAccess.of(TestEngine.get()).rules().metas()) {
            if (m.derivation() || m.termsOfReference()) {
                continue;
            }
            for (LocalDate d = LocalDate.of(2013, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusMonths(3)) {
                Citations.Resolved r = Citations.resolve(EDITIONS, m, d);
                if (r.citation().status() == Status.VERIFIED) {
                    assertThat(r.citation().note()).as(m.id() + " on " + d).doesNotContain("not encoded");
                    assertThat(r.applied().textEncoded()).as(m.id() + " on " + d).isTrue();
                }
            }
        }
    }

    @Test
    void should_list_the_editions_in_force_on_the_as_of_date_beside_those_findings_were_judged_under() {
        EditionApplied a1 = Citations.resolve(EDITIONS, A1_1_6, LocalDate.of(2025, 5, 30)).applied();
        List<EditionApplied> list = Citations.reportEditions(EDITIONS, List.of(a1), LocalDate.of(2026, 2, 15));
        assertThat(list).extracting(e -> e.instrument() + " " + e.edition())
                .contains("ITU-T A.1 09/2019", "ITU-T A.18 05/2025", "ITU-T A.8 01/2024", "ITU-T A.7 08/2024", "WTSA Res. 1 Rev. Geneva, 2022");
        assertThat(list).filteredOn(e -> e.instrument().equals("ITU-T A.18")).singleElement()
                .satisfies(e -> {
                    assertThat(e.applied()).isFalse();
                    assertThat(e.inForceOnAsOf()).isTrue();
                    assertThat(e.summary()).contains("no finding judged under it");
                });
        assertThat(list).filteredOn(e -> e.instrument().equals("ITU-T A.1")).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("ITU-T A.1 09/2019 (text not encoded: ITU-T A.1 10/2016 carried forward)"));
    }

    @Test
    void should_read_parameters_of_the_text_applied_unless_the_edition_in_force_has_its_own() throws Exception {
        Parameters bundled = Parameters.bundled();
        assertThat(Citations.parameterEdition(bundled, A1_1_6, LocalDate.of(2025, 1, 1), "contribution-deadline")).isEqualTo("10/2016");
        assertThat(Citations.parameterEdition(bundled, JCA_5_5, LocalDate.of(2025, 1, 1), "jca-separate-meeting-notice")).isEqualTo("10/2016");
        assertThat(Citations.parameterEdition(bundled, RES1_2022, null, "x")).isEqualTo("2022");
        Path dir = Files.createTempDirectory("params");
        Files.writeString(dir.resolve("a1-2019.yaml"), """
                instrument: A.1
                edition: "09/2019"
                values:
                  contribution-deadline: {period: P14D, clause: "3.1.8"}
                """);
        Files.writeString(dir.resolve("a18-2025.yaml"), """
                instrument: A.18
                edition: "05/2025"
                values:
                  jca-separate-meeting-notice: {period: P21D, clause: "(A.18)"}
                """);
        Parameters mine = bundled.overriddenBy(dir);
        assertThat(Citations.parameterEdition(mine, A1_1_6, LocalDate.of(2025, 1, 1), "contribution-deadline")).isEqualTo("09/2019");
        assertThat(Citations.parameterEdition(mine, A1_1_6, LocalDate.of(2018, 1, 1), "contribution-deadline")).isEqualTo("10/2016");
        // A JCA act under A.18 reads the user's A.18 values; one under A.18 (07/2024) still the text applied.
        assertThat(Citations.parameterSource(mine, JCA_5_5, LocalDate.of(2025, 6, 1), "jca-separate-meeting-notice"))
                .isEqualTo(new Citations.ParameterSource("A.18", "05/2025"));
        assertThat(Citations.parameterSource(mine, JCA_5_5, LocalDate.of(2024, 9, 1), "jca-separate-meeting-notice"))
                .isEqualTo(new Citations.ParameterSource("A.1", "10/2016"));
    }
}
