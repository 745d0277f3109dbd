package org.itut.compliance.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.itut.compliance.ComplianceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A second test class gets the engine the first built: it lives in the root context's store. */
@ExtendWith(ComplianceEngineExtension.class)
class ComplianceEngineExtensionOtherClassTest {
    private static final AtomicReference<ExtensionContext> CONTEXT = new AtomicReference<>();

    @RegisterExtension
    static final BeforeEachCallback CAPTURE = CONTEXT::set;

    @Test
    void should_get_the_engine_of_the_whole_run(ComplianceEngine engine) {
        assertThat(engine).isSameAs(ComplianceEngineExtension.engine(CONTEXT.get()));
        if (ComplianceEngineExtensionTest.FIRST.get() != null) {
            assertThat(engine).isSameAs(ComplianceEngineExtensionTest.FIRST.get());
        }
        ComplianceEngineExtensionTest.FIRST.compareAndSet(null, engine);
    }
}
