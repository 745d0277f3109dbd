package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Origin;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Digests;
import org.itut.compliance.io.EvaluationRecord;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.io.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --record FILE} and {@code replay FILE}. */
class RecordAndReplayTest {

    @TempDir
    Path tmp;

    @Test
    void should_record_hashes_that_anyone_can_recompute() throws Exception {
        // GIVEN the bundled register WHEN checked with --record
        Path rec = tmp.resolve("audit/record.json");
        CliRun.Result r = CliRun.run("check", "--as-of", "2026-02-15", "--record", rec.toString());
        // THEN the record is written beside the normal output
        assertThat(r.code()).as(r.err()).isIn(Cli.CLEAN, Cli.FINDINGS);
        assertThat(r.out()).contains("findings:");
        JsonNode n = new ObjectMapper().readTree(rec.toFile());
        assertThat(n.path("schema").asText()).isEqualTo(EvaluationRecord.SCHEMA);
        assertThat(n.path("asOf").asText()).isEqualTo("2026-02-15");
        assertThat(n.path("exitCode").asInt()).isEqualTo(r.code());
        assertThat(n.path("arguments").toString()).isEqualTo("[\"check\",\"--as-of\",\"2026-02-15\"]");
        // and every register file is listed with the SHA-256 of its bytes
        List<String> names = Resources.list(FactReader.REGISTER, f -> f.endsWith(".yaml"));
        assertThat(n.path("input").path("files").size()).isEqualTo(names.size());
        for (JsonNode f : n.path("input").path("files")) {
            assertThat(f.path("sha256").asText()).isEqualTo(Digests.sha256(Resources.read(f.path("file").asText())));
        }
        // and the rule-set hash is SHA-256 over each rule file's path, NUL, bytes, NUL, in path order
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (String drl : Resources.list("rules", f -> f.endsWith(".drl"))) {
            bytes.write(("rules/" + drl).getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            bytes.write(Resources.read("rules/" + drl));
            bytes.write(0);
        }
        assertThat(n.path("ruleSet").path("sha256").asText()).isEqualTo(Digests.sha256(bytes.toByteArray()));
        assertThat(n.path("ruleSet").path("rules").asInt()).isEqualTo(TestEngine.get().rules().size());
        assertThat(n.path("parameters").path("sha256").asText()).hasSize(64);
        assertThat(n.path("report").path("sha256").asText()).hasSize(64);
    }

    @Test
    void should_write_the_same_record_for_the_same_evaluation() throws Exception {
        // GIVEN one evaluation recorded twice
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        CliRun.run("check", "--as-of", "2026-02-15", "--record", a.toString(), "--format", "json");
        CliRun.run("check", "--as-of", "2026-02-15", "--format", "json", "--record=" + b);
        // THEN the records are byte-equal: no timestamp, and the --record option, in either spelling, is left out
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void should_list_the_files_of_a_directory_as_the_reader_reads_them() throws Exception {
        // GIVEN a directory holding the register's files (and a file that is not a fact file)
        Path facts = copyRegister(tmp.resolve("facts"));
        Files.writeString(facts.resolve("notes.txt"), "not facts");
        Path rec = tmp.resolve("r.json");
        // WHEN checked with --record
        CliRun.Result r = CliRun.run("check", "--as-of", "2026-02-15", "--record", rec.toString(), facts.toString());
        assertThat(r.code()).as(r.err()).isIn(Cli.CLEAN, Cli.FINDINGS);
        // THEN the record lists exactly the files the facts came from
        Submission read = FactReader.read(List.of(facts));
        TreeSet<String> origins = new TreeSet<>();
        read.origins().values().stream().map(Origin::file).forEach(origins::add);
        TreeSet<String> recorded = new TreeSet<>();
        new ObjectMapper().readTree(rec.toFile()).path("input").path("files").forEach(f -> recorded.add(f.path("file").asText()));
        assertThat(recorded).isEqualTo(origins);
        assertThat(new ObjectMapper().readTree(rec.toFile()).path("input").path("facts").asInt()).isEqualTo(read.size());
    }

    @Test
    void should_replay_a_record_that_still_holds() throws Exception {
        // GIVEN a recorded evaluation of a directory of facts
        Path facts = copyRegister(tmp.resolve("facts"));
        Path rec = tmp.resolve("r.json");
        CliRun.run("check", "--as-of", "2026-02-15", "--fail-on", "none", "--record", rec.toString(), facts.toString());
        // WHEN it is replayed unchanged
        CliRun.Result r = CliRun.run("replay", rec.toString());
        // THEN it reproduces
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Cli.CLEAN);
        int files = Resources.list(FactReader.REGISTER, f -> f.endsWith(".yaml")).size();
        assertThat(r.out()).contains("Reproduced").contains(files + " input files");
    }

    @Test
    void should_refuse_a_replay_whose_input_file_changed_naming_the_file() throws Exception {
        // GIVEN a recorded evaluation of a directory of facts
        Path facts = copyRegister(tmp.resolve("facts"));
        Path rec = tmp.resolve("r.json");
        CliRun.run("check", "--as-of", "2026-02-15", "--record", rec.toString(), facts.toString());
        // WHEN a file loses the JCG's co-convenors, another file appears, and the record is replayed
        Path circular = facts.resolve("000-tsb-circular-67.yaml");
        String text = Files.readString(circular);
        Files.writeString(circular, text.replaceAll("(?s)    leaders:\\n(      - \\{person[^\\n]*\\n)+", "    leaders: []\n"));
        assertThat(Files.readString(circular)).isNotEqualTo(text);
        Files.writeString(facts.resolve("zz-new.yaml"), "groups: []\n");
        CliRun.Result r = CliRun.run("replay", rec.toString());
        // THEN the replay is refused before anything is evaluated, naming both files
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("refused", "input file " + circular + ": changed (sha256 ",
                "input file " + facts.resolve("zz-new.yaml") + ": new, not read then");
        assertThat(r.out()).doesNotContain("Reproduced");
        // and a file that went is named too
        Files.writeString(circular, text);
        Files.delete(facts.resolve("zz-new.yaml"));
        Files.delete(facts.resolve("004-tsag-ls-jca-idm.yaml"));
        assertThat(CliRun.run("replay", rec.toString()).err()).contains("input file " + facts.resolve("004-tsag-ls-jca-idm.yaml")
                + ": read then, gone now");
    }

    @Test
    void should_refuse_a_replay_whose_parameter_override_changed_naming_the_file() throws Exception {
        // GIVEN an evaluation recorded with a parameter override
        Path params = Files.createDirectories(tmp.resolve("params"));
        Path a1 = Files.writeString(params.resolve("a1.yaml"), "instrument: A.1\nedition: \"10/2016\"\nvalues:\n"
                + "  contribution-deadline: {period: P10D, clause: \"3.1.8\"}\n");
        Path rec = tmp.resolve("r.json");
        CliRun.Result first = CliRun.run("check", "--as-of", "2026-02-15", "--parameters", params.toString(), "--record", rec.toString());
        assertThat(first.code()).as(first.err()).isIn(Cli.CLEAN, Cli.FINDINGS);
        assertThat(CliRun.run("replay", rec.toString()).code()).isEqualTo(Cli.CLEAN);
        // WHEN the override is edited THEN the replay is refused naming the file
        Files.writeString(a1, Files.readString(a1).replace("P10D", "P11D"));
        CliRun.Result r = CliRun.run("replay", rec.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("parameter file " + a1 + ": changed");
    }

    @Test
    void should_list_what_differs_when_the_inputs_are_the_same_but_the_result_is_not() throws Exception {
        // GIVEN a record whose report hash and counts no longer match what these inputs give (as after a change of rules)
        Path facts = copyRegister(tmp.resolve("facts"));
        Path rec = tmp.resolve("r.json");
        CliRun.run("check", "--as-of", "2026-02-15", "--record", rec.toString(), facts.toString());
        com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(rec.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) n.path("report")).put("sha256", "0".repeat(64));
        ((com.fasterxml.jackson.databind.node.ObjectNode) n.path("counts")).put("FAIL", 999);
        Files.writeString(rec, EvaluationRecord.write(n));
        // WHEN replayed THEN it runs and lists each difference
        CliRun.Result r = CliRun.run("replay", rec.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Cli.FINDINGS);
        assertThat(r.out()).contains("count FAIL: 999 then", "report (sha256): 000000000000… then");
    }

    @Test
    void should_refuse_a_file_that_is_not_a_record() throws Exception {
        Path bogus = Files.writeString(tmp.resolve("x.json"), "{\"schema\": \"something else\"}");
        CliRun.Result r = CliRun.run("replay", bogus.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("not an evaluation record");
    }

    @Test
    void should_say_when_the_record_cannot_be_written() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("file"), "x");
        CliRun.Result r = CliRun.run("check", "--as-of", "2026-02-15", "--record", blocker.resolve("r.json").toString());
        assertThat(r.code()).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(r.err()).contains("--record: cannot write");
    }

    static Path copyRegister(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<String> copied = new ArrayList<>();
        for (String name : Resources.list(FactReader.REGISTER, f -> f.endsWith(".yaml"))) {
            Files.write(dir.resolve(name), Resources.read(FactReader.REGISTER + "/" + name));
            copied.add(name);
        }
        assertThat(copied).isNotEmpty();
        return dir;
    }
}
