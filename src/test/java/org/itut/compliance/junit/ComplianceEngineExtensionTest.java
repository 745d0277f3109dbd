package org.itut.compliance.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.assertj.ComplianceAssertions;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension builds one engine per test run and injects it into constructors and methods. */
@ExtendWith(ComplianceEngineExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplianceEngineExtensionTest {
    static final AtomicReference<ComplianceEngine> FIRST = new AtomicReference<>();
    private final ComplianceEngine injected;

    ComplianceEngineExtensionTest(ComplianceEngine engine) {
        this.injected = engine;
    }

    @Test
    @Order(1)
    void should_inject_an_engine_into_the_constructor_and_the_method(ComplianceEngine engine) throws Exception {
        // GIVEN the engines injected into the constructor and into this method
        FIRST.compareAndSet(null, engine);
        // THEN they are one engine, which evaluates
        assertThat(injected).isSameAs(engine);
        ComplianceAssertions.assertThat(engine.evaluate(FactReader.readRegister(), LocalDate.of(2026, 2, 15))).hasNoViolations();
    }

    @Test
    @Order(2)
    void should_inject_the_same_engine_into_every_test_instance(ComplianceEngine engine) {
        FIRST.compareAndSet(null, engine);
        assertThat(injected).isSameAs(FIRST.get());
        assertThat(engine).isSameAs(FIRST.get());
    }

    @Nested
    class InANestedClass {
        @Test
        void should_share_the_run_wide_engine(ComplianceEngine engine) {
            FIRST.compareAndSet(null, engine);
            assertThat(engine).isSameAs(FIRST.get()).isSameAs(injected);
        }
    }
}
