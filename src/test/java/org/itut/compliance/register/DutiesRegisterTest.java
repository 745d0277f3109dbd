package org.itut.compliance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.itut.compliance.Determination;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.Inventory;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The bundled register yields what the walkthrough of the source documents (procedures.md §4.1, §4.2
 * and §4.5) expects of the duty rules: the duties JCG-IoTSec's and JCA-IdM's own terms of reference
 * declare, the JCA rules of A.1 clause 5, and the groups' lifetimes, as of 2026-02-15.
 */
class DutiesRegisterTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);
    private static Submission register;
    private static Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        register = FactReader.readRegister();
        report = TestEngine.get().evaluate(register, AS_OF);
    }

    private static Finding only(Report r, String rule, String subject, String target) {
        List<Finding> found = r.findingsOf(rule).stream().filter(f -> f.subject().equals(subject))
                .filter(f -> target == null || target.equals(f.evidence().get("target"))).toList();
        assertThat(found).as(rule + " about " + subject + (target == null ? "" : " towards " + target)).hasSize(1);
        return found.get(0);
    }

    private static Finding only(String rule, String subject, String target) {
        return only(report, rule, subject, target);
    }

    @Nested
    class Jcg_IoTSec_reports_to_the_study_groups_one_month_before_each_meeting {

        @Test
        void should_be_indeterminate_for_sg17_december_2025_with_no_report_on_record() {
            // GIVEN the register: no JCG-IoTSec report addressed to SG17 (the January report goes to TSAG)
            // WHEN judged on 2026-02-15 in the open world
            Finding f = only("TOR-report-before-meeting", "JCG-IoTSec", "SG17-2025-12");
            // THEN no evidence, due one month before the first day 2025-12-03, cited to the ToR item
            assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE);
            assertThat(f.due()).isEqualTo(LocalDate.of(2025, 11, 3));
            assertThat(f.message()).contains("no evidence");
            assertThat(f.citation().instrument()).isEqualTo("Terms of reference of JCG-IoTSec");
            assertThat(f.citation().edition()).isEqualTo("TSAG-R1 Annex D, 2025-05-30");
            assertThat(f.citation().clause()).isEqualTo("work methods, bullet 3");
            assertThat(f.citation().status()).isEqualTo(Status.SOURCE_DOCUMENT);
        }

        @Test
        void should_be_not_applicable_for_sg20_september_2025_due_before_the_first_jcg_meeting() {
            Finding f = only("TOR-report-before-meeting", "JCG-IoTSec", "SG20-2025-09");
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
            assertThat(f.due()).isEqualTo(LocalDate.of(2025, 8, 15));
            assertThat(f.message()).contains("not yet meaningful").contains("JCG-IoTSec-1");
        }

        @Test
        void should_be_pending_for_the_2026_study_group_meetings_known_only_to_the_month() {
            Finding sg20 = only("TOR-report-before-meeting", "JCG-IoTSec", "SG20-2026-05");
            Finding sg17 = only("TOR-report-before-meeting", "JCG-IoTSec", "SG17-2026-06");
            assertThat(sg20.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(sg20.due()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(sg17.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(sg17.due()).isEqualTo(LocalDate.of(2026, 5, 1));
        }

        @Test
        void should_pass_for_the_report_to_tsag_which_does_not_discharge_the_study_group_duty() {
            Finding tsag = only("TOR-report-before-meeting", "JCG-IoTSec", "TSAG-2026-01");
            assertThat(tsag.outcome()).isEqualTo(Outcome.PASS);
            assertThat(tsag.citation().clause()).isEqualTo("work methods, bullet 9");
            assertThat(tsag.evidence()).containsEntry("by", "JCG-IoTSec-report-TSAG-2026-01");
            assertThat(only("TOR-report-before-meeting", "JCG-IoTSec", "SG17-2025-12").evidence()).doesNotContainKey("by");
        }
    }

    @Nested
    class Jcg_IoTSec_announces_its_meetings_a_week_ahead_with_the_draft_agenda {

        @Test
        void should_pass_for_the_first_meeting_announced_42_days_ahead_with_its_draft_agenda() {
            Finding f = only("TOR-announce-meeting", "JCG-IoTSec", "JCG-IoTSec-1");
            assertThat(f.outcome()).isEqualTo(Outcome.PASS);
            assertThat(f.due()).isEqualTo(LocalDate.of(2025, 9, 10));
            assertThat(f.evidence()).containsEntry("days before the meeting", "42").containsEntry("by", "TSB-Circular-67");
            assertThat(f.message()).contains("with the draft agenda");
            assertThat(f.citation().clause()).isEqualTo("work methods, bullet 5");
        }

        @Test
        void should_be_indeterminate_for_the_second_meeting_with_no_announcement_on_record() {
            Finding f = only("TOR-announce-meeting", "JCG-IoTSec", "JCG-IoTSec-2");
            assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE);
            assertThat(f.due()).isEqualTo(LocalDate.of(2025, 12, 1));
        }

        @Test
        void should_be_pending_for_the_tentative_meetings_whose_month_lies_ahead() {
            Finding fourth = only("TOR-announce-meeting", "JCG-IoTSec", "JCG-IoTSec-4");
            assertThat(fourth.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(fourth.due()).isEqualTo(LocalDate.of(2026, 2, 22));
            // February 2026 has begun on the as-of date: the third meeting's day decides, and it is unknown.
            assertThat(only("TOR-announce-meeting", "JCG-IoTSec", "JCG-IoTSec-3").outcome()).isEqualTo(Outcome.INDETERMINATE);
            Report january = TestEngine.get().evaluate(register, LocalDate.of(2026, 1, 15));
            Finding third = only(january, "TOR-announce-meeting", "JCG-IoTSec", "JCG-IoTSec-3");
            assertThat(third.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(third.due()).isEqualTo(LocalDate.of(2026, 1, 25));
        }
    }

    @Nested
    class Lifetimes_of_the_register_groups {

        @Test
        void should_determine_a_status_for_every_group() {
            for (var g : register.groups()) {
                assertThat(report.determination("group-status", g.id())).as("group-status of " + g.id()).isPresent();
            }
        }

        @Test
        void should_find_jcg_iotsec_active_until_tsag_agrees() {
            Determination d = report.determination("group-status", "JCG-IoTSec").orElseThrow();
            assertThat(d.value()).isEqualTo("ACTIVE");
            assertThat(d.details()).containsEntry("from", "2025-05-30");
            assertThat(d.reason()).contains("until TSAG decides");
            Finding f = only("TOR-lifetime-status", "JCG-IoTSec", null);
            assertThat(f.outcome()).isEqualTo(Outcome.PASS);
            assertThat(f.citation().clause()).isEqualTo("work methods, bullets 8-10");
        }

        @Test
        void should_find_jca_idm_active_as_continued_by_tsag_after_wtsa_24() {
            Determination d = report.determination("group-status", "JCA-IdM").orElseThrow();
            assertThat(d.value()).isEqualTo("ACTIVE");
            assertThat(d.reason()).contains("WTSA-24").contains("TSAG-2025-05-JCA-IdM");
        }

        @Test
        void should_report_standing_bodies_active_and_groups_without_facts_unknown() {
            assertThat(report.determination("group-status", "SG17").orElseThrow().value()).isEqualTo("ACTIVE");
            assertThat(report.determination("group-status", "TSAG").orElseThrow().value()).isEqualTo("ACTIVE");
            assertThat(report.determination("group-status", "WP2/17").orElseThrow().value()).isEqualTo("UNKNOWN");
        }
    }

    @Nested
    class Jca_IdM_under_A1_clause_5_and_its_terms {

        @Test
        void should_pass_the_continuation_review_at_the_first_tsag_after_wtsa_24() {
            // Issue 9 part 3: from 2024-07-29 A.18 governs JCAs; its text is not encoded, so the A.1 (10/2016) 2.2.10 text
            // (= A.1 (09/2019) 5.10 by crosswalk) is carried forward and the citation names A.18 (05/2025), clause not mapped.
            Finding f = only("A1-5.10-jca-review-after-wtsa", "JCA-IdM", "TSAG-2025-05");
            assertThat(f.outcome()).isEqualTo(Outcome.PASS);
            assertThat(f.due()).isEqualTo(LocalDate.of(2025, 5, 30));
            assertThat(f.citation().instrument()).isEqualTo("ITU-T A.18");
            assertThat(f.citation().edition()).isEqualTo("05/2025");
            assertThat(f.citation().clauseMapped()).isFalse();
            assertThat(f.citation().status()).isEqualTo(Status.CARRIED_FORWARD);
            assertThat(f.citation().textApplied()).isEqualTo("ITU-T A.1 (10/2016) clause 2.2.10");
            assertThat(f.citation().note()).contains("A.1 (09/2019) clause 5.10 by crosswalk");
        }

        @Test
        void should_be_indeterminate_for_its_report_to_sg17_in_december_2025() {
            Finding f = only("TOR-report-before-meeting", "JCA-IdM", "SG17-2025-12");
            assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE);
            assertThat(f.due()).isEqualTo(LocalDate.of(2025, 12, 3));
            assertThat(f.citation().instrument()).isEqualTo("Terms of reference of JCA-IdM");
            assertThat(f.citation().clause()).isEqualTo("5 Progress reports");
        }

        @Test
        void should_need_no_establishment_circular_for_a_continuation() {
            // The circular is TSB's act: TSB is the subject, the JCA its target (issue 9 part 2).
            assertThat(only("A1-5.4-jca-establishment-circular", "TSB", "JCA-IdM").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        }

        @Test
        void should_say_honestly_that_no_jca_meeting_is_on_record_for_the_report_after_each_meeting() {
            Finding f = only("A1-5.8-jca-report-after-each-meeting", "JCA-IdM", null);
            assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE);
            assertThat(f.message()).contains("No meeting of JCA-IdM");
        }

        @Test
        void should_accept_the_decision_content_and_note_the_co_chairs_and_the_open_ended_lifetime() {
            // Issue 9 part 4: four co-chairs name the leadership A.1 asks for, and a lifetime by reference to 5.10 is the
            // open-ended one the text foresees ("acceptable"): both pass with the note, never FAIL (§4.5 "PASS + INFO x2").
            assertThat(only("A1-5.2-jca-decision-content", "JCA-IdM", null).outcome()).isEqualTo(Outcome.PASS);
            Finding chairs = only("A1-5.2-jca-chairman", "JCA-IdM", null);
            assertThat(chairs.outcome()).isEqualTo(Outcome.PASS);
            assertThat(chairs.message()).contains("4 co-chairs").contains("the text speaks of one chairman");
            Finding lifetime = only("A1-5.2-jca-anticipated-lifetime", "JCA-IdM", null);
            assertThat(lifetime.outcome()).isEqualTo(Outcome.PASS);
            assertThat(lifetime.message()).contains("Open-ended").contains("acceptable");
            assertThat(only("A1-5.1-jca-multi-sg-coordination", "JCA-IdM", null).outcome()).isEqualTo(Outcome.PASS);
            assertThat(only("A1-5.9-jca-tsb-support", "TSB", "JCA-IdM").outcome()).isEqualTo(Outcome.PASS);
            assertThat(only("A1-5.3-jca-participation", "JCA-IdM", null).outcome()).isEqualTo(Outcome.PASS);
        }

        @Test
        void should_note_the_stale_wtsa_20_references_of_its_terms() {
            // Issue 9 part 4: a stale reference is a data-quality observation, not a breach: PASS with the note (§4.5 INFO x2).
            List<Finding> stale = report.findingsOf("TOR-cross-references").stream()
                    .filter(f -> f.subject().equals("JCA-IdM") && f.message().contains("Stale reference")).toList();
            assertThat(stale).hasSize(2).allMatch(f -> f.outcome() == Outcome.PASS && f.message().contains("WTSA-24")
                    && f.message().contains("data-quality note"));
            assertThat(report.findingsOf("TOR-cross-references")).noneMatch(f -> f.outcome() == Outcome.FAIL);
        }
    }

    @Test
    void should_never_judge_the_joint_correspondence_group_by_the_jca_rules() {
        assertThat(report.findings()).filteredOn(f -> f.subject().equals("JCG-IoTSec"))
                .noneMatch(f -> f.rule().startsWith("A1-5.") || f.rule().startsWith("RES1-4.3"));
    }

    @Test
    void should_give_every_duty_finding_a_due_date_and_a_target() {
        Predicate<Finding> duty = f -> f.rule().startsWith("TOR-report") || f.rule().startsWith("TOR-announce")
                || f.rule().startsWith("A1-1.6-ca-report") || f.rule().startsWith("A1-1.6-ca-conclude")
                || f.rule().startsWith("A1-5.10-jca-review");
        List<Finding> duties = report.findings().stream().filter(duty).toList();
        assertThat(duties).isNotEmpty().allSatisfy(f -> {
            assertThat(f.due()).as("due of " + f.rule() + " " + f.evidence()).isNotNull();
            assertThat(f.evidence()).as("target of " + f.rule()).containsKey("target");
        });
    }

    @Test
    void should_list_the_obligations_of_the_next_three_months_in_date_order() {
        List<Finding> due = report.obligations(AS_OF, AS_OF.plusMonths(3));
        assertThat(due).extracting(Finding::due).isSorted();
        assertThat(due).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("TOR-report-before-meeting");
            assertThat(f.evidence()).containsEntry("target", "SG20-2026-05");
        });
    }

    @Nested
    class With_the_document_inventory_declared_complete {
        private Report closed;

        @org.junit.jupiter.api.BeforeEach
        void evaluate() {
            // GIVEN the register plus declarations that the groups' TDs and reports are complete
            Submission s = Submission.builder().addAll(register)
                    .inventory(new Inventory("JCG-IoTSec", List.of(DocumentKind.TD, DocumentKind.REPORT),
                            LocalDate.of(2025, 5, 30), AS_OF))
                    .inventory(new Inventory("JCA-IdM", List.of(DocumentKind.TD, DocumentKind.REPORT),
                            LocalDate.of(2025, 5, 1), AS_OF))
                    .build();
            // WHEN judged on the same date
            closed = TestEngine.get().evaluate(s, AS_OF);
        }

        @Test
        void should_find_the_missing_december_reports_to_sg17_a_violation_of_the_terms_of_reference() {
            for (String group : List.of("JCG-IoTSec", "JCA-IdM")) {
                Finding f = only(closed, "TOR-report-before-meeting", group, "SG17-2025-12");
                assertThat(f.outcome()).as(group).isEqualTo(Outcome.FAIL);
                assertThat(f.level()).isEqualTo(Level.VIOLATION);
                assertThat(f.message()).contains("is absent");
                assertThat(f.citation().instrument()).isEqualTo("Terms of reference of " + group);
            }
        }

        @Test
        void should_leave_future_duties_pending_and_the_report_to_tsag_passing() {
            assertThat(only(closed, "TOR-report-before-meeting", "JCG-IoTSec", "SG20-2026-05").outcome()).isEqualTo(Outcome.PENDING);
            assertThat(only(closed, "TOR-report-before-meeting", "JCG-IoTSec", "TSAG-2026-01").outcome()).isEqualTo(Outcome.PASS);
        }
    }
}
