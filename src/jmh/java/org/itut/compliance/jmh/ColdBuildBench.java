package org.itut.compliance.jmh;

import java.util.concurrent.TimeUnit;

import org.itut.compliance.ComplianceEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the engine in a fresh JVM: one shot per fork, so class loading and JIT warm-up are in the
 * time, as a CLI run or a test suite's first test pays them. One method per way of building the rule
 * base; the executable model (branch execmodel) becomes a second method calling its switch.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdBuildBench {

    /** Today's path: every DRL file parsed and compiled at run time. */
    @Benchmark
    public ComplianceEngine drl() {
        return ComplianceEngine.create();
    }
}
