package org.itut.compliance.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.io.InputException;

/**
 * The case files under {@code src/test/resources/cases/}: one per rule file, at the mirrored path
 * ({@code rules/a1/c1/1.6.drl} ↔ {@code cases/a1/c1/1.6.yaml}). Each case has a sentence for a
 * name, an as-of date, facts in the input format, and the complete expected findings of the rules
 * in the mirrored rule file.
 */
final class CaseFiles {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> CASE_KEYS = Set.of("name", "asOf", "given", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("rule", "subject", "outcome", "level", "clause", "edition",
            "status", "due", "message", "instrument", "missing");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    /** {@code missing}: text that one of the finding's missing facts ({@code kind — about}) contains. */
    record Expected(String rule, String subject, String outcome, String level, String clause, String edition,
                    String status, String due, String message, String instrument, String missing) {
        String key() {
            return rule + " | " + subject + " | " + outcome + (level == null ? "" : " " + level);
        }
    }

    record Case(String file, String name, LocalDate asOf, Submission given, List<Expected> expect) {
    }

    record CaseFile(String relative, Path path, List<String> rules, List<Case> cases) {
    }

    private CaseFiles() {
    }

    static Path root(String folder) {
        try {
            if (!folder.equals("cases")) {
                // The library's own resources sit beside its classes, under its namespace.
                return Path.of("target", "classes").resolve(org.itut.compliance.io.Resources.NAMESPACE + folder);
            }
            return Path.of(CaseFiles.class.getClassLoader().getResource(folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rule ids defined in each rule file, keyed by the file's path relative to {@code rules/}. */
    static List<String> rulesIn(String relativeDrl) {
        try {
            String text = Files.readString(root("rules").resolve(relativeDrl));
            List<String> ids = new ArrayList<>();
            Matcher m = RULE_NAME.matcher(text);
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ruleFiles() {
        return list(root("rules"), ".drl");
    }

    static List<String> caseFiles() {
        return list(root("cases"), ".yaml");
    }

    private static List<String> list(Path root, String ext) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(ext)).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CaseFile load(String relativeYaml) {
        Path path = root("cases").resolve(relativeYaml);
        String drl = relativeYaml.replaceAll("\\.yaml$", ".drl");
        JsonNode root;
        try {
            root = YAML.readTree(path.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(relativeYaml + ": not valid YAML: " + e.getMessage(), e);
        }
        requireOnly(root, Set.of("cases"), relativeYaml);
        List<Case> cases = new ArrayList<>();
        JsonNode list = root.path("cases");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException(relativeYaml + ": needs a non-empty list under \"cases\"");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String where = relativeYaml + " cases[" + i + "]";
            requireOnly(c, CASE_KEYS, where);
            String name = c.path("name").asText(null);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(where + ": needs a name (a sentence)");
            }
            LocalDate asOf = LocalDate.parse(c.path("asOf").asText());
            Submission given;
            try {
                given = FactReader.read(relativeYaml + " (" + name + ")", new StringReader(YAML.writeValueAsString(c.path("given"))));
            } catch (InputException | IOException e) {
                throw new IllegalArgumentException(where + ": the facts do not read: " + e.getMessage(), e);
            }
            List<Expected> expect = new ArrayList<>();
            for (JsonNode x : c.path("expect")) {
                requireOnly(x, EXPECT_KEYS, where + " expect");
                expect.add(new Expected(x.path("rule").asText(), x.path("subject").asText(), x.path("outcome").asText(),
                        text(x, "level"), text(x, "clause"), text(x, "edition"), text(x, "status"), text(x, "due"),
                        text(x, "message"), text(x, "instrument"), text(x, "missing")));
            }
            cases.add(new Case(relativeYaml, name, asOf, given, expect));
        }
        return new CaseFile(relativeYaml, path, rulesIn(drl), cases);
    }

    private static String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText() : null;
    }

    private static void requireOnly(JsonNode n, Set<String> allowed, String where) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + ": unknown key \"" + k + "\"; allowed: " + allowed);
            }
        }
    }
}
