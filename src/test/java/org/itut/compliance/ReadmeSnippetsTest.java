package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.assertj.ComplianceAssertions;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.DocumentRole;
import org.itut.compliance.facts.FactChange;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.InvalidSubmissionException;
import org.itut.compliance.facts.Meeting;
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
        // The register states no reply to Circular 101 (the invented ones are in examples/): after the deadline the
        // decision is undecided, never approved on no evidence.
        assertThat(after.determination("consultation-decision", "Q16/17")).hasValueSatisfying(d -> {
            assertThat(d.value()).isEqualTo("INDETERMINATE");
            assertThat(d.reason()).contains("repliesComplete");
        });
    }

    @Test
    void the_facts_in_code_snippet_runs(ComplianceEngine engine) {
        Submission built = Submission.builder()
                .group(Group.of("SG17", GroupKind.STUDY_GROUP))
                .group(Group.builder("Q6/17", GroupKind.QUESTION).parent("SG17").build())
                .meeting(Meeting.builder("SG17-2026-01", "SG17").start(LocalDate.of(2026, 1, 12)).build())
                .build();
        assertThat(engine.evaluate(built, LocalDate.of(2026, 2, 15)).findings()).isNotEmpty();
        Submission missing = Submission.builder().group(Group.builder("Q6/17", GroupKind.QUESTION).parent("SG17").build()).build();
        assertThatThrownBy(() -> engine.evaluate(missing, LocalDate.of(2026, 2, 15)))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("group \"SG17\" is not in the submission");
    }

    @Test
    void the_session_snippet_runs(ComplianceEngine engine) throws Exception {
        Submission facts = FactReader.readRegister();
        try (ComplianceSession session = engine.open(facts, LocalDate.of(2026, 2, 15))) {
            Report before = session.report();
            assertThat(before).isEqualTo(engine.evaluate(facts, LocalDate.of(2026, 2, 15)));
            ReportDelta d = session.insert(Document.builder("SG17-R12", DocumentKind.REPORT)
                    .role(DocumentRole.MEETING_REPORT).source("SG17").covers("SG17-2025-12").build());
            assertThat(d.added()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("A1-1.7.1-meeting-report"));
            session.retract("SG17-R12");
            assertThat(session.report()).isEqualTo(before);
            session.apply(List.of(
                    FactChange.insert(Meeting.builder("WP1-17-2026-03", "WP1/17").start(LocalDate.of(2026, 3, 2)).build()),
                    FactChange.insert(Group.builder("WP1/17", GroupKind.WORKING_PARTY).parent("SG17").build())));
            assertThat(session.submission().group("WP1/17")).isPresent();
        }
    }

    /** docs/facts-format.md, "Facts built in code". */
    @Test
    void the_facts_format_snippet_runs(ComplianceEngine engine) {
        Submission facts = Submission.builder()
                .group(Group.of("SG17", GroupKind.STUDY_GROUP))
                .group(Group.builder("Q6/17", GroupKind.QUESTION).parent("SG17").build())
                .meeting(Meeting.builder("SG17-2026-01", "SG17").start(LocalDate.of(2026, 1, 12)).end(LocalDate.of(2026, 1, 21)).build())
                .add(Document.builder("C-12", DocumentKind.CONTRIBUTION).source("SG17").forMeeting("SG17-2026-01").build())
                .build();
        Report report = engine.evaluate(facts, LocalDate.of(2026, 2, 15));
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 2, 15));
    }

    @Test
    void our_jcg_is_led_as_its_terms_say(ComplianceEngine engine) throws Exception {
        Report report = engine.evaluate(FactReader.readRegister(), LocalDate.of(2026, 2, 15));
        ComplianceAssertions.assertThat(report).hasNoViolations()
                .hasFinding("TOR-leadership").about("JCG-IoTSec").withOutcome(Outcome.PASS);
    }
}
