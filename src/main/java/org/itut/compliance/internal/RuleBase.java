package org.itut.compliance.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itut.compliance.RuleInfo;
import org.itut.compliance.io.Resources;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * The compiled rules: every {@code .drl} under {@code rules/} on the class path, built once. Any
 * Drools error or warning, and any rule without complete metadata, fails the build with the file
 * and line. Immutable and shared by all evaluations.
 */
public final class RuleBase {
    static final String FOLDER = "rules";
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final Map<String, RuleMeta> metas;
    private final List<String> files;
    private final Map<String, String> sources;
    private final String sha256;

    private RuleBase(KieBase kieBase, Map<String, RuleMeta> metas, Map<String, String> sources, String sha256) {
        this.kieBase = kieBase;
        this.metas = metas;
        this.files = List.copyOf(sources.keySet());
        this.sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.sha256 = sha256;
    }

    /** Builds the rules found on the class path. */
    public static RuleBase build() {
        List<String> names = Resources.list(FOLDER, n -> n.endsWith(".drl"));
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : names) {
            sources.put(FOLDER + "/" + name, read(FOLDER + "/" + name));
        }
        return build(sources);
    }

    /** Builds rules from sources keyed by path (e.g. {@code rules/a1/c1/1.6.drl}). */
    static RuleBase build(Map<String, String> sources) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("no rule files (.drl) found under " + Resources.NAMESPACE + FOLDER + "/ in the library");
        }
        Map<String, String> fileOfRule = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String expectedPackage = (Resources.NAMESPACE + e.getKey().substring(0, e.getKey().lastIndexOf('/'))).replace('/', '.');
            Matcher pm = PACKAGE.matcher(e.getValue());
            if (!pm.find() || !pm.group(1).equals(expectedPackage)) {
                problems.add(e.getKey() + ": the package must be " + expectedPackage + " (it mirrors the folder)");
            }
            Matcher m = RULE_NAME.matcher(e.getValue());
            while (m.find()) {
                String previous = fileOfRule.putIfAbsent(m.group(1), e.getKey());
                if (previous != null) {
                    problems.add(e.getKey() + ": rule \"" + m.group(1) + "\" is also defined in " + previous);
                }
            }
        }
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = kb.batch();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            batch.add(ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(e.getKey()), ResourceType.DRL);
        }
        batch.build();
        for (KnowledgeBuilderResult r : kb.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            String where = r.getResource() == null ? "?" : r.getResource().getSourcePath();
            int[] lines = r.getLines();
            problems.add(r.getSeverity() + " " + where + (lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "")
                    + ": " + r.getMessage().replaceAll("\\s+", " ").trim());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the rule base does not build:\n  " + String.join("\n  ", problems));
        }
        KieBase kieBase = kb.newKieBase();
        Map<String, RuleMeta> metas = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule rule : p.getRules()) {
                String file = fileOfRule.getOrDefault(rule.getName(), p.getName().replace('.', '/'));
                metas.put(rule.getName(), RuleMeta.from(rule.getName(), rule.getMetaData(), file));
            }
        }
        if (metas.isEmpty()) {
            throw new IllegalStateException("the rule base has no rules although " + sources.size() + " rule files were read");
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        sources.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new RuleBase(kieBase, Map.copyOf(metas), sources, Digests.sha256OfFiles(bytes));
    }

    private static String read(String resource) {
        return new String(Resources.read(resource), StandardCharsets.UTF_8);
    }

    KieBase kieBase() {
        return kieBase;
    }

    RuleMeta meta(String ruleName) {
        RuleMeta m = metas.get(ruleName);
        if (m == null) {
            throw new IllegalStateException("no metadata for rule " + ruleName);
        }
        return m;
    }

    /** The rule files, relative to the class path. */
    public List<String> files() {
        return files;
    }

    /** The SHA-256 over the rule files in path order (see {@link Digests#sha256OfFiles}). */
    public String sha256() {
        return sha256;
    }

    /** The text of a rule file, by its path relative to the class path (as in {@link #files()}). */
    public String source(String file) {
        String text = sources.get(file);
        if (text == null) {
            throw new IllegalArgumentException("no rule file " + file + " in the rule base; files: " + files);
        }
        return text;
    }

    /** Every checking rule (not derivations), sorted by id. */
    public List<RuleInfo> catalogue(Editions editions) {
        return metas.values().stream().filter(m -> !m.derivation()).map(m -> m.info(editions))
                .sorted(Comparator.comparing(RuleInfo::id)).toList();
    }

    /** Every rule's metadata, derivations included, sorted by id. */
    public List<RuleMeta> metas() {
        return metas.values().stream().sorted(Comparator.comparing(RuleMeta::id)).toList();
    }
}
