package org.itut.compliance.io;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Finding;
import org.itut.compliance.Level;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.facts.Submission;

/**
 * Writes a {@link Report} as JUnit XML, so that CI servers (Jenkins, GitLab, anything that reads
 * Surefire reports) show compliance as they show tests. The XML is valid against Jenkins' JUnit schema
 * ({@code junit-10.xsd}).
 *
 * <ul>
 *   <li>One test case per finding. Its {@code classname} is {@code itut.<instrument>.<clause>}
 *       ({@code itut.A1.c1_6}, {@code itut.RES1.c7_3_2}, {@code itut.TOR.announcements}): readers that split
 *       a class name at its last dot (Jenkins) show one package per instrument and one class per clause.
 *       Its {@code name} is the rule id and the subject, with the due date and the evidence that tell it
 *       from the rule's other findings about that subject ({@link FindingKeys}).</li>
 *   <li>A finding the fail level counts (the CLI's {@code --fail-on}: by default a failure at VIOLATION)
 *       is a {@code <failure>}; every other finding is {@code <skipped>} with the reason (a failure below the
 *       fail level, a fact missing, not yet due, not applicable), except a PASS, which passes. So the XML
 *       fails exactly when the exit code does.</li>
 *   <li>One {@code <testsuite>} per class, whose properties name its rules with their citations.</li>
 * </ul>
 * Every test case's {@code <system-out>} holds its finding and the file and line of the fact it is about.
 * Characters XML 1.0 cannot carry are replaced with U+FFFD. No timestamps or host names: equal reports
 * give equal text.
 */
public final class ReportJunit {
    /** The fail level {@link #write(Report, Submission)} applies, as the CLI names it. */
    public static final String DEFAULT_FAIL_LEVEL = "violation";

    private ReportJunit() {
    }

    private record Case(Finding finding, FindingKeys.Key key, String classname) {
    }

    /**
     * The JUnit XML of a report, failing the findings that fail at VIOLATION (the CLI's default fail level).
     *
     * @param report     the report
     * @param submission where the findings' facts were read from (may be null)
     * @return the XML text
     */
    public static String write(Report report, Submission submission) {
        return write(report, submission, f -> f.failsAt(Level.VIOLATION), DEFAULT_FAIL_LEVEL);
    }

