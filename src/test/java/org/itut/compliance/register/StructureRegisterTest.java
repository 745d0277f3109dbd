package org.itut.compliance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled register yields what the walkthrough of the source documents (procedures.md §4.1,
 * §4.5) expects of the structure rules.
 */
class StructureRegisterTest {
    private static Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        report = TestEngine.get().evaluate(FactReader.readRegister(), LocalDate.of(2026, 2, 15));
    }

    private static Finding only(String rule, String subject) {
        List<Finding> found = report.findingsOf(rule).stream().filter(f -> f.subject().equals(subject)).toList();
        assertThat(found).as(rule + " about " + subject).hasSize(1);
        return found.get(0);
    }

    @Test
    void circular_67_jcg_is_an_authorized_correspondence_activity_with_terms_and_co_convenors() {
        Finding auth = only("A1-1.6-ca-authorization", "JCG-IoTSec");
        assertThat(auth.outcome()).isEqualTo(Outcome.PASS);
        assertThat(auth.citation().edition()).isEqualTo("09/2019");
        assertThat(auth.citation().clause()).isEqualTo("1.6");
        assertThat(auth.citation().note()).contains("10/2016");
        assertThat(only("A1-1.6-ca-terms-of-reference", "JCG-IoTSec").outcome()).isEqualTo(Outcome.PASS);
        assertThat(only("A1-1.6-ca-convener", "JCG-IoTSec").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void jcg_terms_parent_tsag_and_one_co_convenor_per_study_group_hold_and_cite_the_terms() {
        Finding parent = only("TOR-parent", "JCG-IoTSec");
        assertThat(parent.outcome()).isEqualTo(Outcome.PASS);
        assertThat(parent.citation().instrument()).isEqualTo("Terms of reference of JCG-IoTSec");
        assertThat(parent.citation().edition()).isEqualTo("TSAG-R1 Annex D, 2025-05-30");
        assertThat(parent.citation().status()).isEqualTo(Status.SOURCE_DOCUMENT);
        Finding lead = only("TOR-leadership", "JCG-IoTSec");
        assertThat(lead.outcome()).isEqualTo(Outcome.PASS);
        assertThat(lead.citation().clause()).isEqualTo("work methods, bullet 6");
        assertThat(lead.evidence()).containsEntry("holders", "Bret Jordan, Ramy Ahmed Fathy");
    }

    @Test
    void jca_idm_is_responsible_to_sg17_as_its_terms_say() {
        assertThat(only("TOR-parent", "JCA-IdM").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void the_jcg_is_never_judged_by_the_jca_rules() {
        assertThat(report.findings()).filteredOn(f -> f.subject().equals("JCG-IoTSec"))
                .noneMatch(f -> f.rule().startsWith("A1-5.") || f.rule().startsWith("A1-2.2."));
    }
}
