package org.itut.compliance.junit;

import java.nio.file.Path;

import org.itut.compliance.ComplianceEngine;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that builds one {@link ComplianceEngine} for the whole test run (building
 * loads and checks the whole rule base, so it is done once, in the root context's store) and injects it into test
 * constructors, test methods and lifecycle methods that declare a {@code ComplianceEngine} parameter:
 *
 * <pre>{@code
 * @ExtendWith(ComplianceEngineExtension.class)
 * class OurMeetingsTest {
 *     @Test
 *     void our_register_has_no_violations(ComplianceEngine engine) throws Exception {
 *         Report report = engine.evaluate(FactReader.read(List.of(Path.of("facts"))), LocalDate.of(2026, 2, 15));
 *         ComplianceAssertions.assertThat(report).hasNoViolations();
 *     }
 * }
 * }</pre>
 *
 * The JUnit configuration parameter {@value #PARAMETERS} (e.g. in {@code junit-platform.properties})
 * names a directory of parameter overrides the engine is built with. JUnit is an optional dependency
 * of the library: add {@code org.junit.jupiter:junit-jupiter} to your test scope to use this.
 */
public final class ComplianceEngineExtension implements ParameterResolver {
    /** The configuration parameter naming a parameter-override directory. */
    public static final String PARAMETERS = "itut-compliance.parameters";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ComplianceEngineExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ComplianceEngine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return engine(extensionContext);
    }

    /**
     * The engine of this test run, built on first use, for an extension or a test that has a context but no
     * parameter to inject into.
     *
     * @param context any extension context of the run
     * @return the run's one engine
     * @throws ParameterResolutionException when the engine cannot be built (for example a bad parameters directory)
     */
    public static ComplianceEngine engine(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE).getOrComputeIfAbsent(ComplianceEngine.class, k -> build(root), ComplianceEngine.class);
    }

    private static ComplianceEngine build(ExtensionContext root) {
        ComplianceEngine.Builder builder = ComplianceEngine.builder();
        root.getConfigurationParameter(PARAMETERS).ifPresent(dir -> builder.parameters(Path.of(dir)));
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("cannot build the ComplianceEngine"
                    + root.getConfigurationParameter(PARAMETERS).map(d -> " with " + PARAMETERS + "=" + d).orElse("") + ": " + e.getMessage(), e);
        }
    }
}