    /**
     * The JUnit XML of {@code report}.
     *
     * @param report     the report
     * @param submission where the findings' facts were read from (may be null)
     * @param failing    the findings that are test failures, e.g. those at or above the CLI's {@code --fail-on}
     * @param failLevel  how the fail level is named in the reasons of skipped findings, e.g. {@code warning}
     * @return the XML text
     */
    public static String write(Report report, Submission submission, Predicate<Finding> failing, String failLevel) {
        Objects.requireNonNull(failing, "failing");
        Subjects subjects = Subjects.of(submission);
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        report.rules().forEach(r -> rules.put(r.id(), r));
        List<FindingKeys.Key> keys = FindingKeys.of(report.findings());
        Map<String, List<Case>> suites = new TreeMap<>();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            String cn = classname(f.rule(), rules.get(f.rule()));
            suites.computeIfAbsent(cn, k -> new ArrayList<>()).add(new Case(f, keys.get(i), cn));
        }
        Map<String, List<RuleInfo>> rulesByClass = new TreeMap<>();
        rules.values().forEach(r -> rulesByClass.computeIfAbsent(classname(r.id(), r), k -> new ArrayList<>()).add(r));
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", Texts.xml("itut-compliance " + ComplianceEngine.version() + " as of " + report.asOf()));
            List<Case> all = suites.values().stream().flatMap(List::stream).toList();
            x.writeAttribute("tests", String.valueOf(all.size()));
            x.writeAttribute("failures", String.valueOf(all.stream().filter(c -> failing.test(c.finding())).count()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("time", "0");
            for (Map.Entry<String, List<Case>> e : suites.entrySet()) {
                suite(x, e.getKey(), e.getValue(), rulesByClass.getOrDefault(e.getKey(), List.of()), report, subjects, failing, failLevel);
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

    /**
     * {@code itut.<instrument>.<clause>}: the instrument is the rule id's prefix ({@code A1}, {@code RES1},
     * {@code TOR} ...), the clause its numbered part with underscores for dots ({@code c2_3_3_10}) or, for a
     * rule without one, the name of its rule file. No other dot: one package per instrument.
     */
    static String classname(String ruleId, RuleInfo info) {
        String[] parts = ruleId.split("-", 3);
        String clause;
        if (parts.length > 1 && parts[1].matches("[0-9][0-9.]*")) {
            clause = "c" + parts[1].replaceAll("\\.+$", "").replace('.', '_');
        } else if (info != null && info.file() != null && !info.file().isBlank()) {
            String file = info.file().substring(info.file().lastIndexOf('/') + 1).replaceFirst("\\.drl$", "");
            clause = file;
        } else {
            clause = parts.length > 1 ? parts[1] : "rules";
        }
        return "itut." + identifier(parts[0]) + "." + identifier(clause);
    }

    private static String identifier(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        return sb.isEmpty() ? "_" : sb.toString();
    }

    private static void suite(XMLStreamWriter x, String classname, List<Case> cases, List<RuleInfo> rules, Report report,
                              Subjects subjects, Predicate<Finding> failing, String failLevel) throws XMLStreamException {
        nl(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", classname);
        x.writeAttribute("package", classname.substring(0, classname.lastIndexOf('.')));
        long failures = cases.stream().filter(c -> failing.test(c.finding())).count();
        long passed = cases.stream().filter(c -> !failing.test(c.finding()) && c.finding().outcome() == Outcome.PASS).count();
        x.writeAttribute("tests", String.valueOf(cases.size()));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", String.valueOf(cases.size() - failures - passed));
        x.writeAttribute("time", "0");
        nl(x, 2);
        x.writeStartElement("properties");
        property(x, 3, "fail level", failLevel);
        for (RuleInfo r : rules) {
            boolean none = report.findingsOf(r.id()).isEmpty();
            property(x, 3, r.id(), r.title() + " · " + Texts.citation(r) + " · " + r.status().tag() + " · failure is a " + r.level()
                    + " by default · " + r.file() + (none ? " · no subject in the submission" : ""));
        }
        nl(x, 2);
        x.writeEndElement();
        for (Case c : cases) {
            testcase(x, c, subjects, failing, failLevel);
        }
        nl(x, 1);
        x.writeEndElement();
    }

    private static void testcase(XMLStreamWriter x, Case c, Subjects subjects, Predicate<Finding> failing, String failLevel)
            throws XMLStreamException {
        Finding f = c.finding();
        nl(x, 2);
        x.writeStartElement("testcase");
        String detail = c.key().detail();
        x.writeAttribute("name", Texts.xml(f.rule() + ": " + f.subject() + (detail.isEmpty() ? "" : " (" + detail + ")")));
        x.writeAttribute("classname", c.classname());
        x.writeAttribute("time", "0");
        String text = f.message() + " — " + f.citation().reference();
        if (failing.test(f)) {
            nl(x, 3);
            x.writeStartElement("failure");
            x.writeAttribute("type", f.outcome() == Outcome.FAIL ? f.level().name() : f.outcome().name());
            x.writeAttribute("message", Texts.xml(Texts.outcome(f) + ": " + text));
            x.writeCharacters(Texts.xml(describe(f, subjects)));
            x.writeEndElement();
        } else if (f.outcome() != Outcome.PASS) {
            nl(x, 3);
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", Texts.xml(reason(f, failLevel) + ": " + text));
        }
        nl(x, 3);
        x.writeStartElement("system-out");
        x.writeCharacters(Texts.xml(describe(f, subjects)));
        x.writeEndElement();
        nl(x, 2);
        x.writeEndElement();
    }

    /** Why a finding that is neither a failure at the fail level nor a PASS is skipped. */
    private static String reason(Finding f, String failLevel) {
        return switch (f.outcome()) {
            case FAIL -> "FAIL " + f.level() + ", below the fail level (" + failLevel + ")";
            case INDETERMINATE -> "INDETERMINATE: not determined, a fact it needs is missing";
            case PENDING -> "PENDING: not yet due" + (f.due() == null ? "" : " (due " + f.due() + ")");
            case NOT_APPLICABLE -> "NOT_APPLICABLE";
            case PASS -> "PASS";
        };
    }

    private static String describe(Finding f, Subjects subjects) {
        StringBuilder sb = new StringBuilder();
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
        Optional<Subjects.Location> at = subjects.locate(f);
        at.ifPresent(l -> sb.append("  read from ").append(l.origin().file()).append(':').append(l.origin().line())
                .append(l.origin().path().isEmpty() ? "" : " (" + l.origin().path() + ")")
                .append(l.fact().equals(f.subject()) ? "" : ", " + l.fact()).append('\n'));
        return sb.toString();
    }

    private static void property(XMLStreamWriter x, int depth, String name, String value) throws XMLStreamException {
        nl(x, depth);
        x.writeEmptyElement("property");
        x.writeAttribute("name", Texts.xml(name));
        x.writeAttribute("value", Texts.xml(value));
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(Math.max(depth, 0)));
    }
}
