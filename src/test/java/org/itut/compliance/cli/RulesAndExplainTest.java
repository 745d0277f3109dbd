package org.itut.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.itut.compliance.RuleInfo;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules} and {@code explain}: they report whatever rules the rule base holds. */
class RulesAndExplainTest {

    @TempDir
    Path tmp;

    @Test
    void should_list_every_rule_with_its_citation_as_text() {
        CliRun.Result r = CliRun.run("rules");
        assertThat(r.code()).isEqualTo(Cli.CLEAN);
        for (RuleInfo rule : TestEngine.get().rules()) {
            assertThat(r.out()).contains(rule.id(), rule.title(), rule.file());
        }
        assertThat(r.out()).startsWith(TestEngine.get().rules().size() + " rules");
    }

    @Test
    void should_list_every_rule_as_json() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CliRun.run("rules", "--format", "json").out());
        assertThat(root.path("schema").asText()).isEqualTo(RuleCatalogue.SCHEMA);
        List<String> ids = new ArrayList<>();
        root.path("rules").forEach(n -> ids.add(n.path("id").asText()));
        assertThat(ids).isEqualTo(TestEngine.get().rules().stream().map(RuleInfo::id).toList());
        JsonNode first = root.path("rules").get(0);
        assertThat(first.fieldNames()).toIterable().contains("citation", "status", "level", "title", "parameters", "catalogue",
                "interpretations", "file", "line");
        assertThat(first.path("line").asInt()).isPositive();
    }

    @Test
    void should_filter_the_catalogue_by_prefix() throws Exception {
        String id = TestEngine.get().rules().get(0).id();
        JsonNode root = new ObjectMapper().readTree(CliRun.run("rules", "--format", "json", "--only", id).out());
        assertThat(root.path("rules").size()).isEqualTo(1);
        assertThat(root.path("rules").get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void should_write_the_docs_pages_and_remove_stale_generated_ones_only() throws Exception {
        // GIVEN an output directory with a stale generated page and a page written by hand
        Path dir = tmp.resolve("docs/rules");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("old-folder.md"), RuleCatalogue.generatedMarker() + "\n# gone\n");
        Files.writeString(dir.resolve("notes.md"), "# written by hand\n");
        // WHEN the pages are generated
        CliRun.Result r = CliRun.run("rules", "--format", "markdown", "--output", dir.toString());
        // THEN the index and one page per rule folder are there, the stale page is gone and the hand-written one stays
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.CLEAN);
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).contains("README.md", "a1-c1.md", "notes.md").doesNotContain("old-folder.md");
        String index = Files.readString(dir.resolve("README.md"));
        for (RuleInfo rule : TestEngine.get().rules()) {
            assertThat(index).contains("[" + rule.id() + "](");
        }
        assertThat(index).contains(RuleCatalogue.REGENERATE);
        assertThat(Files.readString(dir.resolve("a1-c1.md"))).contains("<a id=\"A1-1.6-ca-convener\"></a>",
                "src/main/resources/org/itut/compliance/rules/a1/c1/1.6.drl#L", "src/test/resources/cases/a1/c1/1.6.yaml");
    }

    @Test
    void should_explain_a_rule_with_its_citation_and_each_subjects_outcome() {
        // GIVEN the bundled register WHEN a rule is explained
        CliRun.Result r = CliRun.run("explain", "A1-1.6-ca-convener", "--as-of", "2026-02-15");
        // THEN the explanation cites the clause, lists the editions and shows the JCG's outcome with its evidence and origin
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.CLEAN);
        assertThat(r.out()).contains("A1-1.6-ca-convener", "Citation:", "ITU-T A.1 (10/2016) clause 1.6 (verified)", "Editions:",
                "Parameters:", "Rule file:", "JCG-IoTSec  PASS", "conveners = Bret Jordan, Ramy Ahmed Fathy",
                "group read from register/000-tsb-circular-67.yaml:8 (groups[0])");
    }

    @Test
    void should_say_what_would_decide_an_undecided_subject() {
        // GIVEN the bundled register, where Circular 101 bears no date WHEN the consultation-period rule is explained
        CliRun.Result r = CliRun.run("explain", "RES1-7.3.2-q-consultation-period", "--as-of", "2026-02-15");
        // THEN its INDETERMINATE outcome names the missing fact
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.CLEAN);
        assertThat(r.out()).contains("INDETERMINATE", "missing (what would decide it):", "date of the circular — TSB-Circular-101");
    }

    @Test
    void should_explain_a_rule_on_given_facts_as_json() throws Exception {
        // GIVEN a fact file with a correspondence group that has no convener
        Path f = Files.writeString(tmp.resolve("cg.yaml"), """
                groups:
                  - {id: SG17, kind: STUDY_GROUP}
                  - {id: CG-X, kind: CORRESPONDENCE_GROUP, parent: SG17, established: {on: 2025-03-01, by: SG17}}
                """);
        // WHEN the convener rule is explained on it
        CliRun.Result r = CliRun.run("explain", "A1-1.6-ca-convener", f.toString(), "--as-of", "2026-02-15", "--format", "json");
        // THEN the JSON holds the rule and the failing finding, located in the file
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.CLEAN);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("rule").path("id").asText()).isEqualTo("A1-1.6-ca-convener");
        JsonNode finding = root.path("findings").get(0);
        assertThat(finding.path("subject").asText()).isEqualTo("CG-X");
        assertThat(finding.path("outcome").asText()).isEqualTo("FAIL");
        assertThat(finding.path("origin").path("file").asText()).isEqualTo(f.toString());
        assertThat(finding.path("origin").path("line").asInt()).isEqualTo(3);
    }

    @Test
    void should_suggest_rules_for_an_unknown_id() {
        CliRun.Result r = CliRun.run("explain", "convener");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("no rule \"convener\"", "did you mean A1-1.6-ca-convener?");
    }

    @Test
    void should_say_when_nothing_is_subject_to_the_rule() {
        CliRun.Result r = CliRun.run("explain", "A1-1.6-ca-convener", "--as-of", "2026-02-15",
                "src/test/resources/cli/no-groups.yaml");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.CLEAN);
        assertThat(r.out()).contains("none: nothing in the submission is subject to this rule.");
    }
}
