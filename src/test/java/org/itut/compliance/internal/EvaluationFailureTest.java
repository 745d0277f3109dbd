package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Map;

import org.itut.compliance.EvaluationException;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Test;

/** Whatever a rule throws reaches the caller as an EvaluationException naming the rule; no Drools type escapes. */
class EvaluationFailureTest {
    private static final String HEADER = """
            import org.itut.compliance.facts.Group;
            global org.itut.compliance.internal.Evaluation out;
            """;
    private static final String META = "@instrument(\"A.1\") @edition(\"10/2016\") @clause(\"1.6\") @title(\"t\") "
            + "@level(\"WARNING\") @status(\"verified\") @catalogue(\"X\")";
    private static final Submission SG17 = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP)).build();

    private static Throwable evaluate(String rules) {
        Engine engine = new Engine(RuleBase.build(Map.of("rules/p/f.drl",
                "package org.itut.compliance.rules.p;\n" + HEADER + rules.formatted(META))), Parameters.bundled());
        return catchThrowable(() -> engine.evaluate(SG17, LocalDate.of(2026, 1, 1)));
    }

    private static void assertNoEngineTypeIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            assertThat(c.getClass().getName()).doesNotStartWith("org.drools").doesNotStartWith("org.kie");
        }
    }

    @Test
    void should_report_an_exception_in_a_rule_consequence_with_the_rule_and_subject_and_no_drools_type() {
        // GIVEN a rule whose consequence reads past the end of a list
        Throwable t = evaluate("""
                rule "A1-1.6-broken" %s
                when
                    $g : Group( id == "SG17" )
                then
                    java.util.List.of().get(0);
                end
                """);
        // THEN the documented exception, naming the rule and the group it judged, caused by what the rule threw
        assertThat(t).isInstanceOf(EvaluationException.class)
                .hasMessageStartingWith("rule A1-1.6-broken failed judging SG17: java.lang.")
                .hasMessageContaining("IndexOutOfBoundsException")
                .hasCauseInstanceOf(IndexOutOfBoundsException.class);
        EvaluationException e = (EvaluationException) t;
        assertThat(e.rule()).hasValue("A1-1.6-broken");
        assertThat(e.subject()).hasValue("SG17");
        assertNoEngineTypeIn(t);
    }

    @Test
    void should_report_an_exception_in_a_rule_condition_without_a_drools_type() {
        // GIVEN a rule whose condition throws while the group is inserted
        Throwable t = evaluate("""
                rule "A1-1.6-bad-condition" %s
                when
                    $g : Group( id.substring(10) == "x" )
                then
                    out.on(kcontext).subject($g.id()).pass("never");
                end
                """);
        // THEN the documented exception, with no Drools type anywhere in its causes
        assertThat(t).isInstanceOf(EvaluationException.class)
                .hasMessageStartingWith("rule A1-1.6-bad-condition failed").hasMessageContaining("StringIndexOutOfBoundsException")
                .hasCauseInstanceOf(StringIndexOutOfBoundsException.class);
        assertNoEngineTypeIn(t);
        for (Throwable c = t; c != null; c = c.getCause()) {
            assertThat(c.getClass().getName()).doesNotStartWith("org.mvel2");
        }
    }

    @Test
    void should_pass_our_own_exception_from_a_rule_helper_on_as_the_cause() {
        // GIVEN a rule whose Java throws an exception of its own
        Throwable t = evaluate("""
                rule "A1-1.6-helper" %s
                when
                    $g : Group( id == "SG17" )
                then
                    throw new IllegalStateException("helper refused " + $g.id());
                end
                """);
        assertThat(t).isInstanceOf(EvaluationException.class).hasMessageContaining("helper refused SG17")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("helper refused SG17");
        assertNoEngineTypeIn(t);
    }
}
