package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What is published, and where from: the schemas are the same bytes in the repository and in the library,
 * their {@code $id}s and SARIF's URIs all derive from the pom's {@code <url>}, and the documentation links
 * the schemas and tells editors how to use them.
 */
class PublishedSchemasTest {

    @Test
    void should_ship_in_the_library_the_schemas_of_docs_schemas_unchanged() throws Exception {
        for (String name : List.of(PublishedSchemas.FACTS, PublishedSchemas.REPORT)) {
            // GIVEN a schema of docs/schemas/, THEN the library holds the same bytes under its namespace
            assertThat(Resources.read("schemas/" + name)).as(name).isEqualTo(Files.readAllBytes(Path.of("docs", "schemas", name)));
        }
        assertThat(Resources.list("schemas", n -> true)).containsExactlyInAnyOrder(PublishedSchemas.FACTS, PublishedSchemas.REPORT);
    }

    @Test
    void should_give_each_schema_an_id_under_the_project_url_and_a_draft_editors_read() {
        for (String name : List.of(PublishedSchemas.FACTS, PublishedSchemas.REPORT)) {
            var tree = PublishedSchemas.tree(name);
            assertThat(tree.path("$id").asText()).as(name).isEqualTo(PublishedSchemas.idBase() + name);
            assertThat(tree.path("$schema").asText()).as(name).isEqualTo("http://json-schema.org/draft-07/schema#");
        }
    }

    @Test
    void should_take_sarif_information_and_help_uris_from_the_project_url() {
        // GIVEN the pom's <url>, THEN SARIF's informationUri is it and the default rule pages are under it
        assertThat(ReportSarif.INFORMATION_URI).isEqualTo(PublishedSchemas.pomUrl());
        assertThat(ReportSarif.RULE_DOCS).isEqualTo(PublishedSchemas.pomUrl() + "/blob/main/docs/rules/");
        assertThat(ReportSarif.Options.defaults().ruleDocs()).isEqualTo(ReportSarif.RULE_DOCS);
    }

    @Test
    void should_link_the_schemas_from_the_format_pages_with_the_editor_comment() throws Exception {
        String facts = Files.readString(Path.of("docs", "facts-format.md"), StandardCharsets.UTF_8);
        String report = Files.readString(Path.of("docs", "report-format.md"), StandardCharsets.UTF_8);
        assertThat(facts).contains("(schemas/facts.schema.json)")
                .contains("# yaml-language-server: $schema=" + PublishedSchemas.idBase() + PublishedSchemas.FACTS);
        assertThat(report).contains("(schemas/report.schema.json)");
    }
}
