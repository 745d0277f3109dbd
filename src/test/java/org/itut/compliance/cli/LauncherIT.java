package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/itut-compliance}, the faster-starting launcher: on first use it makes a class-data archive beside
 * the jar, and its output and exit codes are those of {@code java -jar} on the same jar, with or without it.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin", "itut-compliance");

    record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> env, List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finishes", cmd).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Run launcher(Path jar, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        return run(Map.of("ITUT_COMPLIANCE_JAR", jar.toString()), cmd);
    }

    private static Run javaJar(Path jar, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return run(Map.of(), cmd);
    }

    @Test
    void the_launcher_prints_what_java_jar_prints_and_keeps_its_archive_beside_the_jar(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        // GIVEN a copy of the CLI jar with no archive beside it
        Path jar = dir.resolve("itut-compliance-cli.jar");
        Files.copy(Path.of(System.getProperty("cli.jar", "target/itut-compliance-cli.jar")), jar);
        Run plain = javaJar(jar, "check", "--as-of", "2026-02-15");
        // WHEN the launcher checks the register twice: the first run makes the archive, the second uses it
        Run first = launcher(jar, "check", "--as-of", "2026-02-15");
        assertThat(dir.resolve("itut-compliance-cli.jsa")).isRegularFile();
        Run second = launcher(jar, "check", "--as-of", "2026-02-15");
        // THEN both print exactly what java -jar prints, with its exit code, and nothing on standard error
        assertThat(plain.out()).contains("bundled register").contains("findings:");
        for (Run r : List.of(first, second)) {
            assertThat(r.out()).isEqualTo(plain.out());
            assertThat(r.code()).isEqualTo(plain.code());
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void the_launcher_passes_bad_input_and_its_exit_code_through(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path jar = dir.resolve("cli.jar");
        Files.copy(Path.of(System.getProperty("cli.jar", "target/itut-compliance-cli.jar")), jar);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "groups: [{id: X}]\n");
        Run r = launcher(jar, "check", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("groups[0]").contains("\"kind\" is missing");
        assertThat(launcher(dir.resolve("missing.jar"), "--version").err()).contains("does not exist");
    }
}
