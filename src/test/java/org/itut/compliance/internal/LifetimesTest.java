package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;

import org.itut.compliance.Determination;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.Test;

/** The group-status determination derived once per group by rules/common/lifetime.drl. */
class LifetimesTest {

    private static final String BODIES = """
            groups:
              - {id: WTSA, kind: WTSA}
              - {id: TSAG, kind: TSAG}
              - {id: SG17, kind: STUDY_GROUP}
              - {id: SG20, kind: STUDY_GROUP}
            """;

    private static Determination status(String yaml, String group, LocalDate asOf) throws Exception {
        Report r = TestEngine.get().evaluate(FactReader.read("facts.yaml", new StringReader(yaml)), asOf);
        return r.determination("group-status", group).orElseThrow(() -> new AssertionError("no status for " + group));
    }

    @Test
    void should_find_a_group_closed_by_its_deciding_body_and_active_before_that() throws Exception {
        // GIVEN a joint correspondence group whose terms leave its end to TSAG, and TSAG's agreement
        String yaml = BODIES + """
                  - id: JCG-X
                    kind: JOINT_CORRESPONDENCE_GROUP
                    parent: TSAG
                    established: {on: 2025-05-30, by: TSAG}
                    termsOfReference: {document: R, lifetime: {kind: UNTIL_DECISION, decidedBy: TSAG}}
                decisions:
                  - {id: agree, body: TSAG, kind: AGREEMENT_REACHED, subjects: [JCG-X], date: 2026-01-30}
                """;
        // WHEN judged after and before the agreement
        Determination after = status(yaml, "JCG-X", LocalDate.of(2026, 2, 15));
        Determination before = status(yaml, "JCG-X", LocalDate.of(2026, 1, 29));
        // THEN closed on the agreement's date, active before it
        assertThat(after.value()).isEqualTo("CLOSED");
        assertThat(after.details()).containsEntry("last day", "2026-01-30").containsEntry("basis", "agree");
        assertThat(before.value()).isEqualTo("ACTIVE");
    }

    @Test
    void should_not_count_a_closure_decided_by_a_body_the_terms_do_not_name() throws Exception {
        String yaml = BODIES + """
                  - id: JCG-X
                    kind: JOINT_CORRESPONDENCE_GROUP
                    parent: TSAG
                    established: {on: 2025-05-30, by: TSAG}
                    termsOfReference: {document: R, lifetime: {kind: UNTIL_DECISION, decidedBy: TSAG}}
                decisions:
                  - {id: sg17-close, body: SG17, kind: CLOSE, subjects: [JCG-X], date: 2026-01-30}
                """;
        Determination d = status(yaml, "JCG-X", LocalDate.of(2026, 2, 15));
        assertThat(d.value()).isEqualTo("ACTIVE");
        assertThat(d.reason()).contains("sg17-close").contains("not counted");
    }

    @Test
    void should_find_a_group_established_after_the_as_of_date_not_yet_established() throws Exception {
        String yaml = BODIES + """
                  - {id: CG-N, kind: CORRESPONDENCE_GROUP, parent: SG17, established: {on: 2026-03-01, by: SG17}}
                """;
        assertThat(status(yaml, "CG-N", LocalDate.of(2026, 2, 15)).value()).isEqualTo("NOT_YET_ESTABLISHED");
    }

    @Test
    void should_find_a_jca_carried_across_a_wtsa_unknown_once_the_first_tsag_after_it_passed_without_a_decision() throws Exception {
        String yaml = BODIES + """
                  - {id: JCA-A, kind: JCA, parent: SG17, established: {on: 2021-01-10, by: SG17}}
                meetings:
                  - {id: WTSA-24, group: WTSA, start: 2024-10-15, end: 2024-10-24, status: HELD}
                  - {id: TSAG-2025-05, group: TSAG, start: 2025-05-26, end: 2025-05-30, status: HELD}
                """;
        Determination during = status(yaml, "JCA-A", LocalDate.of(2025, 5, 28));
        Determination after = status(yaml, "JCA-A", LocalDate.of(2025, 6, 1));
        assertThat(during.value()).isEqualTo("ACTIVE");
        assertThat(during.reason()).contains("reviewed at TSAG-2025-05");
        assertThat(after.value()).isEqualTo("UNKNOWN");
        assertThat(after.details()).containsEntry("last day", "2025-05-30");
    }

    @Test
    void should_end_a_focus_group_on_its_lifetime_unless_its_parent_extended_it() throws Exception {
        String yaml = BODIES + """
                  - id: FG-A
                    kind: FOCUS_GROUP
                    parent: SG17
                    established: {on: 2025-09-12, by: SG17}
                    termsOfReference: {document: R, lifetime: {kind: UNTIL_DATE, until: 2026-09-11}}
                  - id: FG-B
                    kind: FOCUS_GROUP
                    parent: SG17
                    established: {on: 2025-09-12, by: SG17}
                    termsOfReference: {document: R, lifetime: {kind: UNTIL_DATE, until: 2026-09-11}}
                decisions:
                  - {id: extend-B, body: SG17, kind: EXTEND, subjects: [FG-B], date: 2026-09-01}
                """;
        Determination a = status(yaml, "FG-A", LocalDate.of(2026, 12, 1));
        Determination b = status(yaml, "FG-B", LocalDate.of(2026, 12, 1));
        assertThat(a.value()).isEqualTo("CLOSED");
        assertThat(a.details()).containsEntry("last day", "2026-09-11");
        assertThat(b.value()).isEqualTo("ACTIVE");
        assertThat(b.reason()).contains("extend-B");
    }

    @Test
    void should_call_a_group_without_establishment_or_activity_unknown_and_one_with_activity_active() throws Exception {
        String yaml = BODIES + """
                  - {id: CG-U, kind: CORRESPONDENCE_GROUP, parent: SG17}
                  - {id: CG-M, kind: CORRESPONDENCE_GROUP, parent: SG17}
                meetings:
                  - {id: CG-M-1, group: CG-M, start: 2025-10-01, status: HELD}
                """;
        assertThat(status(yaml, "CG-U", LocalDate.of(2026, 2, 15)).value()).isEqualTo("UNKNOWN");
        Determination m = status(yaml, "CG-M", LocalDate.of(2026, 2, 15));
        assertThat(m.value()).isEqualTo("ACTIVE");
        assertThat(m.details()).containsEntry("from", "2025-10-01");
    }
}
