package org.itut.compliance.internal;

import java.util.Objects;
import java.util.function.Function;

import org.itut.compliance.ComplianceEngine;

/**
 * The library's own route from a {@link ComplianceEngine} to the {@link Engine} behind it, for its CLI,
 * its rule catalogue and its evaluation records (the rule base's digest, the parameters). Not API: it
 * is public only because those tools live in other packages, and it may change in any release.
 * {@code ComplianceEngine} registers the route once, when its class is initialized, so that the
 * engine stays out of the public API.
 */
public final class EngineAccess {
    private static volatile Function<ComplianceEngine, Engine> route;

    private EngineAccess() {
    }

    /**
     * Called once, by {@code ComplianceEngine}'s static initializer.
     *
     * @param r the route
     */
    public static synchronized void register(Function<ComplianceEngine, Engine> r) {
        if (route != null) {
            throw new IllegalStateException("the route to the engine is already registered");
        }
        route = Objects.requireNonNull(r);
    }

    /**
     * The engine behind {@code engine}.
     *
     * @param engine an engine
     * @return its internal engine
     */
    public static Engine of(ComplianceEngine engine) {
        Objects.requireNonNull(engine, "engine");
        // An instance exists, so ComplianceEngine's class, whose initializer registers the route, is initialized.
        return route.apply(engine);
    }
}
