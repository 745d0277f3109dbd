package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.itut.compliance.internal.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Equal input, equal bytes, in every format; and no command changes an input file. */
class DeterminismTest {

    @TempDir
    Path tmp;

    static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Digests.sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    @Test
    void should_write_byte_identical_output_in_every_format_across_runs() throws Exception {
        Path facts = RecordAndReplayTest.copyRegister(tmp.resolve("facts"));
        for (CheckCommand.Format f : CheckCommand.Format.values()) {
            CliRun.Result a = CliRun.run("check", "--as-of", "2026-02-15", "--format", f.name(), facts.toString());
            CliRun.Result b = CliRun.run("check", "--as-of", "2026-02-15", "--format", f.name(), facts.toString());
            assertThat(a.code()).as(f + ": " + a.err()).isIn(Cli.CLEAN, Cli.FINDINGS);
            assertThat(a.out()).as(f.name()).isNotBlank().isEqualTo(b.out());
        }
    }

    @Test
    void should_leave_every_input_file_unchanged_after_every_command() throws Exception {
        // GIVEN fact files, a parameter override and their hashes
        Path facts = RecordAndReplayTest.copyRegister(tmp.resolve("facts"));
        Path params = Files.createDirectories(tmp.resolve("params"));
        Files.writeString(params.resolve("a1.yaml"), "instrument: A.1\nedition: \"10/2016\"\nvalues:\n"
                + "  contribution-deadline: {period: P10D, clause: \"3.1.8\"}\n");
        Map<String, String> before = hashes(facts);
        Map<String, String> paramsBefore = hashes(params);
        Path rec = tmp.resolve("rec.json");
        // WHEN every command runs over them, in every format, with a record and its replay (the override only
        // there: each engine with overrides compiles the rules anew)
        for (CheckCommand.Format f : CheckCommand.Format.values()) {
            CliRun.run("check", "--as-of", "2026-02-15", "--format", f.name(), facts.toString());
        }
        for (List<String> cmd : List.of(
                List.of("check", "--as-of", "2026-02-15", "--due-within", "P3M", facts.toString()),
                List.of("check", "--as-of", "2026-02-15", "--record", rec.toString(), "--parameters", params.toString(), facts.toString()),
                List.of("replay", rec.toString()),
                List.of("explain", "A1-1.6-ca-convener", "--as-of", "2026-02-15", facts.toString()),
                List.of("rules"))) {
            CliRun.Result r = CliRun.run(cmd.toArray(String[]::new));
            assertThat(r.code()).as(cmd + ": " + r.err()).isIn(Cli.CLEAN, Cli.FINDINGS);
            // THEN after each, every input file has the bytes it had
            assertThat(hashes(facts)).as("facts after " + cmd).isEqualTo(before);
            assertThat(hashes(params)).as("parameters after " + cmd).isEqualTo(paramsBefore);
        }
    }
}
