package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input against the packaged CLI in a child JVM with a 256 MB heap: each is refused with
 * exit 2 and a message that names the file, the line and the limit, quickly and without running out
 * of memory (an OutOfMemoryError would be exit 1). The timeout is generous, for a shared machine;
 * the times are printed.
 */
class HostileInputIT {

    @TempDir
    static Path tmp;

    record Run(int code, String out, String err, long millis) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("cli.jar", "target/itut-compliance-cli.jar"));
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "cli", ".out");
        Path err = Files.createTempFile(tmp, "cli", ".err");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the CLI finishes").isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), millis);
    }

    static Path big;

    @BeforeAll
    static void write_a_200_mb_file() throws IOException {
        big = tmp.resolve("big.yaml");
        String line = "  - {id: G0000000, kind: CORRESPONDENCE_GROUP, name: a group of a register far too large, parent: TSAG}\n";
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write("groups:\n");
            for (long n = 0; n < 200L << 20; n += line.length()) {
                w.write(line);
            }
        }
    }

    private static Run refused(Path f, String... expected) throws Exception {
        Run r = java("check", "--as-of", "2026-02-15", f.toString());
        System.out.println(f.getFileName() + ": exit " + r.code() + " in " + r.millis() + " ms (JVM start included), -Xmx256m");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("1 problem; nothing was evaluated").contains(expected)
                .doesNotContain("Exception").doesNotContain("OutOfMemory");
        assertThat(r.millis()).as("time to refuse, JVM start included").isLessThan(10_000);
        return r;
    }

    @Test
    void should_refuse_a_yaml_alias_bomb() throws Exception {
        Path f = Files.writeString(tmp.resolve("bomb.yaml"), bomb());
        refused(f, f + ":2: a1[0]", "alias *a0", "limit aliases is 0");
        // and with aliases allowed, the expansion is stopped at the values limit
        Run r = java("check", "--as-of", "2026-02-15", "--limit", "aliases=100", f.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("expands to", "limit values =").doesNotContain("OutOfMemory");
    }

    /** The billion laughs: ten aliases of ten aliases ..., 10^9 values if expanded. */
    static String bomb() {
        StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    @Test
    void should_refuse_10000_deep_nesting_in_yaml_and_json() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        refused(Files.writeString(tmp.resolve("deep.yaml"), "groups: " + deep + "\n"), "deep.yaml:1:", "limit depth = 64");
        refused(Files.writeString(tmp.resolve("deep.json"), "{\"groups\": " + deep + "}\n"), "deep.json:1:", "limit depth = 64");
    }

    @Test
    void should_refuse_a_200_mb_file_before_reading_it() throws Exception {
        refused(big, big + ": the file is 200.0 MiB", "limit file-size of 64 MiB");
    }

    @Test
    void should_stop_a_200_mb_file_at_the_facts_limit_when_the_size_limit_is_raised() throws Exception {
        // With the size allowed, a 256 MB heap still suffices: reading stops at the facts limit, lowered here.
        Run r = java("check", "--as-of", "2026-02-15", "--limit", "file-size=1G", "--limit", "facts=100000", big.toString());
        System.out.println("big.yaml, file-size=1G facts=100000: exit " + r.code() + " in " + r.millis() + " ms");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("more than 100000 facts", "limit facts = 100000").doesNotContain("OutOfMemory");
    }
}
