package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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

    /** Each rule file's text without its line comments, by file, in the order CaseFiles lists them. */
    private static Map<String, String> ruleTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String f : CaseFiles.ruleFiles()) {
            texts.put(f, Files.readString(CaseFiles.root("rules").resolve(f)).replaceAll("(?m)//.*$", ""));
        }
        return texts;
    }

    @Test
    void no_rule_file_uses_a_forbidden_shape() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, String> e : ruleTexts().entrySet()) {
            String f = e.getKey();
            String text = e.getValue();
            for (Pattern p : FORBIDDEN) {
                if (p.matcher(text).find()) {
                    hits.add(f + ": " + p.pattern());
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    // A membership test is a join Drools cannot index: its cost grows with the product of the two sides, and in a
    // session any change to the list re-tests every pair (docs/drools.md, "unindexed joins").
    private static final Pattern CONDITION = Pattern.compile("(?ms)^\\s*when\\b(.*?)^\\s*then\\b");
    private static final Pattern MEMBERSHIP = Pattern.compile("\\b(memberOf|contains|excludes)\\b");

    @Test
    void no_rule_condition_joins_on_list_membership() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, String> e : ruleTexts().entrySet()) {
            String f = e.getKey();
            String text = e.getValue();
            Matcher when = CONDITION.matcher(text);
            while (when.find()) {
                Matcher m = MEMBERSHIP.matcher(when.group(1));
                while (m.find()) {
                    hits.add(f + ": " + m.group(1));
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void the_membership_check_sees_a_membership_join() {
        String rule = "rule \"x\"\nwhen\n    $g : Group()\n    Meeting( group memberOf $g.children )\nthen\nend\n";
        Matcher when = CONDITION.matcher(rule);
        assertThat(when.find()).isTrue();
        assertThat(MEMBERSHIP.matcher(when.group(1)).find()).isTrue();
        assertThat(MEMBERSHIP.matcher("    Meeting( group == $g.id )\n").find()).isFalse();
    }
}
