package org.itut.compliance.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.Citation;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.Status;
import org.itut.compliance.TestEngine;
import org.itut.compliance.facts.Submission;

/**
 * Reports for the writer tests: the bundled register evaluated by the real rules, plus duty
 * findings written here the way a deadline rule writes them (one met, one missed, one pending, one
 * not determined), so that every kind of mark appears whatever rules the rule base holds today.
 */
final class ReportFixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);
    static final String DUTY_RULE = "TOR-fixture-report-before-meeting";
    static final String ANNOUNCE_RULE = "TOR-fixture-announce-meeting";

    private ReportFixtures() {
    }

    static Submission register() {
        try {
            return FactReader.readRegister();
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True for the rules of Question and Recommendation approval (Res. 1 sections 7-9, A.8). They report
     * INFO and INDETERMINATE findings on the register by design (procedures.md §4.4; WTSA-24 falls under
     * the unencoded Res. 1 (2022)) and have their own register test, Circular101Test; the writer
     * fixtures leave them out so that the totals counted here stay those of the fixture duties.
     */
    static boolean approvalRule(String id) {
        return id.startsWith("RES1-7.") || id.startsWith("RES1-8.") || id.startsWith("RES1-9.") || id.startsWith("A8-");
    }

    /**
     * The meeting, document and rapporteur rules (A.1 1.1, 1.3, 1.4.6, 1.5, 1.7, 2.3.3, clause 3, Appendix I; Res. 1
     * 4.7, 5.2, 6.1) also put dated and INDETERMINATE findings on the register (procedures.md §4.0-§4.2, checked in
     * MeetingsAndDocumentsRegisterTest); the fixtures leave them out for the same reason.
     */
    static boolean meetingRule(String id) {
        return id.matches("^(A1-(1\\.[13457]\\.|2\\.3\\.3|3\\.|AppI-)|RES1-(4\\.7|5\\.2|6\\.1)-).*");
    }

    /** The register evaluated as of {@link #AS_OF}, plus the fixture duties. */
    static Report withDuties(Submission register) {
        Report real = TestEngine.get().evaluate(register, AS_OF);
        List<Finding> findings = new ArrayList<>(real.findings().stream().filter(f -> !approvalRule(f.rule()) && !meetingRule(f.rule())).toList());
        findings.addAll(duties());
        findings.sort(Finding.ORDER);
        List<RuleInfo> rules = new ArrayList<>(real.rules());
        rules.add(new RuleInfo(DUTY_RULE, "terms of reference", "", "report before each meeting",
                "A group reports to its target groups a lead time before each of their meetings", Level.VIOLATION,
                Status.SOURCE_DOCUMENT, List.of("TOR-JCGIOTSEC-REPORT-1M-BEFORE-EACH-SG-MEETING"), List.of(),
                "rules/tor/fixture.drl"));
        rules.add(new RuleInfo(ANNOUNCE_RULE, "terms of reference", "", "announce own meetings",
                "A group announces its own meetings a lead time ahead", Level.VIOLATION,
                Status.SOURCE_DOCUMENT, List.of("TOR-JCGIOTSEC-ANNOUNCE-1W-WITH-AGENDA"), List.of(), "rules/tor/fixture.drl"));
        rules.sort(Comparator.comparing(RuleInfo::id));
        return new Report(real.asOf(), findings, real.determinations(), rules, real.editions());
    }

    static List<Finding> duties() {
        return List.of(
                duty(DUTY_RULE, Outcome.PASS, null, LocalDate.of(2025, 11, 3), "SG17-2025-12", "JCG-IoTSec-report-TSAG-2026-01",
                        "The report to SG17 was done on 2025-10-30 (JCG-IoTSec-report-TSAG-2026-01), 4 days before the due date 2025-11-03"),
                duty(DUTY_RULE, Outcome.FAIL, Level.VIOLATION, LocalDate.of(2025, 12, 26), "TSAG-2026-01", null,
                        "The report to TSAG was done on 2026-01-05, 10 days late (due 2025-12-26)"),
                duty(DUTY_RULE, Outcome.INDETERMINATE, null, LocalDate.of(2025, 8, 15), "SG20-2025-09", null,
                        "The report to SG20: no evidence in the submission (due 2025-08-15); declare the inventory complete to judge absence"),
                duty(ANNOUNCE_RULE, Outcome.PENDING, null, LocalDate.of(2026, 3, 25), "JCG-IoTSec-4", null,
                        "The announcement of JCG-IoTSec-4 is due by 2026-03-25"),
                duty(ANNOUNCE_RULE, Outcome.PASS, null, LocalDate.of(2025, 9, 10), "JCG-IoTSec-1", "TSB-Circular-67",
                        "The announcement of JCG-IoTSec-1 was done on 2025-08-06 (TSB-Circular-67), 35 days before the due date 2025-09-10"));
    }

    private static Finding duty(String rule, Outcome outcome, Level level, LocalDate due, String target, String by, String message) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("target", target);
        if (by != null) {
            evidence.put("by", by);
        }
        return new Finding(rule, outcome, level, "JCG-IoTSec", message,
                new Citation("Terms of reference of JCG-IoTSec", "TSAG-R1 Annex D, 2025-05-30", "work methods, bullet 3",
                        "A group reports a lead time before each meeting", Status.SOURCE_DOCUMENT,
                        "duty declared by the group's own terms of reference"), evidence, due);
    }
}
