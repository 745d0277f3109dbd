package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Rule files keep clear of the shapes Drools 10 gets silently wrong or slow (docs/drools.md). */
class DrlHygieneTest {
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("exists\\s*\\([^;]*\\band\\s+not\\b"),
            Pattern.compile("\\bdate-effective\\b|\\bdate-expires\\b"),
            Pattern.compile("LocalDate\\s*\\.\\s*now\\s*\\(|Instant\\s*\\.\\s*now\\s*\\(|System\\s*\\.\\s*currentTimeMillis"),
            Pattern.compile("\\beval\\s*\\("),
            Pattern.compile("\\bsalience\\b"));

    @Test
    void no_rule_file_uses_a_forbidden_shape() throws IOException {
        List<String> hits = new ArrayList<>();
        for (String f : CaseFiles.ruleFiles()) {
            String text = Files.readString(CaseFiles.root("rules").resolve(f)).replaceAll("(?m)//.*$", "");
            for (Pattern p : FORBIDDEN) {
                if (p.matcher(text).find()) {
                    hits.add(f + ": " + p.pattern());
                }
            }
        }
        assertThat(hits).isEmpty();
    }
}
