package org.itut.compliance.internal.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/** The integer arithmetic and the day boundaries the consultation rules rely on (CONV-RATIO, CONV-MAJORITY, CONV-TIME). */
class TalliesTest {

    @Test
    void should_compare_shares_with_integers_only_and_include_the_boundary() {
        assertThat(Tallies.atLeast(14, 20, 70)).isTrue();   // exactly 70 %
        assertThat(Tallies.atLeast(21, 30, 70)).isTrue();
        assertThat(Tallies.atLeast(13, 19, 70)).isFalse();  // 68.4 %
        assertThat(Tallies.atLeast(20, 29, 70)).isFalse();  // 200 < 203
        assertThat(Tallies.atLeast(0, 0, 70)).isFalse();    // nothing counted is not a share; rules decide "no replies"
        assertThat(Tallies.ratio(20, 29, 70)).isEqualTo("10 × 20 = 200 < 7 × 29 = 203");
        assertThat(Tallies.ratio(21, 30, 70)).isEqualTo("10 × 21 = 210 ≥ 7 × 30 = 210");
    }

    @Test
    void should_treat_a_tie_as_no_majority() {
        assertThat(Tallies.majority(7, 12)).isTrue();
        assertThat(Tallies.majority(6, 12)).isFalse();
        assertThat(Tallies.majority(0, 0)).isFalse();
    }

    @Test
    void should_round_shares_to_a_tenth_of_a_per_cent_without_floating_point() {
        assertThat(Tallies.percent(31, 35)).isEqualTo("88.6 %");
        assertThat(Tallies.percent(21, 30)).isEqualTo("70.0 %");
        assertThat(Tallies.percent(20, 29)).isEqualTo("69.0 %");
        assertThat(Tallies.percent(2, 3)).isEqualTo("66.7 %");
        assertThat(Tallies.percent(13, 16)).isEqualTo("81.3 %");
        assertThat(Tallies.percent(1, 8)).isEqualTo("12.5 %");
    }

    @Test
    void should_end_a_date_only_day_at_midnight_in_geneva_in_winter_and_summer() {
        assertThat(Tallies.asOfEnd(LocalDate.of(2026, 3, 15))).isEqualTo(Instant.parse("2026-03-15T23:00:00Z"));
        assertThat(Tallies.asOfEnd(LocalDate.of(2026, 4, 4))).isEqualTo(Instant.parse("2026-04-04T22:00:00Z"));
        assertThat(Tallies.endOfDay(LocalDate.of(2021, 6, 3))).isBefore(Instant.parse("2021-06-03T22:00:00Z"))
                .isAfter(Instant.parse("2021-06-03T21:59:59Z"));
    }

    @Test
    void should_word_lateness_and_periods() {
        assertThat(Tallies.duration(Duration.ofMinutes(6))).isEqualTo("6 minutes");
        assertThat(Tallies.duration(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(Tallies.duration(Duration.ofMinutes(125))).isEqualTo("2 hours 5 minutes");
        assertThat(Tallies.duration(Duration.ofDays(3))).isEqualTo("3 days");
        assertThat(Tallies.words(Period.ofMonths(2))).isEqualTo("two months");
        assertThat(Tallies.words(Period.ofDays(28))).isEqualTo("four weeks");
        assertThat(Tallies.words(Period.ofDays(21))).isEqualTo("three weeks");
        assertThat(Tallies.words(Period.ofYears(2))).isEqualTo("two years");
        assertThat(Tallies.words(Period.ofMonths(1))).isEqualTo("one month");
    }
}
