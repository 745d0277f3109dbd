package org.itut.compliance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.itut.compliance.io.Resources;

/**
 * What the build step that precompiles the rules ({@code src/build/java/.../RuleModelGenerator}) wrote
 * beside the generated classes: the Drools version, a digest of the build's inputs, the SHA-256 of the rule
 * files (the same digest evaluation records carry), every rule file, every rule with the file that defines
 * it, and the executable-model classes to load. {@link RuleBase} checks the loaded rule base against it.
 *
 * @param droolsVersion the Drools version that generated the model
 * @param inputsSha256 a digest over everything the generation read (rules, library classes, generator, Drools)
 * @param rulesSha256 {@link Digests#sha256OfFiles} over the rule files
 * @param files the rule files, as logical names ({@code rules/a1/c1/1.6.drl}), in path order
 * @param models the generated {@code org.drools.model.Model} classes
 * @param fileOfRule every rule id with the rule file that defines it, by id
 */
public record RuleModelIndex(String droolsVersion, String inputsSha256, String rulesSha256, List<String> files,
                             List<String> models, Map<String, String> fileOfRule) {
    /** The logical name of the index inside the library. */
    public static final String RESOURCE = "rules-model.properties";
    private static final String RULE = "rule.";

    public RuleModelIndex {
        files = List.copyOf(files);
        models = List.copyOf(models);
        fileOfRule = java.util.Collections.unmodifiableMap(new TreeMap<>(fileOfRule));
    }

    /** The index the library was built with, or empty when the build did not precompile the rules. */
    static Optional<RuleModelIndex> bundled() {
        InputStream in;
        try {
            in = Resources.open(RESOURCE);
        } catch (IllegalStateException missing) {
            return Optional.empty();
        }
        try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return Optional.of(of(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library resource " + RESOURCE, e);
        }
    }

    /** Reads an index written by {@link #write(Path)}. */
    public static Optional<RuleModelIndex> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return Optional.of(of(p));
    }

    private static RuleModelIndex of(Properties p) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String key : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
            if (key.startsWith(RULE)) {
                rules.put(key.substring(RULE.length()), p.getProperty(key));
            }
        }
        return new RuleModelIndex(p.getProperty("drools.version", ""), p.getProperty("inputs.sha256", ""),
                p.getProperty("rules.sha256", ""), split(p.getProperty("files")), split(p.getProperty("models")), rules);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    /** Writes the index with sorted keys and no date, so that equal rules give an equal jar. */
    public void write(Path file) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        entries.put("drools.version", droolsVersion);
        entries.put("inputs.sha256", inputsSha256);
        entries.put("rules.sha256", rulesSha256);
        entries.put("files", String.join(",", files));
        entries.put("models", String.join(",", models));
        fileOfRule.forEach((rule, f) -> entries.put(RULE + rule, f));
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Written by the build (RuleModelGenerator): the precompiled rule base. Not to be edited.\n");
            for (Map.Entry<String, String> e : entries.entrySet()) {
                w.write(escape(e.getKey(), true) + "=" + escape(e.getValue(), false) + "\n");
            }
        }
    }

    private static String escape(String s, boolean key) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || key && c == ' ') {
                sb.append('\\');
            }
            if (c > 0x7e) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
