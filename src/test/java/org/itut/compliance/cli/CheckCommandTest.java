package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_check_the_bundled_register_when_no_path_is_given() {
        Run r = run("check", "--as-of", "2026-02-15");
        assertThat(r.out()).contains("as of 2026-02-15").contains("bundled register").contains("JCG-IoTSec")
                .contains("A1-1.6-ca-authorization").contains("findings:");
        assertThat(r.code()).isIn(0, 3);
    }

    @Test
    void should_write_the_documented_json_shape() throws Exception {
        Run r = run("check", "--as-of", "2026-02-15", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("schema").asText()).isEqualTo("itut-compliance/report/v1");
        assertThat(root.path("asOf").asText()).isEqualTo("2026-02-15");
        assertThat(root.path("editions").isArray()).isTrue();
        JsonNode f = root.path("findings").get(0);
        assertThat(f.fieldNames()).toIterable().contains("rule", "outcome", "level", "subject", "message", "citation", "evidence", "due");
        assertThat(f.path("citation").fieldNames()).toIterable().contains("instrument", "edition", "clause", "title", "status");
        assertThat(root.path("determinations").isArray()).isTrue();
    }

    @Test
    void should_exit_2_listing_every_input_problem_with_file_and_line() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "groups:\n  - {id: SG17, kind: STUDY_GROUP, colour: blue}\n  - {id: Q1/17, kind: QUESTION, parent: SG99}\n");
        Run r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("2 problems").contains(f + ":2: groups[0].colour").contains(f + ":3: groups[1].parent");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void should_exit_3_when_a_finding_reaches_the_fail_level_and_0_when_none_does() throws Exception {
        Path f = dir.resolve("facts.yaml");
        Files.writeString(f, """
                groups:
                  - {id: TSAG, kind: TSAG}
                  - {id: SG17, kind: STUDY_GROUP}
                  - id: JCG-Y
                    kind: JOINT_CORRESPONDENCE_GROUP
                    parent: TSAG
                    established: {on: 2025-05-30, by: TSAG}
                    leaders: [{person: A, role: CO_CONVENOR, nominatedBy: SG17}]
                    termsOfReference:
                      document: T
                      parent: TSAG
                      leadership: [{item: b6, role: CO_CONVENOR, count: 2}]
                """);
        assertThat(run("check", f.toString(), "--as-of", "2026-01-01").code()).isEqualTo(3);
        assertThat(run("check", f.toString(), "--as-of", "2026-01-01", "--fail-on", "none").code()).isZero();
        assertThat(run("check", f.toString(), "--as-of", "2026-01-01", "--only", "A1-1.6").code()).isZero();
    }

    @Test
    void should_exit_2_on_bad_usage() {
        assertThat(run("check", "--as-of", "15/02/2026").code()).isEqualTo(2);
        assertThat(run("check", "--format", "pdf").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void should_document_the_exit_codes_in_help() {
        Run r = run("check", "--help");
        assertThat(r.out()).contains("Exit codes:").contains("0").contains("1").contains("2").contains("3");
    }

    @Test
    void should_write_the_report_to_the_output_file_whole() throws Exception {
        // GIVEN an output file that already holds an older report
        Path out = dir.resolve("reports").resolve("report.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old");
        // WHEN the check writes to it
        Run r = run("check", "--as-of", "2026-02-15", "--format", "json", "--output", out.toString());
        // THEN the standard output is empty, the file holds the report, and no temporary file is left beside it
        assertThat(r.code()).as(r.err()).isIn(0, 3);
        assertThat(r.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(out.toFile()).path("schema").asText()).isEqualTo("itut-compliance/report/v1");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void should_exit_1_with_a_message_when_the_output_cannot_be_written() throws Exception {
        // GIVEN an output path below a regular file, and an output path that is a directory
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        // WHEN the check writes there THEN it exits 1 and says why, and the blocker is unchanged
        Run r = run("check", "--as-of", "2026-02-15", "--output", blocker.resolve("report.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--output: cannot write " + blocker.resolve("report.txt"));
        assertThat(Files.readString(blocker)).isEqualTo("x");
        Run d = run("check", "--as-of", "2026-02-15", "--output", dir.toString());
        assertThat(d.code()).isEqualTo(1);
        assertThat(d.err()).contains("it is a directory");
    }

    @Test
    void should_exit_1_when_the_standard_output_fails() {
        // GIVEN a standard output whose every write fails
        CommandLine cl = Cli.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("broken pipe");
            }
        }));
        cl.setErr(new PrintWriter(err));
        // WHEN a check prints its report THEN it exits 1 (not 0) and says so
        assertThat(cl.execute("check", "--as-of", "2026-02-15")).isEqualTo(1);
        assertThat(err.toString()).contains("cannot write the standard output");
    }

    @Test
    void should_print_the_version_on_every_subcommand() {
        for (String command : new String[] {"check", "rules", "explain", "replay"}) {
            Run r = run(command, "--version");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("itut-compliance ");
        }
    }

    @Test
    void should_refuse_a_rule_docs_uri_that_is_not_absolute() {
        Run r = run("check", "--as-of", "2026-02-15", "--format", "sarif", "--rule-docs-uri", "docs/rules/");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--rule-docs-uri").contains("absolute URI");
    }

    @Test
    void should_not_pass_escape_sequences_from_the_input_to_the_terminal() throws Exception {
        // GIVEN a fact file whose values hold terminal escape sequences and a bidirectional override
        Path f = dir.resolve("escapes.yaml");
        Files.writeString(f, "groups:\n  - {id: \"\\e[2JSG17\", kind: \"\\e[31mNOT_A_KIND\\u202E\"}\n");
        // WHEN checked THEN the problems are listed with the sequences made visible, not sent
        Run r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\\u001B[31mNOT_A_KIND").doesNotContain("\u001b").doesNotContain("\u202e");
    }
}
