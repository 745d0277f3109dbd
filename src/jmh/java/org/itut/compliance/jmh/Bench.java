package org.itut.compliance.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * JMH's own command line (the same options as {@code org.openjdk.jmh.Main}), then the tables of
 * docs/performance.md from the results of this one run: per benchmark and size the median with min and
 * max over all forks and iterations; the engine-to-reference ratios; the growth factor per ×10 facts;
 * with {@code -prof gc}, the bytes allocated per fact.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Runner runner = new Runner(cli);
        if (cli.shouldHelp()) {
            cli.showHelp();
            return;
        }
        if (cli.shouldList()) {
            runner.list();
            return;
        }
        print(runner.run());
    }

    private record Cell(Statistics stats, Double allocPerOp) {
        double median() {
            return stats.getPercentile(50);
        }
    }

    static void print(Collection<RunResult> results) {
        // benchmark -> facts -> cell
        Map<String, TreeMap<Integer, Cell>> table = new TreeMap<>();
        String unit = "";
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            // Parameters other than the size name a row of their own (SessionBench's change).
            for (String key : r.getParams().getParamsKeys()) {
                if (!key.equals("facts")) {
                    name += " [" + key + "=" + r.getParams().getParam(key) + "]";
                }
            }
            String f = r.getParams().getParam("facts");
            int facts = f == null ? 0 : Integer.parseInt(f);
            Double alloc = null;
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    alloc = e.getValue().getScore();
                }
            }
            unit = r.getPrimaryResult().getScoreUnit();
            table.computeIfAbsent(name, k -> new TreeMap<>()).put(facts, new Cell(r.getPrimaryResult().getStatistics(), alloc));
        }
        System.out.println();
        System.out.println("### Results (" + unit + "; median [min – max] over all forks and iterations, n = samples)");
        System.out.println();
        System.out.println("| benchmark | facts | median | min | max | n |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        table.forEach((name, bySize) -> bySize.forEach((facts, c) -> System.out.printf("| %s | %,d | %s | %s | %s | %d |%n", name,
                facts, num(c.median()), num(c.stats.getMin()), num(c.stats.getMax()), c.stats.getN())));

        ratios(table, "EvaluateBench.engineSubset", "EvaluateBench.reference", "engine restricted to the reference's rules ÷ reference");
        ratios(table, "EvaluateBench.engine", "EvaluateBench.reference", "whole rule base ÷ reference (the reference covers 5 of its rules)");
        ratios(table, "EvaluateBench.engineTwoThreads", "EvaluateBench.engine", "time per evaluation, 2 threads ÷ 1 thread, one shared engine");

        System.out.println();
        System.out.println("### Growth per ×10 facts (ratio of medians; linear is ≈ 10, the target is ≤ 11)");
        System.out.println();
        System.out.println("| benchmark | from | to | facts × | time × | per ×10 facts |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        table.forEach((name, bySize) -> {
            List<Integer> sizes = new ArrayList<>(bySize.keySet());
            for (int i = 1; i < sizes.size(); i++) {
                int a = sizes.get(i - 1), b = sizes.get(i);
                if (a == 0) {
                    continue;
                }
                double fx = (double) b / a, tx = bySize.get(b).median() / bySize.get(a).median();
                System.out.printf("| %s | %,d | %,d | %.1f | %.1f | %.1f |%n", name, a, b, fx, tx, Math.pow(tx, 1 / Math.log10(fx)));
            }
        });

        boolean alloc = table.values().stream().anyMatch(m -> m.values().stream().anyMatch(c -> c.allocPerOp != null));
        if (alloc) {
            System.out.println();
            System.out.println("### Allocation per evaluation (-prof gc: gc.alloc.rate.norm)");
            System.out.println();
            System.out.println("| benchmark | facts | MB per evaluation | bytes per fact |");
            System.out.println("|---|---:|---:|---:|");
            table.forEach((name, bySize) -> bySize.forEach((facts, c) -> {
                if (c.allocPerOp != null && facts > 0) {
                    System.out.printf("| %s | %,d | %,.1f | %,.0f |%n", name, facts, c.allocPerOp / 1e6, c.allocPerOp / facts);
                }
            }));
        }
    }

    private static void ratios(Map<String, TreeMap<Integer, Cell>> table, String num, String den, String title) {
        TreeMap<Integer, Cell> a = table.get(num), b = table.get(den);
        if (a == null || b == null) {
            return;
        }
        System.out.println();
        System.out.println("### " + title);
        System.out.println();
        System.out.println("| facts | ratio of medians | min ratio (fastest ÷ slowest) | max ratio (slowest ÷ fastest) |");
        System.out.println("|---:|---:|---:|---:|");
        a.forEach((facts, x) -> {
            Cell y = b.get(facts);
            if (y != null) {
                System.out.printf("| %,d | %.2f | %.2f | %.2f |%n", facts, x.median() / y.median(), x.stats.getMin() / y.stats.getMax(),
                        x.stats.getMax() / y.stats.getMin());
            }
        });
    }

    private static String num(double v) {
        return v >= 100 ? String.format("%,.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.3f", v);
    }
}
