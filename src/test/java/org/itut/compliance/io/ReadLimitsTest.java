package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading limits (docs/facts-format.md, "Limits") and the input that is refused whatever the limits. */
class ReadLimitsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private static List<InputProblem> problems(ReadLimits limits, Path... paths) {
        InputException e = catchThrowableOfType(InputException.class, () -> FactReader.read(List.of(paths), limits));
        assertThat(e).as("an InputException").isNotNull();
        return e.problems();
    }

    private static List<InputProblem> problems(Path... paths) {
        return problems(ReadLimits.DEFAULTS, paths);
    }

    @Test
    void should_refuse_a_yaml_alias_naming_it_and_its_anchor() throws Exception {
        // GIVEN a parent written as an alias of the anchored TSAG mapping (read as the text "SG17" before)
        Path f = write("alias.yaml", """
                groups:
                  - &SG17 {id: TSAG, kind: TSAG}
                  - {id: SG17, kind: STUDY_GROUP, parent: *SG17}
                """);
        // WHEN read THEN one problem names the alias, its anchor's line and the limit
        List<InputProblem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(3);
        assertThat(p.get(0).path()).isEqualTo("groups[1].parent");
        assertThat(p.get(0).toString()).contains("alias *SG17", "anchor &SG17 is on line 2", "limit aliases is 0");
    }

    @Test
    void should_expand_allowed_aliases_and_stop_an_alias_bomb_at_the_values_limit() throws Exception {
        // GIVEN an alias used where a mapping is expected, and a billion-laughs file
        Path ok = write("ok.yaml", """
                groups:
                  - &tsag {id: TSAG, kind: TSAG}
                meetings:
                  - {id: M1, group: TSAG, start: 2026-01-01, end: 2026-01-02}
                """);
        Path bomb = write("bomb.yaml", bomb());
        ReadLimits aliases = ReadLimits.DEFAULTS.with("aliases", 1000);
        // WHEN read with aliases allowed THEN the first reads, the second stops once its expansion passes the values limit
        assertThat(FactReader.read(List.of(ok), aliases).groups()).hasSize(1);
        List<InputProblem> p = problems(aliases, bomb);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).toString()).contains("alias *a", "expands to", "limit values = " + ReadLimits.DEFAULTS.values());
        // and a limit on the count of aliases holds too
        assertThat(problems(ReadLimits.DEFAULTS.with("aliases", 3), bomb).get(0).toString()).contains("limit aliases = 3");
    }

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

    /** Its static initializer runs only if something makes the class ready for use: loading it by name for a tag would. */
    static final class Canary {
        static {
            System.setProperty("itut.canary", "initialized");
        }
    }

    @Test
    void should_refuse_a_yaml_tag_and_never_make_its_class() throws Exception {
        // GIVEN tags naming a class of this test, a JDK class and a class that does not exist
        for (String tag : List.of("!!" + Canary.class.getName(), "!!javax.script.ScriptEngineManager", "!!com.example.Missing",
                "!<tag:yaml.org,2002:java.lang.ProcessBuilder>")) {
            Path f = write("tag.yaml", "groups:\n  - " + tag + " {id: TSAG, kind: TSAG}\n");
            // WHEN read THEN the tag is refused by name, and the canary's class was never initialised
            List<InputProblem> p = problems(f);
            assertThat(p).hasSize(1);
            assertThat(p.get(0).toString()).contains("YAML tag", "is refused").contains("groups[0]");
        }
        assertThat(System.getProperty("itut.canary")).as("the tagged class was initialised").isNull();
        // and a tag on a scalar is refused as well
        assertThat(problems(write("s.yaml", "groups:\n  - {id: TSAG, kind: !!str TSAG}\n")).get(0).toString())
                .contains("!!str", "groups[0].kind");
    }

    @Test
    void should_refuse_deep_nesting_at_the_depth_limit_in_yaml_and_json() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        for (Path f : List.of(write("deep.json", "{\"groups\": " + deep + "}"), write("deep.yaml", "groups: " + deep + "\n"))) {
            List<InputProblem> p = problems(f);
            assertThat(p).as(f.toString()).hasSize(1);
            assertThat(p.get(0).line()).isEqualTo(1);
            assertThat(p.get(0).toString()).contains("deeper than 64 levels", "limit depth = 64", "--limit depth=N");
        }
        // a depth the format uses reads, and the limit can be lowered below it
        Path ok = write("ok.yaml", "groups:\n  - {id: TSAG, kind: TSAG, established: {on: 2020-01-01}}\n");
        assertThat(FactReader.read(List.of(ok)).groups()).hasSize(1);
        assertThat(problems(ReadLimits.DEFAULTS.with("depth", 3), ok).get(0).toString()).contains("limit depth = 3");
    }

    @Test
    void should_refuse_a_file_over_the_size_limit_before_reading_it() throws Exception {
        // GIVEN a file larger than the limit whose bytes are not even UTF-8
        byte[] bytes = new byte[4096];
        java.util.Arrays.fill(bytes, (byte) 0xFF);
        Path f = write("big.yaml", bytes);
        // WHEN read with a 1 KiB limit THEN the size is the problem (nothing was decoded), with both sizes
        List<InputProblem> p = problems(ReadLimits.DEFAULTS.with("file-size", "1K"), f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).toString()).contains("4 KiB (4096 bytes)", "limit file-size of 1 KiB (1024 bytes)");
        // and the Reader entry point counts characters against the same limit
        InputException e = catchThrowableOfType(InputException.class, () -> FactReader.read("r.yaml",
                new StringReader("about: " + "x".repeat(2000)), ReadLimits.DEFAULTS.with("file-size", 1024)));
        assertThat(e.problems().get(0).toString()).contains("more than the limit file-size of 1024 characters");
    }

    @Test
    void should_refuse_a_text_or_key_over_the_string_length_limit() throws Exception {
        ReadLimits limits = ReadLimits.DEFAULTS.with("string-length", 100);
        String longText = "x".repeat(101);
        for (Path f : List.of(write("s.yaml", "about: " + longText + "\n"), write("s.json", "{\"about\": \"" + longText + "\"}"),
                write("k.yaml", longText + ": 1\n"), write("k.json", "{\"" + longText + "\": 1}"))) {
            List<InputProblem> p = problems(limits, f);
            assertThat(p).as(f.toString()).hasSize(1);
            assertThat(p.get(0).toString()).as(f.toString()).contains("limit string-length = 100");
        }
        assertThat(FactReader.read(List.of(write("ok.yaml", "about: " + "x".repeat(100) + "\n")), limits).size()).isZero();
    }

    @Test
    void should_count_facts_and_values_across_the_files_of_a_submission() throws Exception {
        Path a = write("d/a.yaml", "groups:\n  - {id: A, kind: TSAG}\n  - {id: B, kind: STUDY_GROUP, parent: A}\n");
        Path b = write("d/b.yaml", "groups:\n  - {id: C, kind: STUDY_GROUP, parent: A}\n  - {id: D, kind: STUDY_GROUP, parent: A}\n");
        assertThat(FactReader.read(List.of(dir.resolve("d")), ReadLimits.DEFAULTS.with("facts", 4)).size()).isEqualTo(4);
        List<InputProblem> p = problems(ReadLimits.DEFAULTS.with("facts", 3), dir.resolve("d"));
        // the fourth fact, in the second file, is where reading stopped; no reference problem follows from the stop
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo(b.toString());
        assertThat(p.get(0).toString()).contains(":3: groups[1]", "more than 3 facts", "limit facts = 3");
        assertThat(problems(ReadLimits.DEFAULTS.with("values", 10), a, b).get(0).toString()).contains("limit values = 10");
    }

    @Test
    void should_read_one_document_per_file_unless_the_limit_allows_more() throws Exception {
        Path f = write("two.yaml", "groups:\n  - {id: A, kind: TSAG}\n---\ngroups:\n  - {id: B, kind: STUDY_GROUP, parent: A}\n");
        List<InputProblem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).toString()).contains("two.yaml:4", "more than 1 document", "limit documents = 1");
        Submission s = FactReader.read(List.of(f), ReadLimits.DEFAULTS.with("documents", 2));
        assertThat(s.groups()).hasSize(2);
        // two JSON values in one file are two documents too
        assertThat(problems(write("two.json", "{\"groups\": []} {\"groups\": []}")).get(0).toString()).contains("limit documents = 1");
    }

    @Test
    void should_decode_utf8_strictly_and_name_the_line_of_a_bad_byte() throws Exception {
        Path f = write("bad.yaml", concat("groups:\n  - {id: \"T".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28},
                "SAG\", kind: TSAG}\n".getBytes(StandardCharsets.UTF_8)));
        List<InputProblem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(2);
        assertThat(p.get(0).toString()).contains("the byte C3 at byte offset 19 is not UTF-8").doesNotContain("Exception");
    }

    @Test
    void should_accept_a_utf8_byte_order_mark_and_refuse_a_utf16_one_and_nul() throws Exception {
        Path bom = write("bom.yaml", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "groups:\n  - {id: TSAG, kind: TSAG}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(FactReader.read(List.of(bom)).groups()).hasSize(1);
        Path utf16 = write("u16.yaml", "\uFEFFgroups: []\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(problems(utf16).get(0).toString()).contains("UTF-16 or UTF-32 byte-order mark");
        Path nul = write("nul.json", "{\"groups\": [{\"id\": \"T\u0000\", \"kind\": \"TSAG\"}]}");
        assertThat(problems(nul).get(0).toString()).contains("nul.json:1", "NUL character (U+0000)");
    }

    @Test
    void should_say_what_a_path_is_when_it_is_no_fact_file() throws Exception {
        Path a = dir.resolve("loop-a");
        Path b = dir.resolve("loop-b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(problems(a).get(0).toString()).contains("symbolic link that leads nowhere", "loop");
        assertThat(problems(Path.of("/dev/null")).get(0).toString()).contains("neither a regular file nor a directory");
        Files.createDirectories(dir.resolve("empty"));
        assertThat(problems(dir.resolve("empty")).get(0).toString()).contains("holds no .yaml");
        // a symbolic link loop inside a directory is not followed, and the directory's files are read
        Files.createDirectories(dir.resolve("facts"));
        Files.createSymbolicLink(dir.resolve("facts/self"), dir.resolve("facts"));
        write("facts/a.yaml", "groups:\n  - {id: TSAG, kind: TSAG}\n");
        assertThat(FactReader.read(List.of(dir.resolve("facts"))).groups()).hasSize(1);
    }

    @Test
    void should_list_at_most_a_thousand_problems_and_count_the_rest() throws Exception {
        StringBuilder sb = new StringBuilder("groups:\n");
        for (int i = 0; i < 1500; i++) {
            sb.append("  - {id: G").append(i).append(", kind: NONSENSE}\n");
        }
        List<InputProblem> p = problems(write("many.yaml", sb.toString()));
        assertThat(p).hasSize(1001);
        assertThat(p.get(1000).toString()).contains("and 500 more problems not listed");
    }

    @Test
    void should_read_a_register_of_100000_groups_in_one_yaml_file_and_in_one_json_file() throws Exception {
        // GIVEN 100,000 groups (the register size the limits are chosen for) in YAML and in JSON
        Path yaml = dir.resolve("g.yaml");
        Path json = dir.resolve("g.json");
        try (BufferedWriter y = Files.newBufferedWriter(yaml); BufferedWriter j = Files.newBufferedWriter(json)) {
            y.write("groups:\n  - {id: TSAG, kind: TSAG}\n");
            j.write("{\"groups\": [{\"id\": \"TSAG\", \"kind\": \"TSAG\"}");
            for (int i = 1; i < 100_000; i++) {
                y.write("  - {id: G" + i + ", kind: CORRESPONDENCE_GROUP, name: Group " + i + ", parent: TSAG,"
                        + " established: {on: 2025-05-30, by: TSAG}, leaders: [{person: P" + i + ", role: CONVENOR}]}\n");
                j.write(",{\"id\": \"G" + i + "\", \"kind\": \"CORRESPONDENCE_GROUP\", \"name\": \"Group " + i + "\", \"parent\": \"TSAG\","
                        + " \"established\": {\"on\": \"2025-05-30\", \"by\": \"TSAG\"}, \"leaders\": [{\"person\": \"P" + i
                        + "\", \"role\": \"CONVENOR\"}]}");
            }
            j.write("]}\n");
        }
        // WHEN read with the default limits THEN every group is there
        assertThat(FactReader.read(List.of(yaml)).groups()).hasSize(100_000);
        assertThat(FactReader.read(List.of(json)).groups()).hasSize(100_000);
    }

    @Test
    void should_parse_limits_as_a_user_writes_them_and_name_a_bad_one() {
        assertThat(ReadLimits.DEFAULTS.with("file-size", "200M").fileBytes()).isEqualTo(200L << 20);
        assertThat(ReadLimits.DEFAULTS.with("facts", "2_000_000").facts()).isEqualTo(2_000_000);
        assertThat(ReadLimits.names()).containsExactly("file-size", "facts", "values", "string-length", "depth", "aliases", "documents");
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.with("dept", "3")).hasMessageContaining("no limit is called \"dept\"")
                .hasMessageContaining("depth");
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.with("depth", "ten")).hasMessageContaining("limit depth: \"ten\" is not a whole number");
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.with("depth", "100000")).hasMessageContaining("allowed: 2 to 1000");
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.with("documents", "0")).hasMessageContaining("out of range");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
