package org.itut.compliance.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Working-day deadlines across a configured holiday, and a configured report-posting limit: both need a
 * parameter override directory, which case files cannot give.
 */
class WorkingDaysAndLimitsTest {
    @TempDir
    static Path overrides;
    private static ComplianceEngine withHoliday;

    @BeforeAll
    static void engine() throws Exception {
        // Monday 24 November 2025 is declared a holiday; the report-posting limit is set to five working days.
        Files.writeString(overrides.resolve("holidays.yaml"), "holidays: [2025-11-24]\n");
        Files.createDirectories(overrides.resolve("a1"));
        Files.writeString(overrides.resolve("a1/10-2016.yaml"), """
                instrument: A.1
                edition: "10/2016"
                values:
                  report-posting-limit:
                    workingDays: 5
                    clause: "1.7.5"
                    note: test override
                """);
        withHoliday = ComplianceEngine.builder().parameters(overrides).build();
    }

    private static Submission facts(String yaml) throws Exception {
        return FactReader.read("test.yaml", new StringReader(yaml));
    }

    private static final String SG17 = """
            groups:
              - {id: SG17, kind: STUDY_GROUP}
            meetings:
              - {id: SG17-2025-12, group: SG17, start: 2025-12-03, end: 2025-12-11, status: HELD}
            """;

    private static Finding only(Report r, String rule) {
        List<Finding> f = r.findingsOf(rule);
        assertThat(f).as(rule).hasSize(1);
        return f.get(0);
    }

    @Test
    void should_skip_a_configured_holiday_when_counting_three_working_days_for_posting_a_contribution() throws Exception {
        // GIVEN a contribution received on Thursday 20 November and posted on Wednesday 26 November
        Submission s = facts(SG17 + """
                documents:
                  - {id: C1, kind: CONTRIBUTION, forMeeting: SG17-2025-12, submitted: 2025-11-20, posted: 2025-11-26}
                """);
        // WHEN judged with Monday-Friday only, and with Monday 24 November as a holiday
        Finding plain = only(TestEngine.get().evaluate(s, LocalDate.of(2026, 1, 1)), "A1-3.2.4-contribution-posting-3wd");
        Finding holiday = only(withHoliday.evaluate(s, LocalDate.of(2026, 1, 1)), "A1-3.2.4-contribution-posting-3wd");
        // THEN Friday, Monday, Tuesday make it one day late; Friday, Tuesday, Wednesday make it on time
        assertThat(plain.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(plain.due()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(holiday.outcome()).isEqualTo(Outcome.PASS);
        assertThat(holiday.due()).isEqualTo(LocalDate.of(2025, 11, 26));
    }

    @Test
    void should_count_a_td_received_on_a_holiday_from_the_next_working_day() throws Exception {
        // GIVEN a TD received on the holiday (Monday 24 November) and posted on Friday 28 November
        Submission s = facts(SG17 + """
                documents:
                  - {id: TD1, kind: TD, forMeeting: SG17-2025-12, submitted: 2025-11-24, posted: 2025-11-28}
                """);
        // THEN without the holiday the limit is Thursday 27 (late); with it, the count starts on Tuesday 25 and ends Friday 28
        assertThat(only(TestEngine.get().evaluate(s, LocalDate.of(2026, 1, 1)), "A1-3.3.3-td-posting-3wd").outcome()).isEqualTo(Outcome.FAIL);
        Finding holiday = only(withHoliday.evaluate(s, LocalDate.of(2026, 1, 1)), "A1-3.3.3-td-posting-3wd");
        assertThat(holiday.outcome()).isEqualTo(Outcome.PASS);
        assertThat(holiday.due()).isEqualTo(LocalDate.of(2025, 11, 28));
    }

    @Test
    void should_judge_report_posting_against_a_configured_limit_and_at_info_without_one() throws Exception {
        // GIVEN a report whose electronic version existed on 5 January 2026 and which was posted on 16 January
        Submission s = facts(SG17 + """
                documents:
                  - id: SG17-R5
                    kind: REPORT
                    role: MEETING_REPORT
                    source: SG17
                    covers: [SG17-2025-12]
                    posted: 2026-01-16
                    report: {electronicVersionOn: 2026-01-05}
                """);
        // THEN without a limit the delay is an INFO note; with five working days (to Monday 12 January) it is a WARNING
        Finding plain = only(TestEngine.get().evaluate(s, LocalDate.of(2026, 2, 1)), "A1-1.7.5-reports-online");
        assertThat(plain.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(plain.level()).isEqualTo(Level.INFO);
        Finding limited = only(withHoliday.evaluate(s, LocalDate.of(2026, 2, 1)), "A1-1.7.5-reports-online");
        assertThat(limited.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(limited.level()).isEqualTo(Level.WARNING);
        assertThat(limited.due()).isEqualTo(LocalDate.of(2026, 1, 12));
    }
}
