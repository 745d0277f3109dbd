package org.itut.compliance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Engine;
import org.itut.compliance.internal.Parameters;
import org.itut.compliance.internal.RuleBase;

/**
 * The front door. Build one, once: building compiles and checks the whole rule base (any Drools
 * error or warning fails it). The engine is then immutable and thread-safe; {@link #evaluate}
 * never compiles and never reads the wall clock.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.create();
 * Report report = engine.evaluate(FactReader.read(List.of(Path.of("facts/"))), LocalDate.of(2026, 2, 15));
 * }</pre>
 */
public final class ComplianceEngine {
    private final Engine engine;

    private ComplianceEngine(Engine engine) {
        this.engine = engine;
    }

    /** An engine with the library's rules and its own dated parameters. */
    public static ComplianceEngine create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Judges {@code submission} as of {@code asOf}: duties due after that date are PENDING, and the
     * edition of each text is the one in force on the date of each act judged.
     */
    public Report evaluate(Submission submission, LocalDate asOf) {
        return engine.evaluate(submission, asOf);
    }

    /** Every rule, with its citation metadata, sorted by id. */
    public List<RuleInfo> rules() {
        return engine.catalogue();
    }

    /** The library version, from the jar manifest ({@code dev} when run from classes). */
    public static String version() {
        String v = ComplianceEngine.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Internal access for the library's own tools (CLI, report writers). */
    Engine internal() {
        return engine;
    }

    /** Configures an engine. */
    public static final class Builder {
        private Path parameterOverrides;

        private Builder() {
        }

        /**
         * A directory of parameter files (same layout as the library's {@code parameters/}) whose values,
         * editions and holidays take precedence: for a user who holds a newer edition.
         */
        public Builder parameters(Path directory) {
            this.parameterOverrides = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Compiles and checks the rule base.
         *
         * @throws IllegalStateException naming the file and line of any rule that does not build cleanly
         * @throws IllegalArgumentException naming the file and key of a bad parameter override
         */
        public ComplianceEngine build() {
            Parameters params = Parameters.bundled();
            if (parameterOverrides != null) {
                params = params.overriddenBy(parameterOverrides);
            }
            return new ComplianceEngine(new Engine(RuleBase.build(), params));
        }
    }
}
