package org.itut.compliance.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.io.Resources;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
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
 * The compiled rules: every {@code .drl} under {@code rules/} in the library, built once. Immutable and
 * shared by all evaluations.
 *
 * <p>Two ways to the same rule base ({@link Origin}): by default the executable model that the build
 * generated from the DRL ({@code src/build/java/.../RuleModelGenerator}) is loaded, so no DRL is parsed or
 * compiled at run time; {@code -Ditut.rules=drl} compiles the DRL at run time instead, to compare the two.
 * Either way the rule base must hold exactly the rules the DRL files define, every rule needs complete
 * metadata, and any Drools error or warning fails the build with the file and line.
 */
public final class RuleBase {
    static final String FOLDER = "rules";
    /** The system property that picks the {@link Origin}: {@code precompiled} (the default) or {@code drl}. */
    public static final String ORIGIN_PROPERTY = "itut.rules";
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    /** Where a rule base came from. */
    public enum Origin {
        /** The executable model generated from the DRL when the library was built. */
        PRECOMPILED,
        /** The DRL, compiled when the rule base is built (a diagnostic path: several seconds). */
        DRL;

        /** The origin {@value RuleBase#ORIGIN_PROPERTY} names, {@link #PRECOMPILED} when it names none. */
        public static Origin selected() {
            return parse(System.getProperty(ORIGIN_PROPERTY));
        }

        /** The origin a value of {@value RuleBase#ORIGIN_PROPERTY} names; {@code null} or blank is {@link #PRECOMPILED}. */
        static Origin parse(String v) {
            if (v == null || v.isBlank() || v.trim().equalsIgnoreCase("precompiled")) {
                return PRECOMPILED;
            }
            if (v.trim().equalsIgnoreCase("drl")) {
                return DRL;
            }
            throw new IllegalStateException("-D" + ORIGIN_PROPERTY + "=" + v + ": expected precompiled (the default) or drl");
        }
    }

    private final KieBase kieBase;
    private final Map<String, RuleMeta> metas;
    private final List<String> files;
    private final Map<String, String> sources;
    private final String sha256;
    private final Origin origin;

    private RuleBase(KieBase kieBase, Map<String, RuleMeta> metas, Map<String, String> sources, String sha256, Origin origin) {
        this.kieBase = kieBase;
        this.metas = metas;
        this.files = List.copyOf(sources.keySet());
        this.sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.sha256 = sha256;
        this.origin = origin;
    }

    /** Builds the library's rules the way {@value #ORIGIN_PROPERTY} says (precompiled unless it says {@code drl}). */
    public static RuleBase build() {
        return build(Origin.selected());
    }

    /** Builds the library's rules from {@code origin}. */
    public static RuleBase build(Origin origin) {
        Prefetch p = PREFETCH.getAndSet(null);
        if (p != null && p.origin() == origin) {
            return p.join();
        }
        return origin == Origin.DRL ? build(readSources()) : precompiled();
    }

    private record Prefetch(Origin origin, FutureTask<RuleBase> task) {
        RuleBase join() {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rule base was being built", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static final AtomicReference<Prefetch> PREFETCH = new AtomicReference<>();

    /** Whether a prefetched rule base is waiting for its {@code build}. */
    static boolean prefetched() {
        return PREFETCH.get() != null;
    }

    /**
     * Starts building the library's rule base ({@link Origin#selected()}) on a daemon thread and returns at
     * once; the next {@link #build(Origin)} of that origin takes the result instead of building again. For the
     * command line, which knows at start-up that it will need the rules: the rule base (the longest part of a
     * cold start) then loads while the arguments are parsed and the facts and parameters are read. Any failure
     * is thrown by that {@code build}, as if it had built the rules itself.
     */
    public static void prefetch() {
        Origin origin;
        try {
            origin = Origin.selected();
        } catch (IllegalStateException e) {
            return; // build() reports the bad property
        }
        FutureTask<RuleBase> task = new FutureTask<>(() -> origin == Origin.DRL ? build(readSources()) : precompiled());
        if (PREFETCH.compareAndSet(null, new Prefetch(origin, task))) {
            Thread t = new Thread(task, "itut-compliance-rules");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The library's rule files, keyed by logical name ({@code rules/a1/c1/1.6.drl}), in path order. */
    public static Map<String, String> readSources() {
        List<String> names = Resources.list(FOLDER, n -> n.endsWith(".drl"));
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : names) {
            sources.put(FOLDER + "/" + name, read(FOLDER + "/" + name));
        }
        return sources;
    }

    /**
     * The checks on the DRL text that Drools does not make: each package mirrors its folder, and no rule
     * name is defined twice. Fills {@code fileOfRule} (rule id to file) and returns the problems found.
     */
    public static List<String> sourceProblems(Map<String, String> sources, Map<String, String> fileOfRule) {
        List<String> problems = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add("no rule files (.drl) found under " + Resources.NAMESPACE + FOLDER + "/ in the library");
        }
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
        return problems;
    }

    /** A Drools build result as one line: severity, file, line and message. */
    public static String describe(KnowledgeBuilderResult r) {
        String where = r.getResource() == null ? "?" : r.getResource().getSourcePath();
        int[] lines = r.getLines();
        return r.getSeverity() + " " + where + (lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "")
                + ": " + r.getMessage().replaceAll("\\s+", " ").trim();
    }

    /** The digest of rule files that evaluation records carry: {@link Digests#sha256OfFiles} over their UTF-8 text. */
    public static String sha256Of(Map<String, String> sources) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        sources.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return Digests.sha256OfFiles(bytes);
    }

