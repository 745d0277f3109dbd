package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.itut.compliance.TestEngine;
import org.junit.jupiter.api.Test;

/** The pages of docs/rules/ are what the rules command generates from the rule base today. */
class RuleDocsTest {
    static final Path DOCS = Path.of("docs", "rules");

    @Test
    void docs_rules_is_up_to_date() throws IOException {
        // GIVEN the pages the catalogue generates from the rule base
        Map<String, String> expected = RuleCatalogue.of(TestEngine.get()).pages();
        // WHEN compared with the generated pages in docs/rules
        Map<String, String> actual = new TreeMap<>();
        if (Files.isDirectory(DOCS)) {
            try (Stream<Path> s = Files.list(DOCS)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    if (text.startsWith(RuleCatalogue.generatedMarker())) {
                        actual.put(p.getFileName().toString(), text.replace("\r\n", "\n"));
                    }
                }
            }
        }
        // THEN they are the same, page for page
        List<String> stale = new ArrayList<>();
        expected.forEach((name, text) -> {
            if (!actual.containsKey(name)) {
                stale.add(name + " is missing");
            } else if (!actual.get(name).equals(text)) {
                stale.add(name + " differs");
            }
        });
        actual.keySet().stream().filter(n -> !expected.containsKey(n)).forEach(n -> stale.add(n + " is no longer generated"));
        assertThat(stale).as("docs/rules is stale; regenerate it from the project directory with:%n  mvn -B -q package -DskipTests && %s%n",
                RuleCatalogue.REGENERATE).isEmpty();
    }
}
