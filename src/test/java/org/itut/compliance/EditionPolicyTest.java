package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edition policy through the public API: strict mode, and an engine-policy limit a user overrides. */
class EditionPolicyTest {
    @TempDir
    Path dir;

    private static final String LIAISON = """
            groups:
              - {id: SG17, kind: STUDY_GROUP}
              - {id: WP2/17, kind: WORKING_PARTY, parent: SG17}
              - {id: Q6/17-RG, kind: RAPPORTEUR_GROUP, parent: WP2/17}
            meetings:
              - {id: Q6-RGM-2026-01, group: Q6/17-RG, start: 2026-01-12, end: 2026-01-16, status: HELD}
            documents:
              - id: Q6-LS1
                kind: LIAISON_STATEMENT
                title: LS on attribute assurance
                source: Q6/17-RG
                date: 2026-01-16
                liaison: {preparedAt: Q6-RGM-2026-01, sentOn: 2026-02-06}
            """;

    private static Submission facts(String yaml) throws Exception {
        return FactReader.read("test.yaml", new StringReader(yaml));
    }

    private static Finding dispatch(Report r) {
        List<Finding> f = r.findingsOf("A1-1.5.2-ls-dispatch");
        assertThat(f).hasSize(1);
        return f.get(0);
    }

    @Test
    void should_report_a_dispatch_beyond_the_policy_limit_at_info_as_policy_and_follow_a_user_override() throws Exception {
        // GIVEN a liaison statement sent 21 days after its meeting, against A.1's "as soon as possible" (no number)
        Finding byDefault = dispatch(TestEngine.get().evaluate(facts(LIAISON), LocalDate.of(2026, 3, 1)));
        // THEN the engine's 14-day policy flags it at INFO, labelled as policy, never as A.1's number
        assertThat(byDefault.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(byDefault.level()).isEqualTo(Level.INFO);
        assertThat(byDefault.message()).contains("engine policy limit P14D").contains("gives no number");
        assertThat(byDefault.evidence().get("engine policy")).contains("A.1 1.5.2 sets no number");
        // WHEN a user declares 28 days as policy
        Files.createDirectories(dir.resolve("a1"));
        Files.writeString(dir.resolve("a1/policy.yaml"), """
                instrument: A.1
                edition: policy
                values:
                  ls-dispatch: {period: P28D, clause: "1.5.2", note: our secretariat's own target}
                """);
        ComplianceEngine mine = ComplianceEngine.builder().parameters(dir).build();
        Finding overridden = dispatch(mine.evaluate(facts(LIAISON), LocalDate.of(2026, 3, 1)));
        // THEN the same dispatch is within the declared policy
        assertThat(overridden.outcome()).isEqualTo(Outcome.PASS);
        assertThat(overridden.message()).contains("engine policy limit P28D");
    }

    @Test
    void should_make_a_carried_forward_finding_indeterminate_with_strict_editions_on_the_builder() throws Exception {
        Report lenient = TestEngine.get().evaluate(facts(LIAISON), LocalDate.of(2026, 3, 1));
        Report strict = ComplianceEngine.builder().strictEditions(true).build().evaluate(facts(LIAISON), LocalDate.of(2026, 3, 1));
        assertThat(dispatch(lenient).citation().status()).isEqualTo(Status.CARRIED_FORWARD);
        Finding s = dispatch(strict);
        assertThat(s.outcome()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(s.message()).startsWith("Strict editions: ITU-T A.1 (09/2019) applies on 2026-01-16");
        assertThat(s.citation().textApplied()).isEqualTo("ITU-T A.1 (10/2016) clause 1.5.2");
    }
}
