package org.itut.compliance;

import java.util.Optional;

import org.itut.compliance.rules.RuleCoverage;

/**
 * One engine for the whole test run: building it loads and checks the whole rule base, so it is done once. Every
 * report it makes is recorded for the rule-coverage report (target/rule-coverage.md).
 */
public final class TestEngine {
    private static volatile ComplianceEngine engine;

    private TestEngine() {
    }

    public static ComplianceEngine get() {
        ComplianceEngine e = engine;
        if (e == null) {
            synchronized (TestEngine.class) {
                e = engine;
                if (e == null) {
                    engine = e = ComplianceEngine.builder().observer(RuleCoverage::record).build();
                }
            }
        }
        return e;
    }

    /** The engine, if some test has built it. */
    public static Optional<ComplianceEngine> ifBuilt() {
        return Optional.ofNullable(engine);
    }
}
