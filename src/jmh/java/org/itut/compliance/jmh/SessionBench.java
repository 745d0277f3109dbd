package org.itut.compliance.jmh;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.ComplianceSession;
import org.itut.compliance.ReportDelta;
import org.itut.compliance.bench.Corpus;
import org.itut.compliance.facts.Submission;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One fact changed in a live session of the whole rule base: each operation updates one fact of the
 * generated submission (a text field of a reply, document, meeting or group, so the change is valid and
 * every rule that reads that fact judges again), alternating between two values, and returns the
 * report's delta. Sampled per operation, so the table's median is the median change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx16g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class SessionBench {
    @Param({"10000"})
    public int facts;

    @Param({"reply", "document", "meeting", "group"})
    public String change;

    private ComplianceSession session;
    private Object original;
    private Object changed;
    private boolean flip;

    @Setup(Level.Trial)
    public void setUp() {
        Submission s = Corpus.of(facts, 42);
        session = ComplianceEngine.create().open(s, Corpus.AS_OF);
        original = middle(s, change);
        changed = changed(original, change);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    @Benchmark
    public ReportDelta oneFact() {
        flip = !flip;
        return session.update(flip ? changed : original);
    }

    /** The middle fact of {@code kind} in {@code s}: neither the first nor the last collected. */
    static Object middle(Submission s, String kind) {
        List<?> of = switch (kind) {
            case "reply" -> s.replies();
            case "document" -> s.documents();
            case "meeting" -> s.meetings();
            case "group" -> s.groups();
            default -> throw new IllegalArgumentException("change: reply, document, meeting or group, not " + kind);
        };
        return of.get(of.size() / 2);
    }

    /** {@code fact} (the middle fact of {@code kind}) with one text field changed: valid, and read by the rules. */
    static Object changed(Object fact, String kind) {
        String field = switch (kind) {
            case "reply" -> "comments";
            case "group" -> "name";
            default -> "title";
        };
        return with(fact, field, "changed in a session");
    }

    /** A copy of {@code record} with the String component {@code name} set to {@code value}. */
    static Object with(Object record, String name, String value) {
        try {
            RecordComponent[] cs = record.getClass().getRecordComponents();
            Object[] values = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            boolean found = false;
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                values[i] = cs[i].getAccessor().invoke(record);
                if (cs[i].getName().equals(name)) {
                    values[i] = value;
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
            }
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
