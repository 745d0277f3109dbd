package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.LocalDate;

import org.itut.compliance.facts.DeliveryRecipient;
import org.itut.compliance.facts.EstablishmentPath;
import org.itut.compliance.facts.JcaProposal;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.TorSection;
import org.junit.jupiter.api.Test;

/** The fact keys of the duty rules (docs/facts-duties.md) are read as strictly as the others. */
class DutiesFactsReaderTest {
    private static final String GROUPS = """
            groups:
              - {id: WTSA, kind: WTSA}
              - {id: SG17, kind: STUDY_GROUP}
              - {id: JCA-N, kind: JCA, parent: SG17}
            documents:
              - {id: IN-1, kind: TD, source: SG17, to: [JCA-N]}
            """;

    @Test
    void should_read_proposals_designations_and_deliveries() throws Exception {
        Submission s = FactReader.read("f.yaml", new StringReader(GROUPS + """
                leadDesignations:
                  - {id: D-1, sg: SG17, subject: identity management, designatedBy: WTSA, from: 2024-10-24}
                jcaProposals:
                  - {id: P-1, jca: JCA-N, proposer: SG17, path: LEAD_SG, notified: 2026-05-11, notifiedTo: [SG17],
                     torSections: [SCOPE, OBJECTIVES], chairman: A. Chair, revised: 2026-05-20, substantiveComments: unknown,
                     consensus: true, leadDesignation: D-1, broadSubject: false}
                deliveries:
                  - {document: IN-1, to: [CHAIR, TSB_COUNSELLOR], on: 2026-03-01, madeAvailable: unknown}
                """));
        JcaProposal p = s.jcaProposals().get(0);
        assertThat(p.path()).isEqualTo(EstablishmentPath.LEAD_SG);
        assertThat(p.torSections()).containsExactly(TorSection.SCOPE, TorSection.OBJECTIVES);
        assertThat(p.reviewFrom()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(p.substantiveComments()).isNull();
        assertThat(s.leadDesignations().get(0).inForceOn(LocalDate.of(2025, 5, 30))).isTrue();
        assertThat(s.deliveries().get(0).reaches(DeliveryRecipient.TSB_COUNSELLOR)).isTrue();
        assertThat(s.deliveries().get(0).madeAvailable()).isNull();
        assertThat(s.all()).contains(p, s.leadDesignations().get(0), s.deliveries().get(0));
        assertThat(s.origin("P-1")).isPresent();
    }

    @Test
    void should_report_unknown_references_keys_and_values_with_file_and_line() {
        InputException e = catchThrowableOfType(InputException.class, () -> FactReader.read("f.yaml", new StringReader(GROUPS + """
                jcaProposals:
                  - {id: P-1, jca: JCA-X, leadDesignation: D-9, notifiedTo: [SG99], path: SIDEWAYS, chairmen: [A]}
                deliveries:
                  - {document: IN-9, to: [CHAIR, PRESIDENT]}
                leadDesignations:
                  - {id: D-2, sg: SG17, subject: IdM, from: 2026-01-01, until: 2025-01-01}
                """)));
        assertThat(e.problems()).extracting(InputProblem::toString).anySatisfy(p -> assertThat(p).contains("jcaProposals[0].jca").contains("JCA-X"))
                .anySatisfy(p -> assertThat(p).contains("jcaProposals[0].leadDesignation"))
                .anySatisfy(p -> assertThat(p).contains("jcaProposals[0].notifiedTo[0]"))
                .anySatisfy(p -> assertThat(p).contains("jcaProposals[0].path"))
                .anySatisfy(p -> assertThat(p).contains("unknown key \"chairmen\"").contains("chairman"))
                .anySatisfy(p -> assertThat(p).contains("deliveries[0].document"))
                .anySatisfy(p -> assertThat(p).contains("deliveries[0].to[1]").contains("PRESIDENT"))
                .anySatisfy(p -> assertThat(p).contains("leadDesignations[0]").contains("ends"));
    }
}
