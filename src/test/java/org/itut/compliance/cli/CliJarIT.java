package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return java(Map.of(), args);
    }

    /** Runs the jar with {@code env} added to the environment; the output is read back as the bytes written, as UTF-8. */
    private static Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Bytes b = bytes(env, args);
        return new Run(b.code(), new String(b.out(), StandardCharsets.UTF_8), new String(b.err(), StandardCharsets.UTF_8));
    }

    record Bytes(int code, byte[] out, byte[] err) {
    }

    private static Bytes bytes(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("cli.jar", "target/itut-compliance-cli.jar"));
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the CLI finishes").isTrue();
        Bytes b = new Bytes(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return b;
    }

    @Test
    void the_packaged_cli_checks_the_bundled_register() throws Exception {
        Run r = java("check", "--as-of", "2026-02-15");
        assertThat(r.code()).as(r.err()).isIn(0, 3);
        assertThat(r.out()).contains("bundled register").contains("JCG-IoTSec").contains("A1-1.6-ca-authorization");
        assertThat(r.err()).doesNotContain("SLF4J").doesNotContain("Exception");
    }

    @Test
    void should_write_the_same_utf8_bytes_whatever_the_locale() throws Exception {
        for (String format : List.of("text", "json", "sarif")) {
            // GIVEN the register with the invented Circular 101 replies of examples/ (their tallies print "×" and "≥";
            // the register alone states no reply), WHEN checked under the C locale (ASCII) and under C.UTF-8
            List<String> args = new ArrayList<>(List.of("check", "--as-of", "2026-04-04", "--format", format,
                    "src/main/resources/org/itut/compliance/register", "examples/circular-101-replies"));
            if (format.equals("sarif")) {
                args.add("--sarif-all");
            }
            Bytes ascii = bytes(Map.of("LC_ALL", "C", "LANG", "C"), args.toArray(String[]::new));
            Bytes utf8 = bytes(Map.of("LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"), args.toArray(String[]::new));
            // THEN both runs write byte-identical output, with the non-ASCII characters intact
            assertThat(ascii.code()).as(new String(ascii.err(), StandardCharsets.UTF_8)).isIn(0, 3);
            assertThat(ascii.out()).as(format).isEqualTo(utf8.out());
            String text = new String(ascii.out(), StandardCharsets.UTF_8);
            assertThat(text).as(format).contains(format.equals("text") ? "\u00b7" : "\u2265").doesNotContain("\uFFFD");
            assertThat(text.codePoints().filter(c -> c > 127).count()).as("non-ASCII characters in " + format).isPositive();
        }
    }

    @Test
    void should_print_the_version_on_every_command() throws Exception {
        for (String command : List.of("check", "rules", "explain", "replay")) {
            Run r = java(command, "--version");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("itut-compliance ").doesNotContain("dev");
        }
    }

    @Test
    void should_exit_1_when_the_report_cannot_be_written() throws Exception {
        // GIVEN a standard output that cannot take the report (a full disk)
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("cli.jar", "target/itut-compliance-cli.jar"), "check", "--as-of", "2026-02-15");
        Path err = Files.createTempFile("cli", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(full.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        // THEN the check exits 1 and says why
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err)).contains("cannot write the standard output");
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

    @Test
    void should_generate_shell_completion_and_man_pages_covering_every_command() throws Exception {
        // GIVEN the build's generated files (target/, written by picocli's generators at prepare-package)
        Path target = Path.of(System.getProperty("cli.jar", "target/itut-compliance-cli.jar")).getParent();
        String completion = Files.readString(target.resolve("itut-compliance_completion"));
        // THEN the completion knows every command and the check options, and there is a man page per command
        assertThat(completion).contains("check", "rules", "explain", "replay", "--sarif-all", "--output", "--fail-on", "--version");
        for (String page : List.of("itut-compliance", "itut-compliance-check", "itut-compliance-rules", "itut-compliance-explain",
                "itut-compliance-replay")) {
            String adoc = Files.readString(target.resolve("man").resolve(page + ".adoc"));
            assertThat(adoc).as(page).contains(":doctype: manpage").doesNotContain("itut-compliance dev");
        }
        assertThat(Files.readString(target.resolve("man").resolve("itut-compliance-check.adoc"))).contains("--rule-docs-uri", "Exit codes");
    }
}
