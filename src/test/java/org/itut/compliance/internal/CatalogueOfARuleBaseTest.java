package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.Report;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.Explanation;
import org.itut.compliance.io.RuleCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue, the explanation and the rule-set hash on a small rule base written here: a rule that
 * reads a dated parameter and a rule cited by crosswalk, whatever rules the library ships today.
 */
class CatalogueOfARuleBaseTest {
    private static final String DRL = """
            package org.itut.compliance.rules.test;

            import org.itut.compliance.facts.Group;

            global org.itut.compliance.internal.Evaluation out;

            rule "A1-3.1.8-test-deadline"
                @instrument("A.1") @edition("10/2016") @clause("3.1.8") @title("A test rule that reads the contribution deadline")
                @level("WARNING") @status("verified") @catalogue("TEST-DEADLINE") @parameters("contribution-deadline")
            when
                $g : Group()
            then
                // INTERPRETATION: the deadline is read for the test only.
                out.on(kcontext).subject($g.id()).act(java.time.LocalDate.of(2018, 1, 1))
                   .evidence("deadline", out.period(kcontext, "contribution-deadline", java.time.LocalDate.of(2018, 1, 1)))
                   .pass("Read the deadline");
            end

            rule "A1-5.5-test-crosswalk"
                @instrument("A.1") @edition("09/2019") @clause("5.5") @textEdition("10/2016") @textClause("2.2.5")
                @title("A test rule cited by crosswalk") @level("INFO") @status("crosswalk") @catalogue("TEST-CROSSWALK")
            when
                $g : Group()
            then
                out.on(kcontext).subject($g.id()).act(java.time.LocalDate.of(2020, 1, 1)).fail("Always");
            end
            """;

    private static Engine engine;

    @BeforeAll
    static void build() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("rules/test/t.drl", DRL);
        engine = new Engine(RuleBase.build(Publisher.with(sources)), Parameters.bundled());
    }

    @Test
    void should_show_the_parameters_a_rule_reads_with_their_value_per_edition() {
        // GIVEN the catalogue of the small rule base
        RuleCatalogue catalogue = RuleCatalogue.of(engine);
        // THEN the deadline rule carries the parameter's value, edition, clause and note
        RuleCatalogue.Entry e = catalogue.entry("A1-3.1.8-test-deadline").orElseThrow();
        assertThat(e.parameterValues()).hasSize(1);
        RuleCatalogue.ParameterValue v = e.parameterValues().get(0);
        assertThat(v.name()).isEqualTo("contribution-deadline");
        assertThat(v.value()).isEqualTo("P12D");
        assertThat(v.edition()).isEqualTo("10/2016");
        assertThat(v.clause()).isEqualTo("3.1.8");
        assertThat(e.interpretations()).containsExactly("the deadline is read for the test only.");
        assertThat(e.line()).isEqualTo(7);
        // and the pages and the JSON say so
        assertThat(catalogue.pages().get("test.md")).contains("| Parameters | `contribution-deadline`: P12D (10/2016, 3.1.8; ");
        assertThat(catalogue.json()).contains("\"name\" : \"contribution-deadline\"", "\"value\" : \"P12D\"");
    }

    @Test
    void should_cite_a_crosswalked_rule_with_where_its_content_was_read() {
        RuleCatalogue.Entry e = RuleCatalogue.of(engine).entry("A1-5.5-test-crosswalk").orElseThrow();
        assertThat(e.citation()).isEqualTo("ITU-T A.1 (09/2019) clause 5.5, content read in ITU-T A.1 (10/2016) clause 2.2.5");
        assertThat(e.textEdition()).isEqualTo("10/2016");
    }

    @Test
    void should_explain_a_rule_with_its_parameters_and_outcomes() {
        // GIVEN a submission with one group, evaluated by the small rule base
        Submission s = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP)).build();
        Report report = engine.evaluate(s, LocalDate.of(2026, 2, 15));
        RuleCatalogue catalogue = RuleCatalogue.of(engine);
        RuleCatalogue.Entry e = catalogue.entry("A1-3.1.8-test-deadline").orElseThrow();
        // WHEN the deadline rule is explained
        Explanation x = new Explanation(e, catalogue.fileNotes("rules/test/t.drl"), engine.parameters().editions().editions("A.1"),
                report, s, "one group");
        // THEN the explanation gives the parameter's value and the subject's outcome with its evidence
        assertThat(x.text()).contains("Parameters:     contribution-deadline = P12D in 10/2016 (clause 3.1.8): contributions reach TSB",
                "Interpretations:", "the deadline is read for the test only.", "SG17  PASS", "deadline = P12D",
                "Outcomes for one group, as of 2026-02-15:");
        assertThat(x.json()).contains("\"subject\" : \"SG17\"", "\"outcome\" : \"PASS\"");
    }

    @Test
    void should_hash_the_rule_files_it_was_built_from() {
        byte[] name = "rules/test/t.drl".getBytes(StandardCharsets.UTF_8);
        byte[] text = DRL.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[name.length + text.length + 2];
        System.arraycopy(name, 0, all, 0, name.length);
        System.arraycopy(text, 0, all, name.length + 1, text.length);
        // The hash is of the rule files themselves: here, those of a rule base built without the publishing layer.
        RuleBase bare = RuleBase.build(Map.of("rules/test/t.drl", DRL));
        assertThat(bare.sha256()).isEqualTo(Digests.sha256(all));
        assertThat(engine.rules().source("rules/test/t.drl")).isEqualTo(DRL);
        assertThat(List.of(engine.parameters().sha256())).allMatch(h -> h.matches("[0-9a-f]{64}"));
    }
}
