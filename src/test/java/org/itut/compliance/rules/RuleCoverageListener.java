package org.itut.compliance.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Outcome;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.TestEngine;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the rule-coverage report at the end of the surefire run: per shipped rule, how often the
 * suite saw it FAIL, PASS, PENDING, INDETERMINATE and NOT_APPLICABLE, the first test that saw each,
 * and what the case files expect. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}; it writes only when the
 * system property {@value #DIR} names the output directory (the pom sets it for surefire, not for
 * failsafe, whose {@code RuleCoverageIT} reads the report and fails the build on a gap).
 */
public final class RuleCoverageListener implements TestExecutionListener {
    static final String DIR = "itut.rule-coverage.dir";
    static final String FILTER = "itut.rule-coverage.filter";
    static final String SCHEMA = "itut-compliance/rule-coverage/v1";
    private static final String CASES_TEST = "org.itut.compliance.rules.RuleCasesTest";

    private TestPlan plan;
    private boolean casesInPlan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        casesInPlan = false;
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier id : testPlan.getDescendants(root)) {
                Optional<TestSource> source = id.getSource();
                if (source.isPresent() && source.get() instanceof ClassSource c && c.getClassName().equals(CASES_TEST)) {
                    casesInPlan = true;
                }
            }
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            RuleCoverage.currentTest(name(id));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, org.junit.platform.engine.TestExecutionResult result) {
        if (id.isTest()) {
            RuleCoverage.currentTest(null);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String dir = System.getProperty(DIR);
        if (dir == null || dir.isBlank()) {
            return;
        }
        String filter = System.getProperty(FILTER);
        boolean filtered = filter != null && !filter.isBlank() && !filter.startsWith("${");
        try {
            write(Path.of(dir), casesInPlan && !filtered, filtered ? filter : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String name(TestIdentifier id) {
        List<String> parts = new ArrayList<>();
        Optional<TestIdentifier> cur = Optional.of(id);
        while (cur.isPresent() && cur.get().getParentId().isPresent()) {
            TestIdentifier t = cur.get();
            parts.add(0, t.getDisplayName());
            cur = plan == null ? Optional.empty() : plan.getParent(t);
        }
        return String.join(" › ", parts);
    }

    /** Writes rule-coverage.json and rule-coverage.md into {@code dir}. */
    static void write(Path dir, boolean complete, String filter) throws IOException {
        Optional<ComplianceEngine> engine = TestEngine.ifBuilt();
        List<RuleInfo> rules = engine.map(ComplianceEngine::rules).orElse(List.of());
        Map<String, RuleCoverage.Seen> seen = RuleCoverage.snapshot();
        Map<String, Set<Outcome>> expected = expectedByCaseFiles();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("complete", complete && engine.isPresent());
        root.put("filter", filter);
        root.put("rules", rules.size());
        ArrayNode list = root.putArray("coverage");
        ArrayNode lacking = root.putArray("lacking");
        StringBuilder md = new StringBuilder();
        md.append("# Rule coverage\n\nWhat the test suite exercised: for every shipped rule, how many findings of each outcome the\n")
                .append("shared test engine produced during the run, and what the case files expect. A rule must be seen\n")
                .append("both failing and passing (`RuleCoverageIT` fails the build otherwise).\n\n");
        if (!complete) {
            md.append("**Partial run**").append(filter == null ? "" : " (tests filtered: `" + filter + "`)")
                    .append(": the case-file tests did not all run, so gaps are not checked.\n\n");
        }
        md.append("| Rule | FAIL | PASS | PENDING | INDETERMINATE | NOT_APPLICABLE | Case files expect | Gap |\n")
                .append("|---|---:|---:|---:|---:|---:|---|---|\n");
        int ok = 0;
        for (RuleInfo r : rules) {
            RuleCoverage.Seen s = seen.get(r.id());
            Map<Outcome, Long> counts = s == null ? Map.of() : s.counts();
            List<String> gap = gaps(counts);
            ObjectNode n = list.addObject();
            n.put("rule", r.id());
            n.put("file", r.file());
            ObjectNode c = n.putObject("exercised");
            for (Outcome o : Outcome.values()) {
                c.put(o.name(), counts.getOrDefault(o, 0L));
            }
            ObjectNode first = n.putObject("firstTest");
            if (s != null) {
                s.firstTest().forEach((o, t) -> first.put(o.name(), t));
            }
            ArrayNode exp = n.putArray("expectedByCaseFiles");
            expected.getOrDefault(r.id(), Set.of()).forEach(o -> exp.add(o.name()));
            ArrayNode g = n.putArray("lacking");
            gap.forEach(g::add);
            if (gap.isEmpty()) {
                ok++;
            } else {
                lacking.add(r.id() + " lacks " + String.join(" and ", gap) + " (" + r.file() + ")");
            }
            md.append("| `").append(r.id()).append("` | ");
            for (Outcome o : List.of(Outcome.FAIL, Outcome.PASS, Outcome.PENDING, Outcome.INDETERMINATE, Outcome.NOT_APPLICABLE)) {
                md.append(counts.getOrDefault(o, 0L)).append(" | ");
            }
            md.append(String.join(", ", expected.getOrDefault(r.id(), Set.of()).stream().map(Outcome::name).toList())).append(" | ")
                    .append(gap.isEmpty() ? "" : "**lacks " + String.join(" and ", gap) + "**").append(" |\n");
        }
        root.put("covered", ok);
        md.append("\n").append(ok).append(" of ").append(rules.size()).append(" rules seen both failing and passing.\n");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("rule-coverage.json"), mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rule-coverage.md"), md.toString(), StandardCharsets.UTF_8);
    }

    /** What a rule's exercised outcomes lack: FAIL and PASS are both needed (as RuleCatalogueTest asks of the case files). */
    static List<String> gaps(Map<Outcome, Long> counts) {
        List<String> gap = new ArrayList<>();
        for (Outcome o : List.of(Outcome.FAIL, Outcome.PASS)) {
            if (counts.getOrDefault(o, 0L) == 0) {
                gap.add(o.name());
            }
        }
        return gap;
    }

    /** The outcomes the case files expect per rule (what {@code RuleCatalogueTest} checks). */
    private static Map<String, Set<Outcome>> expectedByCaseFiles() {
        Map<String, Set<Outcome>> out = new TreeMap<>();
        for (String f : CaseFiles.caseFiles()) {
            try {
                for (CaseFiles.Case c : CaseFiles.load(f).cases()) {
                    for (CaseFiles.Expected x : c.expect()) {
                        out.computeIfAbsent(x.rule(), k -> EnumSet.noneOf(Outcome.class)).add(Outcome.valueOf(x.outcome()));
                    }
                }
            } catch (RuntimeException e) {
                // A broken case file is reported by RuleCasesTest; the coverage report leaves it out.
            }
        }
        return out;
    }
}
