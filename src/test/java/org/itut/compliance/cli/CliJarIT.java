package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code target/itut-compliance-cli.jar} as a user would: it proves the shaded
 * jar keeps the Drools service files it needs and the bundled rules and register.
 */
class CliJarIT {

    record Run(int code, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("cli.jar", "target/itut-compliance-cli.jar"));
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the CLI finishes").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_packaged_cli_checks_the_bundled_register() throws Exception {
        Run r = java("check", "--as-of", "2026-02-15");
        assertThat(r.code()).as(r.err()).isIn(0, 3);
        assertThat(r.out()).contains("bundled register").contains("JCG-IoTSec").contains("A1-1.6-ca-authorization");
        assertThat(r.err()).doesNotContain("SLF4J").doesNotContain("Exception");
    }

    @Test
    void the_packaged_cli_prints_its_version_and_exits_2_on_bad_input() throws Exception {
        assertThat(java("--version").out()).startsWith("itut-compliance ");
        Path bad = Files.createTempFile("bad", ".yaml");
        Files.writeString(bad, "groups: [{id: X}]\n");
        Run r = java("check", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("groups[0]").contains("\"kind\" is missing");
    }
}
