package org.itut.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A rule that reads the inventories in its consequence matches {@code Inventories()} in its
 * conditions, so that it judges again when an inventory is inserted or retracted in a session.
 * {@code out.inventoryComplete} refuses a rule that does not when it runs; this finds one before,
 * even where no case reaches the call.
 */
class InventoryDependencyTest {
    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\"(.*?)^when\\s*$(.*?)^then\\s*$(.*?)^end\\s*$");
    private static final Pattern DEADLINE = Pattern.compile("MeetingDuties\\.deadline\\(");

    @Test
    void every_rule_that_reads_the_inventories_matches_them() throws IOException {
        List<String> missing = new ArrayList<>();
        int readers = 0;
        for (String f : CaseFiles.ruleFiles()) {
            String text = Files.readString(CaseFiles.root("rules").resolve(f)).replaceAll("(?m)//.*$", "");
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                String conditions = m.group(3);
                String consequence = m.group(4);
                if (reads(consequence)) {
                    readers++;
                    if (!conditions.contains("Inventories(")) {
                        missing.add(f + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(readers).as("rules that read the inventories").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    /** True when the consequence asks whether documents or meetings are declared complete. */
    static boolean reads(String consequence) {
        if (consequence.contains("inventoryComplete(") || consequence.contains("inventoryOfMeetingsComplete(")
                || consequence.contains("closedWorld(") || consequence.contains("firstOfStudyPeriod(")) {
            return true;
        }
        // MeetingDuties.deadline(v, out, anchor, before, done, id, what, inventorySource, ...): a source other than null reads them.
        Matcher d = DEADLINE.matcher(consequence);
        while (d.find()) {
            List<String> args = arguments(consequence, d.end());
            if (args.size() > 7 && !args.get(7).equals("null")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> arguments(String s, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 1;
        for (int i = from; i < s.length() && depth > 0; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (depth == 1 && c == ',') {
                args.add(cur.toString().trim());
                cur.setLength(0);
            } else if (depth > 0) {
                cur.append(c);
            }
        }
        args.add(cur.toString().trim());
        return args;
    }
}