    /** Compiles rules from DRL sources keyed by path (e.g. {@code rules/a1/c1/1.6.drl}) at run time. */
    static RuleBase build(Map<String, String> sources) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("no rule files (.drl) found under " + Resources.NAMESPACE + FOLDER + "/ in the library");
        }
        Map<String, String> fileOfRule = new HashMap<>();
        List<String> problems = sourceProblems(sources, fileOfRule);
        if (!org.drools.base.util.Drools.hasMvel()) {
            // Without it Drools fails deep inside the build with an UnsupportedOperationException.
            throw new IllegalStateException("compiling the DRL at run time (-D" + ORIGIN_PROPERTY + "=drl) needs "
                    + "org.drools:drools-mvel on the class path, an optional dependency of this library");
        }
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = kb.batch();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            batch.add(ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(e.getKey()), ResourceType.DRL);
        }
        batch.build();
        for (KnowledgeBuilderResult r : kb.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            problems.add(describe(r));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the rule base does not build:\n  " + String.join("\n  ", problems));
        }
        KieBase kieBase = kb.newKieBase();
        return checked(kieBase, fileOfRule, sources, sha256Of(sources), Origin.DRL, sources.size() + " rule files were read");
    }

    /**
     * Loads the executable model the build generated. Fails when the library holds none, when its rule files
     * are not the ones it was generated from, or when the loaded rules are not exactly the rules those files
     * define: Drools itself would load an empty or partial model with no more than a logged warning.
     */
    static RuleBase precompiled() {
        RuleModelIndex index = RuleModelIndex.bundled().orElseThrow(() -> new IllegalStateException(
                "the library holds no precompiled rule base (" + Resources.NAMESPACE + RuleModelIndex.RESOURCE
                        + " is missing): build it with mvn package, or compile the DRL at run time with -D" + ORIGIN_PROPERTY + "=drl"));
        // The files the index names, read directly: listing the jar would cost more than reading them.
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : index.files()) {
            sources.put(file, read(file));
        }
        return precompiled(index, sources);
    }

    /** Loads the executable model {@code index} names, checked against the rule files {@code sources}. */
    static RuleBase precompiled(RuleModelIndex index, Map<String, String> sources) {
        String sha = sha256Of(sources);
        if (!sha.equals(index.rulesSha256())) {
            throw new IllegalStateException("the precompiled rule base was generated from other rule files (sha-256 "
                    + index.rulesSha256() + ") than the library holds (" + sha + "): rebuild it with mvn package");
        }
        if (index.models().isEmpty() || index.fileOfRule().isEmpty()) {
            throw new IllegalStateException("the precompiled rule base index " + RuleModelIndex.RESOURCE + " lists no "
                    + (index.models().isEmpty() ? "model classes" : "rules") + ": rebuild it with mvn package");
        }
        List<Model> models = new ArrayList<>();
        for (String name : index.models()) {
            try {
                models.add((Model) Class.forName(name, true, RuleBase.class.getClassLoader()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                throw new IllegalStateException("the precompiled rule base is incomplete: cannot load its model class "
                        + name + " (" + e + "); rebuild it with mvn package", e);
            }
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, KieServices.get().newKieBaseConfiguration());
        return checked(kieBase, index.fileOfRule(), sources, sha, Origin.PRECOMPILED, "its index lists " + index.fileOfRule().size());
    }

    /** The rule base, once its rules are exactly those the DRL defines and each has complete metadata. */
    static RuleBase checked(KieBase kieBase, Map<String, String> fileOfRule, Map<String, String> sources, String sha,
                                    Origin origin, String expected) {
        Map<String, RuleMeta> metas = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule rule : p.getRules()) {
                String file = fileOfRule.getOrDefault(rule.getName(), p.getName().replace('.', '/'));
                metas.put(rule.getName(), RuleMeta.from(rule.getName(), rule.getMetaData(), file));
            }
        }
        if (metas.isEmpty()) {
            throw new IllegalStateException("the rule base has no rules although " + expected);
        }
        if (!metas.keySet().equals(fileOfRule.keySet())) {
            java.util.TreeSet<String> missing = new java.util.TreeSet<>(fileOfRule.keySet());
            missing.removeAll(metas.keySet());
            java.util.TreeSet<String> extra = new java.util.TreeSet<>(metas.keySet());
            extra.removeAll(fileOfRule.keySet());
            throw new IllegalStateException("the " + origin.name().toLowerCase(java.util.Locale.ROOT) + " rule base holds "
                    + metas.size() + " rules, the rule files define " + fileOfRule.size()
                    + (missing.isEmpty() ? "" : "; missing: " + missing) + (extra.isEmpty() ? "" : "; not in the rule files: " + extra));
        }
        return new RuleBase(kieBase, Map.copyOf(metas), sources, sha, origin);
    }

    private static String read(String resource) {
        return new String(Resources.read(resource), StandardCharsets.UTF_8);
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Whether this rule base was precompiled by the build or compiled from DRL at run time. */
    public Origin origin() {
        return origin;
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
