package org.itut.compliance.jmh;

import java.util.concurrent.TimeUnit;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Report;
import org.itut.compliance.bench.Corpus;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Engine;
import org.itut.compliance.internal.ReferenceChecker;
import org.itut.compliance.internal.RuleSubset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm evaluation of one generated submission per size, in the same run and on the same facts:
 * the whole rule base, the engine restricted to the reference's rules (and rules/common), and the
 * plain-Java reference. Every engine is built once per trial and shared, as an embedder shares it;
 * {@link #engineTwoThreads} evaluates on the same engine from two threads at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx10g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluateBench {
    @Param({"1000", "10000", "100000"})
    public int facts;

    private Submission submission;
    private ComplianceEngine full;
    private Engine subset;
    private ReferenceChecker reference;

    @Setup(Level.Trial)
    public void setUp() {
        submission = Corpus.of(facts, 42);
        if (!submission.validate().isEmpty()) {
            throw new IllegalStateException("invalid corpus: " + submission.validate().get(0));
        }
        full = ComplianceEngine.create();
        subset = RuleSubset.engine(RuleSubset.commonPlus(ReferenceChecker.RULES));
        reference = new ReferenceChecker(subset);
    }

    /** The whole rule base. */
    @Benchmark
    public Report engine() {
        return full.evaluate(submission, Corpus.AS_OF);
    }

    /** The whole rule base, evaluated by two threads at once on the one shared engine (time per evaluation). */
    @Benchmark
    @Threads(2)
    public Report engineTwoThreads() {
        return full.evaluate(submission, Corpus.AS_OF);
    }

    /** Only the reference's rules and rules/common. */
    @Benchmark
    public Report engineSubset() {
        return subset.evaluate(submission, Corpus.AS_OF);
    }

    /** The plain-Java reference: the lower bound. */
    @Benchmark
    public ReferenceChecker.Result reference() {
        return reference.evaluate(submission, Corpus.AS_OF);
    }
}
