package org.itut.compliance.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import org.itut.compliance.facts.CancellationAuthority;
import org.itut.compliance.facts.LiaisonTreatment;
import org.itut.compliance.facts.MemberKind;
import org.itut.compliance.facts.NoticeParty;
import org.itut.compliance.facts.ReportApproval;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.TdExemption;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.io.InputException;
import org.junit.jupiter.api.Test;

/** The meeting and document details (docs/facts-meetings.md) read strictly, like every other fact. */
class MeetingFactsReaderTest {

    private static Submission read(String yaml) throws InputException {
        return FactReader.read("details.yaml", new StringReader(yaml));
    }

    @Test
    void should_bind_every_detail_block_to_its_own_fact() throws Exception {
        // GIVEN a meeting, documents and a leader with their detail keys
        Submission s = read("""
                groups:
                  - {id: SG17, kind: STUDY_GROUP}
                  - id: Q6/17-RG
                    kind: RAPPORTEUR_GROUP
                    parent: SG17
                    leaders: [{person: R. A, role: RAPPORTEUR, termsOfReference: "SG17-R1 Annex B", endorsedBy: SG17}]
                meetings:
                  - id: SG17-1
                    group: SG17
                    start: 2026-06-15
                    arrangements: {planned: false, noticeTo: [TSB], cancellation: {decidedBy: DIRECTOR, chairAgreed: true}}
                documents:
                  - {id: C1, kind: CONTRIBUTION, forMeeting: SG17-1, handling: {exemption: CHAIR_PROPOSAL, basedOn: []}}
                  - {id: LS1, kind: LIAISON_STATEMENT, liaison: {preparedAt: SG17-1, addressees: [{to: W3C, treatment: ACTION}]}}
                  - {id: R1, kind: REPORT, role: MEETING_REPORT, report: {approval: BY_CHAIR, annexes: [C1]}}
                participantLists:
                  - {entity: Administration A, entityKind: MEMBER_STATE, meeting: SG17-1, received: 2026-05-10}
                """);
        // THEN each detail is a separate fact keyed by its owner's id
        assertThat(s.arrangements()).singleElement().satisfies(a -> {
            assertThat(a.meeting()).isEqualTo("SG17-1");
            assertThat(a.planned()).isFalse();
            assertThat(a.noticeTo()).containsExactly(NoticeParty.TSB);
            assertThat(a.cancellation().decidedBy()).isEqualTo(CancellationAuthority.DIRECTOR);
            assertThat(a.inTimetable()).isNull();
        });
        assertThat(s.handling()).singleElement().satisfies(h -> {
            assertThat(h.exemption()).isEqualTo(TdExemption.CHAIR_PROPOSAL);
            assertThat(h.basedOn()).isEmpty();
            assertThat(h.translationRequested()).isNull();
        });
        assertThat(s.liaisons()).singleElement().satisfies(l -> {
            assertThat(l.addressees()).singleElement().satisfies(a -> assertThat(a.treatment()).isEqualTo(LiaisonTreatment.ACTION));
            assertThat(l.copies()).as("absent list means not recorded").isNull();
        });
        assertThat(s.reportDetails()).singleElement().satisfies(r -> {
            assertThat(r.approval()).isEqualTo(ReportApproval.BY_CHAIR);
            assertThat(r.annexes()).containsExactly("C1");
            assertThat(r.items()).isNull();
        });
        assertThat(s.participantLists()).singleElement().satisfies(p -> {
            assertThat(p.entityKind()).isEqualTo(MemberKind.MEMBER_STATE);
            assertThat(p.received()).isEqualTo(LocalDate.of(2026, 5, 10));
        });
        assertThat(s.leaderDetails()).singleElement().satisfies(d -> {
            assertThat(d.group()).isEqualTo("Q6/17-RG");
            assertThat(d.termsOfReference()).isEqualTo("SG17-R1 Annex B");
        });
        assertThat(s.all()).containsAll(s.arrangements()).containsAll(s.participantLists());
    }

    @Test
    void should_read_and_judge_the_example_of_the_documentation() throws Exception {
        // GIVEN the YAML example at the end of docs/facts-meetings.md
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/facts-meetings.md"));
        String yaml = doc.substring(doc.lastIndexOf("```yaml") + "```yaml".length(), doc.lastIndexOf("```"));
        // WHEN it is read and judged
        org.itut.compliance.Report r = org.itut.compliance.TestEngine.get().evaluate(read(yaml), LocalDate.of(2026, 7, 1));
        // THEN the rapporteur meeting's notice, publicity, confirmation and report all pass
        for (String rule : java.util.List.of("A1-2.3.3.10-rgm-convening-letter-2m", "A1-2.3.3.10-rgm-advance-notice",
                "A1-2.3.3.11-rgm-publicized-at-parent-meeting", "A1-2.3.3.11-rgm-confirmation-2m", "A1-2.3.3.11-rgm-visa-support",
                "A1-2.3.3.12-rgm-report-td", "A1-2.3.3.12-rgm-report-content", "A1-1.4.6-patent-question-recorded",
                "A1-AppI-rgm-report-title", "A1-2.3.3.14-rapporteur-tor", "A1-2.3.3.3-associates-endorsed",
                "A1-2.3.3.2-rapporteur-appointment", "A1-1.3.2-participant-list-1m")) {
            assertThat(r.findingsOf(rule)).as(rule).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.outcome()).as(rule + ": " + f.message()).isEqualTo(org.itut.compliance.Outcome.PASS));
        }
    }

    @Test
    void should_report_unknown_keys_wrong_values_and_unknown_references_in_the_details() {
        // GIVEN details with a misspelt key, an unknown enum value and references to facts that do not exist
        String yaml = """
                groups:
                  - {id: SG17, kind: STUDY_GROUP}
                meetings:
                  - {id: SG17-1, group: SG17, start: 2026-06-15, arrangements: {dependsOn: SG17-0, plannd: true}}
                documents:
                  - {id: C1, kind: CONTRIBUTION, handling: {exemption: LATE, reissueOf: C0}}
                  - {id: LS1, kind: LIAISON_STATEMENT, liaison: {preparedAt: SG17-1, betweenMeetings: true}}
                participantLists:
                  - {entity: Company B, entityKind: SECTOR_MEMBER, meeting: SG17-9}
                """;
        // THEN every problem is reported at once, with its path
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InputException.class).satisfies(e -> {
            String m = e.getMessage();
            assertThat(m).contains("meetings[0].arrangements.dependsOn").contains("SG17-0");
            assertThat(m).contains("unknown key \"plannd\"").containsIgnoringCase("did you mean \"planned\"");
            assertThat(m).contains("documents[0].handling.exemption").contains("\"LATE\" is not a known value");
            assertThat(m).contains("documents[0].handling.reissueOf");
            assertThat(m).contains("cannot be both prepared at SG17-1 and between meetings");
            assertThat(m).contains("participantLists[0].meeting").contains("SG17-9");
        });
    }
}
