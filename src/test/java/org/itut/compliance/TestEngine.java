package org.itut.compliance;

/** One engine for the whole test run: building it compiles every rule, so it is done once. */
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
                    engine = e = ComplianceEngine.create();
                }
            }
        }
        return e;
    }
}
