package org.itut.compliance.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.itut.compliance.bench.Corpus;
import org.itut.compliance.facts.Submission;

/**
 * Per-rule-file cost on the benchmark corpus at two sizes: each file is built with {@code rules/common/}
 * alone, evaluated warm, and its CPU time less that of {@code rules/common/} alone is its cost. The
 * ratio of the two costs against the ratio of the sizes shows which files grow faster than their facts.
 * A diagnostic run by the {@code bench} profile (docs/performance.md), not a test.
 *
 * <p>Arguments: {@code small large [runs] [file-prefix]}, e.g. {@code 10000 50000 3 rules/a1/c2}.
 */
public final class Ablation {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private Ablation() {
    }

    public static void main(String[] args) {
        if (args[0].equals("--heap")) {
            heap(Integer.parseInt(args[1]), args.length > 2 ? args[2] : "rules/");
            return;
        }
        int small = Integer.parseInt(args[0]);
        int large = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String prefix = args.length > 3 ? args[3] : "rules/";
        Submission a = Corpus.of(small, 42);
        Submission b = Corpus.of(large, 42);
        double factor = (double) b.size() / a.size();
        Map<String, String> all = RuleSubset.all();
        Map<String, String> common = common(all);
        Engine base = RuleSubset.engine(common);
        // Warm the JIT on the whole rule base first, or the first files measured pay for it.
        Engine whole = RuleSubset.engine(all);
        cpuMs(whole, a, 2);
        double wholeA = cpuMs(whole, a, runs), wholeB = cpuMs(whole, b, runs);
        System.out.printf("whole rule base: %.0f ms and %.0f ms (x%.1f)%n", wholeA, wholeB, wholeB / wholeA);
        double baseA = cpuMs(base, a, runs), baseB = cpuMs(base, b, runs);
        System.out.printf("facts %,d and %,d (x%.2f); rules/common alone: %.0f ms and %.0f ms (x%.1f)%n", a.size(), b.size(), factor,
                baseA, baseB, baseB / baseA);
        System.out.printf("| file | with common, ms (%,d) | with common, ms (%,d) | file's own, ms (%,d) | file's own, ms (%,d) | growth | growth / x%.1f |%n",
                a.size(), b.size(), a.size(), b.size(), factor);
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        forEachFile(all, common, prefix, (file, engine) -> {
            double ta = cpuMs(engine, a, runs), tb = cpuMs(engine, b, runs);
            // A file's own cost is what it adds to rules/common; below 1 ms that is noise, so it is floored at 1 ms.
            double ca = Math.max(1, ta - baseA), cb = Math.max(1, tb - baseB);
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f | %.1f | %.2f |%n", file.substring("rules/".length()), ta, tb, ca, cb,
                    cb / ca, cb / ca / factor);
        });
    }

    /**
     * Retained heap per fact of a live session of rules/common plus each file, less that of rules/common alone:
     * which files hold the memory ({@code --heap facts [file-prefix]}).
     */
    static void heap(int facts, String prefix) {
        Submission s = Corpus.of(facts, 42);
        s.validate();
        Map<String, String> all = RuleSubset.all();
        Map<String, String> common = common(all);
        long base = retained(RuleSubset.engine(common), s);
        long whole = retained(RuleSubset.engine(all), s);
        System.out.printf("%,d facts: rules/common alone retain %,d B/fact, the whole rule base %,d B/fact%n", s.size(),
                base / s.size(), whole / s.size());
        System.out.println("| file | retains beyond rules/common, B/fact |");
        System.out.println("|---|---:|");
        forEachFile(all, common, prefix, (file, engine) -> {
            long r = retained(engine, s);
            System.out.printf("| %s | %,d |%n", file.substring("rules/".length()), (r - base) / s.size());
        });
    }

    private static long retained(Engine engine, Submission s) {
        long before = LiveSession.usedHeap();
        try (LiveSession live = LiveSession.open(engine, s, Corpus.AS_OF)) {
            return LiveSession.usedHeap() - before;
        }
    }

    /** The rules/common files of {@code all}. */
    private static Map<String, String> common(Map<String, String> all) {
        Map<String, String> common = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("rules/common/")) {
                common.put(k, v);
            }
        });
        return common;
    }

    /** Each file of {@code all} under {@code prefix} but outside rules/common, built with rules/common, handed on. */
    private static void forEachFile(Map<String, String> all, Map<String, String> common, String prefix,
                                    java.util.function.BiConsumer<String, Engine> measure) {
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (e.getKey().startsWith("rules/common/") || !e.getKey().startsWith(prefix)) {
                continue;
            }
            Map<String, String> one = new LinkedHashMap<>(common);
            one.put(e.getKey(), e.getValue());
            Engine engine = alone(one, e.getKey());
            if (engine != null) {
                measure.accept(e.getKey(), engine);
            }
        }
    }

    /**
     * The file with rules/common, or null (and a table row that says so) when it does not build alone: a rule
     * that calls a function of another file of its package (RES1-7.2.5 calls 7.2.2's routed7_3_2).
     */
    private static Engine alone(Map<String, String> sources, String file) {
        try {
            return RuleSubset.engine(sources);
        } catch (IllegalStateException e) {
            System.out.printf("| %s | does not build without the other files of its package: %s |%n", file.substring("rules/".length()),
                    e.getMessage().lines().skip(1).findFirst().orElse(e.getMessage()).trim());
            return null;
        }
    }

    /** The median CPU time of this thread over {@code runs} evaluations, after one warm-up. */
    static double cpuMs(Engine engine, Submission s, int runs) {
        engine.evaluate(s, Corpus.AS_OF);
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long c0 = CPU.getCurrentThreadCpuTime();
            engine.evaluate(s, Corpus.AS_OF);
            t[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
