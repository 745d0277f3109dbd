package org.itut.compliance.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.drools.codegen.common.GeneratedFile;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageSources;
import org.itut.compliance.internal.Digests;
import org.itut.compliance.internal.Engine;
import org.itut.compliance.internal.Parameters;
import org.itut.compliance.internal.RuleBase;
import org.itut.compliance.internal.RuleModelIndex;
import org.itut.compliance.io.Resources;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.kie.util.maven.support.ReleaseIdImpl;

/**
 * Build step (process-classes, see pom.xml): turns the DRL under {@code target/classes/org/itut/compliance/rules/}
 * into Drools' executable model, compiles it into {@code target/classes}, and writes the index that
 * {@code internal.RuleBase} loads at run time. Run as a single-file program on the project's compile class
 * path; never part of the library jar. The DRL stays the source of truth: nothing generated is committed.
 *
 * <p>Arguments: the classes directory, the directory for the generated sources, this file (its digest is an
 * input). When the index ({@link RuleModelIndex}) records the same inputs and the classes are there, nothing
 * is redone.
 */
public final class RuleModelGenerator {
    private RuleModelGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RuleModelGenerator CLASSES_DIR GENERATED_SOURCES_DIR GENERATOR_SOURCE");
        }
        long start = System.nanoTime();
        Path classes = Path.of(args[0]);
        Path generated = Path.of(args[1]);
        Path rulesDir = classes.resolve(Resources.NAMESPACE + "rules");
        Path indexFile = classes.resolve(Resources.NAMESPACE + RuleModelIndex.RESOURCE);

        // Read through the library's own reader (target/classes is on this program's class path).
        Map<String, String> sources = RuleBase.readSources();
        String rulesSha = RuleBase.sha256Of(sources);
        String droolsVersion = org.drools.base.util.Drools.getFullVersion();
        String inputsSha = inputsSha256(rulesSha, droolsVersion, Path.of(args[2]), classes);
        Optional<RuleModelIndex> previous = RuleModelIndex.read(indexFile);
        if (previous.isPresent() && previous.get().inputsSha256().equals(inputsSha) && classesPresent(previous.get(), classes)) {
            System.out.println("[rule-model] up to date: " + sources.size() + " rule files, " + previous.get().fileOfRule().size()
                    + " rules, rules sha-256 " + rulesSha.substring(0, 12));
            return;
        }

        // The DRL checks of the run-time path, so a bad file fails the build here as it would there.
        Map<String, String> fileOfRule = new TreeMap<>();
        List<String> problems = new ArrayList<>(RuleBase.sourceProblems(sources, fileOfRule));
        ModelBuilderImpl<PackageSources> builder;
        try {
            builder = modelOf(sources);
        } catch (RuntimeException e) {
            // Drools' model generator throws on some constructs instead of reporting them: find the file.
            for (Map.Entry<String, String> one : sources.entrySet()) {
                try {
                    modelOf(Map.of(one.getKey(), one.getValue()));
                } catch (RuntimeException inFile) {
                    fail(one.getKey() + ": the executable model rejects a construct in this file: " + inFile);
                }
            }
            throw e;
        }
        for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            problems.add(RuleBase.describe(r));
        }
        if (!problems.isEmpty()) {
            fail("the rules do not compile to the executable model:\n  " + String.join("\n  ", problems));
        }

        List<GeneratedFile> files = new ArrayList<>();
        TreeSet<String> models = new TreeSet<>();
        for (PackageSources ps : builder.getPackageSources()) {
            ps.collectGeneratedFiles(files);
            models.addAll(ps.getModelNames());
        }
        if (models.isEmpty()) {
            fail("the executable model has no rule classes although " + sources.size() + " rule files were read");
        }

        // Generated classes live in the rule packages only, where the library has no classes of its own:
        // clear what an earlier run left, or renamed model classes would linger in the jar.
        deleteTree(generated);
        Files.deleteIfExists(indexFile);
        try (Stream<Path> s = Files.walk(rulesDir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                Files.delete(p);
            }
        }
        List<Path> written = new ArrayList<>();
        for (GeneratedFile f : files) {
            Path p = generated.resolve(f.relativePath());
            if (!p.normalize().startsWith(rulesDirIn(generated))) {
                fail("generated class " + f.relativePath() + " lies outside the rule packages");
            }
            Files.createDirectories(p.getParent());
            Files.write(p, f.contents());
            written.add(p);
        }
        long generatedAt = System.nanoTime();
        compile(written, classes);
        new RuleModelIndex(droolsVersion, inputsSha, rulesSha, List.copyOf(sources.keySet()), List.copyOf(models), fileOfRule)
                .write(indexFile);
        // Load it as the library will, so that what run time checks (exactly the DRL's rules, complete metadata,
        // editions and parameters the rules cite) fails this build rather than the first user.
        try {
            new Engine(RuleBase.build(RuleBase.Origin.PRECOMPILED), Parameters.bundled());
        } catch (RuntimeException e) {
            Files.deleteIfExists(indexFile);
            fail("the generated rule base does not load: " + e.getMessage());
        }
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "[rule-model] %d rule files, %d rules: %d model classes, %d generated sources, in %.1f s"
                + " (%.1f s generating, %.1f s compiling and loading)%n", sources.size(), fileOfRule.size(), models.size(),
                written.size(), (end - start) / 1e9, (generatedAt - start) / 1e9, (end - generatedAt) / 1e9);
    }

    private static ModelBuilderImpl<PackageSources> modelOf(Map<String, String> sources) {
        KnowledgeBuilderConfigurationImpl conf = KnowledgeBuilderFactory
                .newKnowledgeBuilderConfiguration(null, RuleModelGenerator.class.getClassLoader()).as(KnowledgeBuilderConfigurationImpl.KEY);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources, conf,
                new ReleaseIdImpl("org.itut.compliance", "itut-compliance-rules", "1"), false);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            batch.add(ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8)).setSourcePath(e.getKey()),
                    ResourceType.DRL);
        }
        batch.build();
        return builder;
    }

    private static Path rulesDirIn(Path generated) {
        return generated.resolve(Resources.NAMESPACE + "rules").normalize();
    }

    private static boolean classesPresent(RuleModelIndex index, Path classes) {
        return !index.models().isEmpty() && index.models().stream()
                .allMatch(m -> Files.exists(classes.resolve(m.replace('.', '/') + ".class")));
    }

    /**
     * What the generated code depends on: the rules, Drools, this generator, and the library classes the rules
     * can name (the public records and enums, facts/, internal/). Changes to the command line, the readers and
     * writers or the test support do not regenerate the model.
     */
    private static String inputsSha256(String rulesSha, String drools, Path generatorSource, Path classes) throws IOException {
        Map<String, byte[]> inputs = new TreeMap<>();
        inputs.put("rules", rulesSha.getBytes(StandardCharsets.UTF_8));
        inputs.put("drools", drools.getBytes(StandardCharsets.UTF_8));
        inputs.put("generator", Files.readAllBytes(generatorSource));
        Path base = classes.resolve(Resources.NAMESPACE);
        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String rel = base.relativize(p).toString().replace('\\', '/');
                if (!rel.contains("/") || rel.startsWith("facts/") || rel.startsWith("internal/")) {
                    inputs.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return Digests.sha256OfFiles(inputs);
    }

    /**
     * Compiles the generated sources with the JDK's compiler, a package per task and the tasks spread over the
     * processors: the generated packages do not refer to one another, and compiling is most of the time here.
     */
    private static void compile(List<Path> sources, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            fail("no Java compiler in this JDK (" + System.getProperty("java.home") + "): a JDK, not a JRE, is needed to build");
        }
        // A rule package's lambdas sit in sub-packages of it (P39/...) and name its Rules class: keep them together.
        TreeSet<Path> rulePackages = new TreeSet<>();
        for (Path p : sources) {
            if (p.getFileName().toString().startsWith("Rules")) {
                rulePackages.add(p.getParent());
            }
        }
        Map<Path, List<Path>> byPackage = new TreeMap<>();
        for (Path p : sources) {
            Path owner = p.getParent();
            while (owner != null && !rulePackages.contains(owner)) {
                owner = owner.getParent();
            }
            byPackage.computeIfAbsent(owner == null ? p.getParent() : owner, k -> new ArrayList<>()).add(p);
        }
        int threads = Math.max(1, Math.min(byPackage.size(), Runtime.getRuntime().availableProcessors()));
        List<List<Path>> buckets = new ArrayList<>();
        long[] load = new long[threads];
        for (int i = 0; i < threads; i++) {
            buckets.add(new ArrayList<>());
        }
        List<List<Path>> packages = new ArrayList<>(byPackage.values());
        packages.sort(Comparator.comparingLong(RuleModelGenerator::size).reversed());
        for (List<Path> pkg : packages) {
            int least = 0;
            for (int i = 1; i < threads; i++) {
                least = load[i] < load[least] ? i : least;
            }
            buckets.get(least).addAll(pkg);
            load[least] += size(pkg);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (List<Path> bucket : buckets) {
                results.add(pool.submit(() -> compileTogether(javac, bucket, classes)));
            }
            List<String> errors = new ArrayList<>();
            for (Future<List<String>> f : results) {
                errors.addAll(f.get());
            }
            if (!errors.isEmpty()) {
                fail("the generated executable model does not compile:\n  " + String.join("\n  ", errors.subList(0, Math.min(20, errors.size()))));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> compileTogether(JavaCompiler javac, List<Path> sources, Path classes) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-nowarn", "-Xlint:none",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            Boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = new ArrayList<>();
            if (!Boolean.TRUE.equals(ok)) {
                diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .forEach(d -> errors.add((d.getSource() == null ? "?" : d.getSource().getName()) + ":" + d.getLineNumber()
                                + ": " + d.getMessage(Locale.ROOT)));
                if (errors.isEmpty()) {
                    errors.add("javac failed without an error message");
                }
            }
            return errors;
        }
    }

    private static long size(List<Path> files) {
        long n = 0;
        for (Path p : files) {
            try {
                n += Files.size(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return n;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void fail(String message) {
        System.err.println("[rule-model] " + message);
        System.exit(1);
    }
}
