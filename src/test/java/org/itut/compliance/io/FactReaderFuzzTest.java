package org.itut.compliance.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz tests of the fact reader, alone and followed by an evaluation (docs/fuzzing.md). The only
 * allowed outcomes on any bytes are a submission (and, for the second, a report) or an
 * {@link InputException}; anything else thrown is a finding. Seeded with the bundled register (as
 * YAML and as JSON) and the {@code given} block of every case file. In a normal build each test runs
 * its seeds and the regression inputs in {@code FactReaderFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes.
 */
class FactReaderFuzzTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate[] AS_OF = {
        LocalDate.of(2026, 2, 15), LocalDate.of(2016, 1, 1), LocalDate.of(2019, 9, 27), LocalDate.of(2022, 3, 9),
        LocalDate.of(2030, 12, 31)};
    /**
     * Smaller than the defaults so that an input cannot spend the fuzzer's time on sheer size; the
     * limits themselves are tested in ReadLimitsTest and at full size in HostileInputIT.
     */
    private static final ReadLimits LIMITS = ReadLimits.DEFAULTS.with("file-size", 1L << 20).with("values", 100_000)
            .with("facts", 10_000);
    private static volatile ComplianceEngine engine;

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "30m")
    void read(byte[] input) {
        read(input, name(input));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60m")
    void readAndEvaluate(byte[] input) {
        Submission s = read(input, name(input));
        if (s != null) {
            // The date is taken from the input so that the fuzzer can reach the edition boundaries.
            Report r = engine().evaluate(s, AS_OF[Math.floorMod(input.length, AS_OF.length)]);
            ReportJson.write(r);
        }
    }

    /** The submission, or {@code null} for input the reader refused as documented. */
    private static Submission read(byte[] input, String name) {
        try {
            return FactReader.read(name, new ByteArrayInputStream(input), LIMITS);
        } catch (InputException e) {
            for (InputProblem p : e.problems()) {
                if (p.problem().isBlank()) {
                    throw new AssertionError("a problem without a description: " + p);
                }
            }
            return null;
        }
    }

    /** JSON when the text starts like JSON, so that both parsers are fuzzed. */
    private static String name(byte[] input) {
        for (byte b : input) {
            if (b == '{' || b == '[') {
                return "fuzz.json";
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                break;
            }
        }
        return "fuzz.yaml";
    }

    private static ComplianceEngine engine() {
        // An engine of its own, so that fuzzed evaluations do not count towards the suite's rule coverage.
        ComplianceEngine e = engine;
        if (e == null) {
            synchronized (FactReaderFuzzTest.class) {
                e = engine;
                if (e == null) {
                    engine = e = ComplianceEngine.create();
                }
            }
        }
        return e;
    }

    /** The register's files as YAML and JSON, and each case's {@code given} as YAML. */
    static Stream<Arguments> seeds() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String name : Resources.list(FactReader.REGISTER, n -> n.endsWith(".yaml"))) {
            byte[] yaml = Resources.read(FactReader.REGISTER + "/" + name);
            out.add(seed("register/" + name, yaml));
            out.add(seed("register/" + name + " as JSON", JSON.writeValueAsBytes(YAML.readTree(yaml))));
        }
        Path cases = Path.of("src", "test", "resources", "cases");
        List<Path> files;
        try (Stream<Path> s = Files.walk(cases)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode root = YAML.readTree(f.toFile());
            int i = 0;
            for (JsonNode c : root.path("cases")) {
                out.add(seed(cases.relativize(f) + " #" + i++, YAML.writeValueAsBytes(c.path("given"))));
            }
        }
        if (out.size() < 100) {
            throw new UncheckedIOException(new IOException("too few seeds found under " + cases.toAbsolutePath()));
        }
        return out.stream();
    }

    private static Arguments seed(String name, byte[] bytes) {
        return Arguments.of(Named.of(name, bytes));
    }
}
