package org.itut.compliance.io;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.Submission;

/**
 * Writes a {@link Report} as JUnit XML, so that CI servers show compliance as they show tests: one
 * {@code <testsuite>} per rule, one {@code <testcase>} per rule and subject ({@code classname} = rule
 * id, {@code name} = subject). When a rule makes several findings about one subject (one per meeting,
 * say) they form one test case, decided by the worst of them:
 * <ul>
 *   <li>any FAIL: {@code <failure type="VIOLATION|WARNING|INFO">};</li>
 *   <li>else any INDETERMINATE: {@code <error type="INDETERMINATE">} — the check could not be run for
 *       lack of a fact, which is not compliance;</li>
 *   <li>else any PASS: a passing test case (a duty still pending beside it is listed in its output);</li>
 *   <li>else (only PENDING or NOT_APPLICABLE): {@code <skipped>} with the reason.</li>
 * </ul>
 * A rule with no subject in the submission gets one skipped test case, so every rule evaluated is
 * listed. Every finding of a test case is in its {@code <system-out>}. No timestamps or host names:
 * equal reports give equal text.
 */
public final class ReportJunit {
    private static final String NO_SUBJECT = "(no subject in the submission)";

    private ReportJunit() {
    }

    private record Case(String rule, String subject, List<Finding> findings) {
        /** What decides the test case: FAIL, else INDETERMINATE, else PASS, else PENDING, else NOT_APPLICABLE; null if none. */
        Outcome worst() {
            for (Outcome o : List.of(Outcome.FAIL, Outcome.INDETERMINATE, Outcome.PASS, Outcome.PENDING, Outcome.NOT_APPLICABLE)) {
                if (findings.stream().anyMatch(f -> f.outcome() == o)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** The JUnit XML of {@code report}; {@code submission} (may be null) names the input file of each subject. */
    public static String write(Report report, Submission submission) {
        Subjects subjects = Subjects.of(submission);
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        report.rules().forEach(r -> rules.put(r.id(), r));
        Map<String, Map<String, List<Finding>>> byRule = new LinkedHashMap<>();
        rules.keySet().forEach(id -> byRule.put(id, new LinkedHashMap<>()));
        for (Finding f : report.findings()) {
            byRule.computeIfAbsent(f.rule(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        List<List<Case>> suites = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Finding>>> e : byRule.entrySet()) {
            List<Case> cases = new ArrayList<>();
            if (e.getValue().isEmpty()) {
                cases.add(new Case(e.getKey(), NO_SUBJECT, List.of()));
            }
            e.getValue().forEach((subject, fs) -> cases.add(new Case(e.getKey(), subject, fs)));
            cases.sort(Comparator.comparing(Case::subject));
            suites.add(cases);
        }
        suites.sort(Comparator.comparing(s -> s.get(0).rule()));
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "itut-compliance " + ComplianceEngine.version() + " as of " + report.asOf());
            counts(x, suites.stream().flatMap(List::stream).toList());
            for (List<Case> suite : suites) {
                String ruleId = suite.get(0).rule();
                RuleInfo info = rules.get(ruleId);
                nl(x, 1);
                x.writeStartElement("testsuite");
                x.writeAttribute("name", ruleId);
                counts(x, suite);
                if (info != null) {
                    nl(x, 2);
                    x.writeStartElement("properties");
                    property(x, 3, "title", info.title());
                    property(x, 3, "citation", Texts.citation(info));
                    property(x, 3, "status", info.status().tag());
                    property(x, 3, "default-level", info.level().name());
                    property(x, 3, "catalogue", String.join(", ", info.catalogue()));
                    property(x, 3, "file", info.file());
                    nl(x, 2);
                    x.writeEndElement();
                }
                for (Case c : suite) {
                    testcase(x, c, info, subjects);
                }
                nl(x, 1);
                x.writeEndElement();
            }
            nl(x, 0);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return sw + "\n";
    }

    private static void testcase(XMLStreamWriter x, Case c, RuleInfo info, Subjects subjects) throws XMLStreamException {
        nl(x, 2);
        x.writeStartElement("testcase");
        x.writeAttribute("name", Texts.xml(c.subject()));
        x.writeAttribute("classname", Texts.xml(c.rule()));
        x.writeAttribute("time", "0");
        Subjects.Subject s = subjects.of(c.subject());
        if (s.origin() != null) {
            x.writeAttribute("file", Texts.xml(s.origin().file()));
            x.writeAttribute("line", String.valueOf(s.origin().line()));
        }
        Outcome worst = c.worst();
        if (worst == null) {
            nl(x, 3);
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", "the rule made no finding: nothing in the submission is subject to it");
        } else if (worst == Outcome.FAIL) {
            List<Finding> fails = c.findings().stream().filter(f -> f.outcome() == Outcome.FAIL).toList();
            Finding first = fails.stream().min(Comparator.comparing(f -> f.level().ordinal())).orElseThrow();
            nl(x, 3);
            x.writeStartElement("failure");
            x.writeAttribute("type", first.level().name());
            x.writeAttribute("message", Texts.xml(first.message() + " — " + first.citation().reference()));
            x.writeCharacters(Texts.xml(describe(fails)));
            x.writeEndElement();
        } else if (worst == Outcome.INDETERMINATE) {
            List<Finding> ind = c.findings().stream().filter(f -> f.outcome() == Outcome.INDETERMINATE).toList();
            nl(x, 3);
            x.writeStartElement("error");
            x.writeAttribute("type", "INDETERMINATE");
            x.writeAttribute("message", Texts.xml("Not determined: " + ind.get(0).message()));
            x.writeCharacters(Texts.xml(describe(ind)));
            x.writeEndElement();
        } else if (worst == Outcome.PENDING || worst == Outcome.NOT_APPLICABLE) {
            Finding first = c.findings().get(0);
            nl(x, 3);
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", Texts.xml(first.outcome() + ": " + first.message()
                    + (first.due() == null ? "" : " (due " + first.due() + ")")));
        }
        if (!c.findings().isEmpty()) {
            nl(x, 3);
            x.writeStartElement("system-out");
            x.writeCharacters(Texts.xml(describe(c.findings())));
            x.writeEndElement();
        }
        nl(x, 2);
        x.writeEndElement();
    }

    private static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(Texts.outcome(f)).append(' ').append(f.rule()).append(" · ").append(f.subject());
            if (f.due() != null) {
                sb.append(" · due ").append(f.due());
            }
            sb.append('\n').append("  ").append(f.message()).append('\n')
                    .append("  ").append(f.citation().reference()).append(" · ").append(f.citation().status().tag());
            if (!f.citation().note().isEmpty()) {
                sb.append(" · ").append(f.citation().note());
            }
            sb.append('\n');
            f.evidence().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        }
        return sb.toString();
    }

    private static void counts(XMLStreamWriter x, List<Case> cases) throws XMLStreamException {
        long failures = cases.stream().filter(c -> c.worst() == Outcome.FAIL).count();
        long errors = cases.stream().filter(c -> c.worst() == Outcome.INDETERMINATE).count();
        long skipped = cases.stream().filter(c -> c.worst() == null || c.worst() == Outcome.PENDING
                || c.worst() == Outcome.NOT_APPLICABLE).count();
        x.writeAttribute("tests", String.valueOf(cases.size()));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", String.valueOf(errors));
        x.writeAttribute("skipped", String.valueOf(skipped));
        x.writeAttribute("time", "0");
    }

    private static void property(XMLStreamWriter x, int depth, String name, String value) throws XMLStreamException {
        nl(x, depth);
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", Texts.xml(value));
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(Math.max(depth, 0)));
    }
}
