package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --limit} and {@code --parameters} are input: a bad one is exit 2 with the file and key named. */
class InputLimitsCliTest {

    @TempDir
    Path tmp;

    @Test
    void should_apply_a_limit_given_on_the_command_line() throws Exception {
        Path f = Files.writeString(tmp.resolve("f.yaml"), "groups:\n  - {id: TSAG, kind: TSAG, established: {on: 2020-01-01}}\n");
        CliRun.Result r = CliRun.run("check", "--as-of", "2026-02-15", "--limit", "depth=2", f.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(f + ":2: groups[0]", "limit depth = 2");
        assertThat(CliRun.run("check", "--as-of", "2026-02-15", "--limit", "depth=64", "--limit", "facts=10", f.toString()).code())
                .isIn(Cli.CLEAN, Cli.FINDINGS);
    }

    @Test
    void should_refuse_an_unknown_or_malformed_limit_as_bad_usage() {
        CliRun.Result r = CliRun.run("check", "--limit", "dpeth=3");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("--limit: no limit is called \"dpeth\"", "depth");
        assertThat(CliRun.run("explain", "A1-1.6-ca-convener", "--limit", "facts=many").err()).contains("\"many\" is not a whole number");
    }

    @Test
    void should_exit_2_naming_file_and_key_of_a_nonsense_parameter_override() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("params"));
        Files.writeString(dir.resolve("res1.yaml"), "instrument: Res. 1\nedition: \"2022\"\nvalues:\n"
                + "  question-approval-share: {number: 170, clause: \"7.3.2\"}\n");
        CliRun.Result r = CliRun.run("check", "--as-of", "2026-02-15", "--parameters", dir.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("--parameters", dir.resolve("res1.yaml").toString(), "values.question-approval-share.number")
                .doesNotContain("Exception");
    }

    @Test
    void should_exit_2_when_an_override_leaves_out_an_edition_a_rule_cites() throws Exception {
        // GIVEN an editions.yaml that keeps A.1's encoded edition but drops 09/2019, which the JCA rules cite
        Path dir = Files.createDirectories(tmp.resolve("params"));
        Files.writeString(dir.resolve("editions.yaml"), "instruments:\n  - instrument: A.1\n    name: ITU-T A.1\n    editions:\n"
                + "      - {edition: \"10/2016\", from: 2016-10-28, encoded: true}\n");
        CliRun.Result r = CliRun.run("check", "--as-of", "2026-02-15", "--parameters", dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("--parameters " + dir, "09/2019").doesNotContain("internal error");
    }
}
