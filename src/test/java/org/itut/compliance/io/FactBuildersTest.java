package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import org.itut.compliance.facts.ConsultationProcedure;
import org.itut.compliance.facts.Consultation;
import org.itut.compliance.facts.DeclaredDuty;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.DutyKind;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MeetingArrangements;
import org.itut.compliance.facts.MemberKind;
import org.itut.compliance.facts.PartialDate;
import org.itut.compliance.facts.Position;
import org.itut.compliance.facts.Reply;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.TermsOfReference;
import org.junit.jupiter.api.Test;

/** A fact built in code with a builder equals the fact read from a file that gives the same keys. */
class FactBuildersTest {

    @Test
    void should_build_the_same_facts_as_the_reader_reads_leaving_out_the_same_keys() throws Exception {
        // GIVEN facts in a file, each giving only some keys
        Submission read = FactReader.read("facts.yaml", new StringReader("""
                groups:
                  - {id: SG17, kind: STUDY_GROUP}
                  - id: JCG
                    kind: JOINT_CORRESPONDENCE_GROUP
                    parent: SG17
                    termsOfReference:
                      document: TOR-1
                      duties:
                        - {item: bullet 3, kind: REPORT_BEFORE_EACH_MEETING, to: [SG17], leadTime: P1M}
                meetings:
                  - id: SG17-1
                    group: SG17
                    start: 2026-01-12
                    arrangements: {planned: false}
                documents:
                  - {id: D1, kind: TD, source: JCG, to: [SG17], forMeeting: SG17-1}
                consultations:
                  - {id: C1, procedure: QUESTION_RES1_2022_7_3_2, deadline: "2026-04-03T23:59Z", subjects: [JCG]}
                replies:
                  - {id: R1, consultation: C1, from: Ruritania, memberKind: MEMBER_STATE, positions: {JCG: support}}
                """));
        // WHEN the same facts are built in code
        Submission built = Submission.builder()
                .group(Group.of("SG17", GroupKind.STUDY_GROUP))
                .group(Group.builder("JCG", GroupKind.JOINT_CORRESPONDENCE_GROUP).parent("SG17")
                        .termsOfReference(TermsOfReference.builder("TOR-1")
                                .duties(DeclaredDuty.builder("bullet 3", DutyKind.REPORT_BEFORE_EACH_MEETING, Period.ofMonths(1))
                                        .to("SG17").build())
                                .build())
                        .build())
                .meeting(Meeting.builder("SG17-1", "SG17").start(LocalDate.of(2026, 1, 12)).build())
                .arrangements(MeetingArrangements.builder("SG17-1").planned(false).build())
                .document(Document.builder("D1", DocumentKind.TD).source("JCG").to("SG17").forMeeting("SG17-1").build())
                .consultation(Consultation.builder("C1", ConsultationProcedure.QUESTION_RES1_2022_7_3_2)
                        .deadline(Instant.parse("2026-04-03T23:59:00Z")).subjects("JCG").build())
                .reply(Reply.builder("R1", "C1", "Ruritania", MemberKind.MEMBER_STATE).position("JCG", Position.SUPPORT).build())
                .build();
        // THEN they are equal, fact by fact (a meeting ends on its start, terms are approved, a Member
        // State's reply counts for the State it is from)
        assertThat(built.all()).containsExactlyElementsOf(read.all());
        assertThat(built.validate()).isEmpty();
    }

    @Test
    void should_check_in_build_what_the_constructor_checks() {
        assertThatThrownBy(() -> Meeting.builder("M1", "SG17").start(LocalDate.of(2026, 1, 12)).end(LocalDate.of(2026, 1, 11)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends (2026-01-11) before it starts (2026-01-12)");
        assertThatThrownBy(() -> Consultation.builder("C1", ConsultationProcedure.QUESTION_RES1_2022_7_3_2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one subject");
        assertThatThrownBy(() -> Group.builder(" ", GroupKind.STUDY_GROUP).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group.id");
        assertThatThrownBy(() -> org.itut.compliance.facts.Leader.builder("A. Person", null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("leader.role");
    }

    @Test
    void should_refuse_a_meeting_that_ends_in_a_month_before_the_one_it_starts_in() {
        // GIVEN dates known only to the month, or one to the day and one to the month
        assertThatThrownBy(() -> Meeting.builder("M1", "SG17").start(PartialDate.ofMonth(YearMonth.of(2026, 6)))
                .end(PartialDate.ofMonth(YearMonth.of(2026, 5))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends (2026-05) before it starts (2026-06)");
        assertThatThrownBy(() -> Meeting.builder("M1", "SG17").start(PartialDate.ofMonth(YearMonth.of(2026, 6)))
                .end(LocalDate.of(2026, 5, 30)).build())
                .isInstanceOf(IllegalArgumentException.class);
        // THEN a day within the month it may start in is fine
        assertThat(Meeting.builder("M1", "SG17").start(PartialDate.ofMonth(YearMonth.of(2026, 6)))
                .end(LocalDate.of(2026, 6, 1)).build().end().exact()).isEqualTo(LocalDate.of(2026, 6, 1));
    }
}
