package org.itut.compliance;

/**
 * The engine the session tests run on: the library's rules, built without beta node sharing.
 *
 * <p>Drools 10.2.0 loses changes to the facts an {@code accumulate} reads when a rule of a package
 * added later split that rule's network segment (apache/incubator-kie#7109, fixed after 10.2.0;
 * internal.SessionEngineTest reproduces it). A full evaluation inserts every fact before the first
 * firing and is not affected; a session's changes are: a retracted reply left a tally as it was, an
 * inserted inventory was not seen by A1-1.7.1. Building the rule base without beta node sharing
 * avoids the split, so these tests test the session and not the bug; {@code -Ditut.session.sharing=true}
 * runs them on the library's engine as it is built today, where they fail until the rule base is
 * built without sharing (or on a Drools with the fix).
 */
final class SessionTestEngine {
    private static final boolean SHARING = Boolean.getBoolean("itut.session.sharing");
    private static volatile ComplianceEngine engine;

    private SessionTestEngine() {
    }

    static ComplianceEngine get() {
        if (SHARING) {
            return TestEngine.get();
        }
        ComplianceEngine e = engine;
        if (e == null) {
            synchronized (SessionTestEngine.class) {
                e = engine;
                if (e == null) {
                    // Read by Drools when the rule base is built; set for this build only.
                    System.setProperty("drools.shareBetaNodes", "false");
                    try {
                        engine = e = ComplianceEngine.create();
                    } finally {
                        System.clearProperty("drools.shareBetaNodes");
                    }
                }
            }
        }
        return e;
    }
}
