package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
 * Byte-identical output across JVMs: the packaged jar's classes render every format in three
 * JVMs, the third with a Turkish default locale and the time zone furthest ahead of UTC; the bytes
 * must be equal (no hash order, clock, locale or zone leaks), and the input files unchanged.
 */
class DeterminismIT {

    @TempDir
    Path tmp;

    private Path render(String name, Path facts, String... jvmOptions) throws Exception {
        Path jar = Path.of(System.getProperty("cli.jar", "target/itut-compliance-cli.jar"));
        assertThat(jar).exists();
        Path out = tmp.resolve(name);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvmOptions));
        // The jar first: the library, its rules and its dependencies as shipped; the test classes only add AllFormats.
        cmd.addAll(List.of("-cp", jar + File.pathSeparator + Path.of("target", "test-classes"),
                AllFormats.class.getName(), out.toString(), "--as-of", "2026-02-15", facts.toString()));
        Path log = tmp.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the JVM finishes").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
        return out;
    }

    @Test
    void should_write_the_same_bytes_in_every_format_in_every_jvm_locale_and_time_zone() throws Exception {
        Path facts = RecordAndReplayTest.copyRegister(tmp.resolve("facts"));
        Map<String, String> before = DeterminismTest.hashes(facts);
        Path a = render("a", facts);
        Path b = render("b", facts);
        Path tr = render("tr", facts, "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati");
        Map<String, String> first = DeterminismTest.hashes(a);
        assertThat(first.keySet()).hasSize(CheckCommand.Format.values().length);
        assertThat(DeterminismTest.hashes(b)).as("a second JVM").isEqualTo(first);
        assertThat(DeterminismTest.hashes(tr)).as("a JVM in tr_TR and Pacific/Kiritimati").isEqualTo(first);
        assertThat(DeterminismTest.hashes(facts)).as("the input files").isEqualTo(before);
    }
}
