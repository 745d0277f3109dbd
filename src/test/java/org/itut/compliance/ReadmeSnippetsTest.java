package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.assertj.ComplianceAssertions;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.junit.ComplianceEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's Java snippets, run against the bundled register so they cannot drift from the API. */
@ExtendWith(ComplianceEngineExtension.class)
class ReadmeSnippetsTest {

    @Test
    void the_java_api_snippet_runs(ComplianceEngine engine) throws Exception {
        Submission facts = FactReader.readRegister();
        Report report = engine.evaluate(facts, LocalDate.of(2026, 2, 15));
        List<Finding> next30Days = report.obligations(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 17));
        assertThat(next30Days).allSatisfy(f -> assertThat(f.due()).isBetween(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 17)));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.citation().reference()).isNotBlank());
        Report after = engine.evaluate(facts, LocalDate.of(2026, 4, 4));
        assertThat(after.determination("consultation-decision", "Q16/17")).hasValueSatisfying(d -> assertThat(d.value()).isEqualTo("NOT_APPROVED"));
    }

    @Test
    void our_jcg_is_led_as_its_terms_say(ComplianceEngine engine) throws Exception {
        Report report = engine.evaluate(FactReader.readRegister(), LocalDate.of(2026, 2, 15));
        ComplianceAssertions.assertThat(report).hasNoViolations()
                .hasFinding("TOR-leadership").about("JCG-IoTSec").withOutcome(Outcome.PASS);
    }
}
