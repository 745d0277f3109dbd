package org.itut.compliance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Engine;
import org.itut.compliance.internal.EngineAccess;
import org.itut.compliance.internal.Parameters;
import org.itut.compliance.internal.RuleBase;

/**
 * The front door. Build one, once: building loads the rule base that the library's own build compiled
 * from its DRL (Drools' executable model: no DRL is parsed or compiled at run time) and checks it: the
 * model must have been generated from the rule files the library holds, and must hold exactly the rules
 * they define, each with complete metadata. (With {@code -Ditut.rules=drl} the DRL is compiled instead,
 * a diagnostic path of several seconds, and any Drools error or warning fails the build.) The engine is
 * then immutable and thread-safe; {@link #evaluate} never compiles and never reads the wall clock.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.create();
 * Report report = engine.evaluate(FactReader.read(List.of(Path.of("facts/"))), LocalDate.of(2026, 2, 15));
 * }</pre>
 */
public final class ComplianceEngine {
    static {
        // The library's own tools reach the engine through internal.EngineAccess, not through this API.
        EngineAccess.register(e -> e.engine);
    }

    private final Engine engine;
    private final Consumer<Report> observer;

    private ComplianceEngine(Engine engine, Consumer<Report> observer) {
        this.engine = engine;
        this.observer = observer;
    }

    /**
     * An engine with the library's rules and its own dated parameters, editions carried forward where the
     * text in force is not encoded.
     *
     * @return the engine, immutable and thread-safe
     * @throws IllegalStateException as {@link Builder#build()}
     */
    public static ComplianceEngine create() {
        return builder().build();
    }

    /**
     * Configures an engine other than the default one: parameter overrides, strict editions.
     *
     * @return a builder with the defaults of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Judges {@code submission} as of {@code asOf}: duties due after that date are PENDING, and the
     * edition of each text is the one in force on the date of each act judged.
     *
     * @param submission the facts, read by {@link org.itut.compliance.io.FactReader} or built in code
     * @param asOf       the date to judge on, never the wall clock
     * @return the findings, determinations, rules evaluated and editions applied
     * @throws org.itut.compliance.facts.InvalidSubmissionException before any rule runs, listing every
     *         problem of {@link Submission#validate()} (an id used twice, an id named that is not there ...)
     * @throws EvaluationException if a rule fails; no exception type of the rule engine is ever thrown
     */
    public Report evaluate(Submission submission, LocalDate asOf) {
        return evaluate(submission, asOf, null);
    }

    /**
     * As {@link #evaluate(Submission, LocalDate)}, telling {@code progress} how far the evaluation has got
     * (facts loaded, rule firings). The listener is used by this call only.
     *
     * @param submission the facts, as for {@link #evaluate(Submission, LocalDate)}
     * @param asOf       the date to judge on
     * @param progress   a listener, or {@code null} for none
     * @return as {@link #evaluate(Submission, LocalDate)}
     * @throws org.itut.compliance.facts.InvalidSubmissionException as {@link #evaluate(Submission, LocalDate)}
     * @throws EvaluationException as {@link #evaluate(Submission, LocalDate)}
     */
    public Report evaluate(Submission submission, LocalDate asOf, ProgressListener progress) {
        Report report = engine.evaluate(submission, asOf, progress);
        if (observer != null) {
            observer.accept(report);
        }
        return report;
    }

    /**
     * The rule catalogue.
     *
     * @return every checking rule (not the derivations), with its citation metadata, sorted by id
     */
    public List<RuleInfo> rules() {
        return engine.catalogue();
    }

    /**
     * The library version, as every report names it.
     *
     * @return the {@code Implementation-Version} of the library jar's manifest, or {@code dev} when the library
     *         runs from classes (a build's target/classes) rather than from its jar
     */
    public static String version() {
        String v = ComplianceEngine.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Configures an engine. */
    public static final class Builder {
        private Path parameterOverrides;
        private Consumer<Report> observer;
        private boolean strictEditions;

        private Builder() {
        }

        /**
         * Strict editions: where the text of the edition in force on an act's date is not encoded, the
         * finding is INDETERMINATE (with the reason) instead of being judged under the newest encoded text
         * and marked {@code carried-forward}. Off by default.
         *
         * @param strict whether to use strict editions
         * @return this builder
         */
        public Builder strictEditions(boolean strict) {
            this.strictEditions = strict;
            return this;
        }

        /**
         * A directory of parameter files (same layout as the library's {@code parameters/}) whose values,
         * editions and holidays take precedence: for a user who holds a newer edition.
         *
         * @param directory the directory of overrides; it is read, and checked, by {@link #build()}
         * @return this builder
         */
        public Builder parameters(Path directory) {
            this.parameterOverrides = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Sees every report this engine makes, after it is made. Package-private: the library's own test
         * suite uses it to measure which rules the tests exercised (target/rule-coverage.md).
         */
        Builder observer(Consumer<Report> observer) {
            this.observer = observer;
            return this;
        }

        /**
         * Loads and checks the rule base (see {@link ComplianceEngine}) and the parameters.
         *
         * @return the engine, immutable and thread-safe
         * @throws IllegalStateException when the precompiled rule base is missing, was generated from other
         *         rule files, or lacks a rule or a rule's metadata; with {@code -Ditut.rules=drl}, naming the file
         *         and line of any rule that does not compile cleanly
         * @throws IllegalArgumentException naming the file and key of a bad parameter override
         */
        public ComplianceEngine build() {
            Parameters params = Parameters.bundled();
            if (parameterOverrides != null) {
                params = params.overriddenBy(parameterOverrides);
            }
            if (strictEditions) {
                params = params.withStrictEditions(true);
            }
            return new ComplianceEngine(new Engine(RuleBase.build(), params), observer);
        }
    }
}
