package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.PartialDate;
import org.itut.compliance.facts.Position;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<InputProblem> problems(Path... paths) {
        InputException e = catchThrowableOfType(InputException.class, () -> FactReader.read(List.of(paths)));
        assertThat(e).as("an InputException").isNotNull();
        return e.problems();
    }

    @Test
    void should_read_a_well_formed_file_with_partial_dates_instants_and_positions() throws Exception {
        // GIVEN
        Path f = write("facts.yaml", """
                groups:
                  - {id: SG17, kind: STUDY_GROUP}
                  - {id: Q7/17, kind: QUESTION, parent: SG17}
                meetings:
                  - {id: SG17-2026-06, group: SG17, start: 2026-06}
                consultations:
                  - {id: C1, procedure: QUESTION_RES1_2022_7_3_2, deadline: "2026-04-03T23:59Z", subjects: [Q7/17]}
                replies:
                  - {id: R1, consultation: C1, from: Ruritania, memberKind: MEMBER_STATE, receivedAt: "2026-04-04T01:05+02:00", positions: {Q7/17: support}}
                """);
        // WHEN
        Submission s = FactReader.read(List.of(f));
        // THEN
        assertThat(s.groups()).extracting(g -> g.kind()).containsExactly(GroupKind.STUDY_GROUP, GroupKind.QUESTION);
        assertThat(s.meetings().get(0).start()).isEqualTo(PartialDate.parse("2026-06"));
        assertThat(s.meetings().get(0).start().isExact()).isFalse();
        assertThat(s.consultations().get(0).deadline()).isEqualTo(Instant.parse("2026-04-03T23:59:00Z"));
        assertThat(s.replies().get(0).receivedAt()).isEqualTo(Instant.parse("2026-04-03T23:05:00Z"));
        assertThat(s.replies().get(0).positionOn("Q7/17")).isEqualTo(Position.SUPPORT);
        assertThat(s.replies().get(0).memberState()).isEqualTo("Ruritania");
        assertThat(s.origin("Q7/17")).hasValueSatisfying(o -> {
            assertThat(o.line()).isEqualTo(3);
            assertThat(o.path()).isEqualTo("groups[1]");
        });
    }

    @Test
    void should_report_an_unknown_key_with_file_line_path_and_a_suggestion() throws Exception {
        Path f = write("facts.yaml", """
                groups:
                  - id: SG17
                    kind: STUDY_GROUP
                  - id: WP2/17
                    kind: WORKING_PARTY
                    parnet: SG17
                """);
        List<InputProblem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo(f.toString());
        assertThat(p.get(0).line()).isEqualTo(6);
        assertThat(p.get(0).path()).isEqualTo("groups[1].parnet");
        assertThat(p.get(0).problem()).isEqualTo("unknown key \"parnet\"");
        assertThat(p.get(0).expected()).contains("did you mean \"parent\"?");
    }

    @Test
    void should_report_a_bad_date_saying_what_was_expected() throws Exception {
        Path f = write("facts.yaml", """
                groups:
                  - {id: SG17, kind: STUDY_GROUP}
                meetings:
                  - {id: M1, group: SG17, start: 2025-13-03}
                documents:
                  - {id: D1, kind: TD, submitted: 3 December 2025}
                """);
        List<InputProblem> p = problems(f);
        assertThat(p).extracting(InputProblem::path).containsExactly("meetings[0].start", "documents[0].submitted");
        assertThat(p.get(0).problem()).contains("\"2025-13-03\" is not a date");
        assertThat(p.get(0).expected()).contains("YYYY-MM-DD");
        assertThat(p.get(1).line()).isEqualTo(6);
    }

    @Test
    void should_report_a_duplicate_id_naming_both_places_even_across_files() throws Exception {
        Path a = write("a.yaml", "groups:\n  - {id: SG17, kind: STUDY_GROUP}\n");
        Path b = write("b.yaml", "groups:\n  - {id: TSAG, kind: TSAG}\n  - {id: SG17, kind: STUDY_GROUP}\n");
        List<InputProblem> p = problems(a, b);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo(b.toString());
        assertThat(p.get(0).line()).isEqualTo(3);
        assertThat(p.get(0).path()).isEqualTo("groups[1].id");
        assertThat(p.get(0).problem()).contains("already used").contains(a.toString() + ":2");
    }

    @Test
    void should_report_an_unknown_parent_and_every_other_unknown_reference() throws Exception {
        Path f = write("facts.yaml", """
                groups:
                  - {id: SG17, kind: STUDY_GROUP}
                  - {id: Q6/17, kind: QUESTION, parent: SG99}
                meetings:
                  - {id: M1, group: SG17, start: 2026-01-01, inConjunctionWith: M9}
                documents:
                  - {id: D1, kind: TD, forMeeting: SG17}
                """);
        List<InputProblem> p = problems(f);
        assertThat(p).extracting(InputProblem::path)
                .containsExactly("groups[1].parent", "meetings[0].inConjunctionWith", "documents[0].forMeeting");
        assertThat(p.get(0).problem()).isEqualTo("group \"SG99\" is not in the submission");
        assertThat(p.get(0).expected()).isEqualTo("add the group or correct the id");
        assertThat(p.get(2).problem()).isEqualTo("\"SG17\" is a group (" + f + ":2)");
        assertThat(p.get(2).expected()).isEqualTo("the id of a meeting");
    }

    @Test
    void should_report_wrong_types_without_guessing() throws Exception {
        Path f = write("facts.yaml", """
                groups:
                  - {id: SG17, kind: STUDY_GROUP, associated: SG20}
                  - {id: JCG, kind: JOINT_CORRESPONDENCE_GROUP, parent: SG17, termsOfReference: {document: T, leadership: [{item: x, role: CO_CONVENOR, count: two}]}}
                  - {id: X, kind: STUDY_GRUOP}
                meetings: {id: M1}
                """);
        List<InputProblem> p = problems(f);
        assertThat(p).extracting(InputProblem::path).containsExactly(
                "groups[0].associated", "groups[1].termsOfReference.leadership[0].count", "groups[2].kind", "meetings");
        assertThat(p.get(0).expected()).contains("write [SG20] for one");
        assertThat(p.get(1).problem()).isEqualTo("found the text \"two\"");
        assertThat(p.get(1).expected()).isEqualTo("a whole number");
        assertThat(p.get(2).expected()).startsWith("one of WTSA, TSAG, STUDY_GROUP");
        assertThat(p.get(3).expected()).startsWith("a list of mappings");
    }

    @Test
    void should_refuse_an_empty_file() throws Exception {
        Path f = write("empty.yaml", "\n# nothing here\n");
        List<InputProblem> p = problems(f);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.problem()).isEqualTo("the file is empty");
            assertThat(x.line()).isZero();
        });
    }

    @Test
    void should_report_invalid_yaml_with_its_line() throws Exception {
        Path f = write("bad.yaml", "groups:\n  - id: SG17\n    kind: [STUDY_GROUP\n  - id: TSAG\n");
        List<InputProblem> p = problems(f);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.problem()).startsWith("not valid YAML");
            assertThat(x.line()).isPositive();
        });
    }

    @Test
    void should_report_the_one_bad_file_of_a_directory_and_nothing_for_the_good_ones() throws Exception {
        write("facts/01-groups.yaml", "groups:\n  - {id: SG17, kind: STUDY_GROUP}\n");
        write("facts/02-meetings.yaml", "meetings:\n  - {id: M1, group: SG17, start: 2026-01-12}\n");
        Path bad = write("facts/sub/03-bad.json", "{\"documents\": [{\"id\": \"D1\", \"kind\": \"TD\", \"date\": \"yesterday\"}]}");
        write("facts/notes.txt", "not a fact file");
        List<InputProblem> p = problems(dir.resolve("facts"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.file()).isEqualTo(bad.toString());
            assertThat(x.path()).isEqualTo("documents[0].date");
            assertThat(x.line()).isEqualTo(1);
        });
    }

    @Test
    void should_report_every_problem_of_a_file_at_once_in_line_order() throws Exception {
        Path f = write("facts.yaml", """
                groups:
                  - {id: SG17, kind: STUDY_GROUP, colour: blue}
                  - {id: SG17, kind: STUDY_GROUP}
                  - {kind: TSAG}
                meetings:
                  - {id: M1, group: SG18, start: soon}
                """);
        List<InputProblem> p = problems(f);
        assertThat(p).hasSize(5);
        assertThat(p).extracting(InputProblem::line).isSorted();
    }

    @Test
    void should_report_a_cycle_of_parents_once() throws Exception {
        Path f = write("facts.yaml", """
                groups:
                  - {id: A, kind: STUDY_GROUP, parent: C}
                  - {id: B, kind: WORKING_PARTY, parent: A}
                  - {id: C, kind: WORKING_PARTY, parent: B}
                """);
        List<InputProblem> p = problems(f);
        assertThat(p).singleElement().satisfies(x -> assertThat(x.problem()).contains("cycle").contains("A → C → B → A"));
    }

    @Test
    void should_report_a_position_on_a_subject_the_consultation_does_not_have() throws Exception {
        Path f = write("facts.yaml", """
                groups:
                  - {id: Q7/17, kind: QUESTION}
                consultations:
                  - {id: C1, procedure: QUESTION_RES1_2022_7_3_2, subjects: [Q7/17]}
                replies:
                  - {id: R1, consultation: C1, from: X, memberKind: MEMBER_STATE, positions: {Q9/17: SUPPORT, Q7/17: maybe}}
                """);
        List<InputProblem> p = problems(f);
        assertThat(p).extracting(InputProblem::path).containsExactlyInAnyOrder("replies[0].positions.Q7/17", "replies[0].positions.Q9/17");
    }

    @Test
    void should_leave_the_input_file_unchanged() throws Exception {
        String text = "groups:\n  - {id: SG17, kind: STUDY_GROUP}\n";
        Path f = write("facts.yaml", text);
        FactReader.read(List.of(f));
        assertThat(Files.readString(f)).isEqualTo(text);
    }

    @Test
    void should_format_a_problem_as_file_line_path_problem_and_expectation() {
        InputProblem p = new InputProblem("facts/2026.yaml", 41, "groups[3].parent", "group \"SG99\" is not in the submission",
                "add the group or correct the id");
        assertThat(p).hasToString("facts/2026.yaml:41: groups[3].parent: group \"SG99\" is not in the submission. Add the group or correct the id.");
    }

    @Test
    void should_read_the_bundled_register() throws Exception {
        Submission s = FactReader.readRegister();
        assertThat(s.group("JCG-IoTSec")).isPresent();
        assertThat(s.meeting("SG17-2025-12")).hasValueSatisfying(m -> assertThat(m.start().exact()).isEqualTo(LocalDate.of(2025, 12, 3)));
        assertThat(s.origin("JCG-IoTSec")).hasValueSatisfying(o -> assertThat(o.file()).isEqualTo("register/000-tsb-circular-67.yaml"));
    }

    @Test
    void should_read_from_a_reader_telling_json_from_yaml_by_name() throws Exception {
        Submission s = FactReader.read("inline.json", new StringReader("{\"groups\": [{\"id\": \"SG17\", \"kind\": \"STUDY_GROUP\"}]}"));
        assertThat(s.groups()).hasSize(1);
    }

    @Test
    void should_report_a_reference_deep_inside_a_fact_at_its_own_line() throws Exception {
        // GIVEN terms of reference whose lifetime is decided by a group that is not there, and a meeting
        // whose arrangements depend on an unknown meeting
        Path f = write("facts.yaml", """
                groups:
                  - id: JCG
                    kind: JOINT_CORRESPONDENCE_GROUP
                    termsOfReference:
                      document: TOR-1
                      lifetime:
                        kind: UNTIL_DECISION
                        decidedBy: SG99
                meetings:
                  - id: M1
                    group: JCG
                    start: 2026-01-12
                    arrangements:
                      planned: true
                      dependsOn: M0
                """);
        // WHEN
        List<InputProblem> p = problems(f);
        // THEN each is reported at the line of its key, with its path in the file
        assertThat(p).extracting(InputProblem::line, InputProblem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(8, "groups[0].termsOfReference.lifetime.decidedBy"),
                org.assertj.core.groups.Tuple.tuple(15, "meetings[0].arrangements.dependsOn"));
        assertThat(p.get(1).problem()).isEqualTo("meeting \"M0\" is not in the submission");
    }

    @Test
    void should_point_at_the_item_of_the_file_when_an_earlier_item_could_not_be_read() throws Exception {
        // GIVEN two leaders, the first without a person (left out of the group), the second nominated by an unknown group
        Path f = write("facts.yaml", """
                groups:
                  - id: JCG
                    kind: JOINT_CORRESPONDENCE_GROUP
                    leaders:
                      - {role: CONVENOR}
                      - {person: A. Person, role: CO_CONVENOR, nominatedBy: SG99}
                """);
        // WHEN
        List<InputProblem> p = problems(f);
        // THEN the second problem names the second item of the file's list, not the first of the group's
        assertThat(p).extracting(InputProblem::path).containsExactly("groups[0].leaders[0]", "groups[0].leaders[1].nominatedBy");
        assertThat(p.get(1).line()).isEqualTo(6);
    }

    @Test
    void should_not_report_references_to_a_fact_that_is_in_the_file_but_could_not_be_read() throws Exception {
        // GIVEN a group with a misspelt kind, and a meeting and a document of it
        Path f = write("facts.yaml", """
                groups:
                  - {id: SG17, kind: STUDY_GRUOP}
                meetings:
                  - {id: M1, group: SG17, start: 2026-01-12}
                documents:
                  - {id: D1, kind: TD, source: SG17, forMeeting: M1}
                """);
        // WHEN / THEN only the kind is reported: the group's id is declared, its fact could not be made
        assertThat(problems(f)).singleElement().satisfies(x -> assertThat(x.path()).isEqualTo("groups[0].kind"));
    }
}
