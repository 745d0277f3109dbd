package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.itut.compliance.facts.FactChange;
import org.itut.compliance.facts.InvalidSubmissionException;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.SubmissionProblem;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.rules.CaseFilesAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A session's findings after any sequence of changes are those of a fresh evaluation of its facts.
 * From the bundled register and from every case's facts, random sequences of changes are applied
 * (see {@link RandomChanges}); after every step:
 * <ul>
 * <li>a batch {@link Submission#validate()} refuses for the resulting facts is refused by the session
 *     with the same problems, and leaves it as it was; one naming a fact that is not there is refused
 *     with an {@link IllegalArgumentException};</li>
 * <li>otherwise the session's facts are the model's, its report equals {@code evaluate} of them, the
 *     changes it returned turn the previous findings and determinations into the new ones, and its
 *     account of the conclusions agrees with working memory read back.</li>
 * </ul>
 * A failure names its seed; {@code -Ditut.session.seed=N} reruns from it. The size can be raised:
 * {@code -Ditut.session.sequences} (register sequences), {@code -Ditut.session.steps} (steps in each),
 * {@code -Ditut.session.caseSteps} (steps per case).
 *
 * <p>It runs on the library's engine as built (without beta node sharing, which Drools 10.2.0 needs
 * for sessions: apache/incubator-kie#7109, see RuleBase.configuration). One known defect outside the
 * session is kept out of the default run, behind a switch that brings it back (see docs/architecture.md,
 * "Sessions"):
 * <ul>
 * <li>Rules that pick one of several equal candidates (two reports of one meeting, two decisions of
 *     one kind) take whichever the engine collected first, and a session collects in another order
 *     than a full evaluation. Copies of facts under new ids make such candidates; they are off by
 *     default, {@code -Ditut.session.copies=true} turns them on.</li>
 * </ul>
 * {@code -Ditut.session.explore=true} records every difference (rule and step) in
 * {@code target/session-explore.txt} instead of stopping at the first.
 */
class ComplianceSessionPropertyTest {
    private static final long SEED = Long.getLong("itut.session.seed", 20260215L);
    private static final int SEQUENCES = Integer.getInteger("itut.session.sequences", 6);
    private static final int STEPS = Integer.getInteger("itut.session.steps", 25);
    private static final int CASE_STEPS = Integer.getInteger("itut.session.caseSteps", 15);
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 2, 15), LocalDate.of(2025, 6, 1),
            LocalDate.of(2024, 10, 20), LocalDate.of(2026, 9, 30));

    @TestFactory
    Stream<DynamicTest> should_equal_a_fresh_evaluation_after_every_change_to_the_register() throws Exception {
        Submission register = FactReader.readRegister();
        return java.util.stream.IntStream.range(0, SEQUENCES).mapToObj(i -> {
            long seed = SEED + i;
            LocalDate asOf = DATES.get(i % DATES.size());
            return DynamicTest.dynamicTest("register as of " + asOf + ", seed " + seed, () -> run("the register", register, asOf, seed, STEPS));
        });
    }

    @TestFactory
    Stream<DynamicTest> should_equal_a_fresh_evaluation_after_every_change_to_the_facts_of_each_case() {
        return CaseFilesAccess.caseFiles().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            List<CaseFilesAccess.Case> cases = CaseFilesAccess.cases(file);
            for (int i = 0; i < cases.size(); i++) {
                long seed = SEED ^ (file.hashCode() * 31L + i);
                run(file + " case " + i, cases.get(i).given(), cases.get(i).asOf(), seed, CASE_STEPS);
            }
        }));
    }

    /** Runs one sequence; the counts are for the report of the test's size. */
    static void run(String source, Submission initial, LocalDate asOf, long seed, int steps) {
        ComplianceEngine engine = TestEngine.get();
        Random random = new Random(seed);
        RandomChanges changes = new RandomChanges(random, asOf);
        SessionModel model = SessionModel.of(initial);
        List<String> history = new ArrayList<>();
        try (ComplianceSession session = engine.open(initial, asOf)) {
            Report previous = session.report();
            check(source, seed, history, previous, engine.evaluate(model.submission(), asOf));
            for (int step = 0; step < steps; step++) {
                List<FactChange> batch = changes.next(model);
                history.add(batch.toString());
                String where = source + ", seed " + seed + ", step " + step + " " + batch;
                SessionModel next = model.copy();
                boolean addressable = true;
                try {
                    batch.forEach(next::apply);
                } catch (IllegalArgumentException e) {
                    addressable = false;
                }
                List<SubmissionProblem> expected = addressable ? next.submission().validate() : List.of();
                ReportDelta delta;
                try {
                    delta = session.apply(batch);
                } catch (IllegalArgumentException e) {
                    if (e instanceof InvalidSubmissionException invalid) {
                        assertThat(text(invalid.problems())).as("the problems found by %s; after %s", where, history)
                                .isEqualTo(text(expected));
                    } else {
                        assertThat(addressable).as("%s names a fact that is there, yet: %s", where, e.getMessage()).isFalse();
                    }
                    assertThat(session.submission().all()).as("facts after the refused %s", where).isEqualTo(model.all());
                    assertThat(session.report()).as("report after the refused %s", where).isEqualTo(previous);
                    Stats.count(false);
                    continue;
                }
                assertThat(addressable).as("%s should have been refused: it names a fact that is not there", where).isTrue();
                assertThat(text(expected)).as("%s should have been refused, as validate() finds", where).isEmpty();
                changes.retracted(batch, model);
                model = next;
                assertThat(session.submission().all()).as("facts after %s", where).isEqualTo(model.all());
                Report now = session.report();
                check(where, seed, history, now, engine.evaluate(model.submission(), asOf));
                assertThat(applied(previous.findings(), delta.removed(), delta.added()))
                        .as("previous findings with the changes returned by %s", where).isEqualTo(now.findings());
                assertThat(applied(previous.determinations(), delta.removedDeterminations(), delta.addedDeterminations()))
                        .as("previous determinations with the changes returned by %s", where).isEqualTo(now.determinations());
                assertThat(bag(session.internal().readBack())).as("conclusions in working memory after %s", where)
                        .isEqualTo(bag(conclusions(now)));
                previous = now;
                Stats.count(true);
            }
        }
        Stats.sequence();
    }

    private static final boolean EXPLORE = Boolean.getBoolean("itut.session.explore");
    /** In exploration: each rule (or determination kind) that differed, with the first step where it did. */
    private static final Map<String, String> FOUND = new TreeMap<>();

    @AfterAll
    static void writeExploration() throws IOException {
        if (EXPLORE) {
            StringBuilder sb = new StringBuilder();
            FOUND.forEach((k, v) -> sb.append(k).append(" :: ").append(v).append('\n'));
            sb.append(Stats.COUNTS).append('\n');
            Files.writeString(Path.of("target", "session-explore.txt"), sb.toString());
        }
    }

    private static void check(String where, long seed, List<String> history, Report session, Report fresh) {
        if (EXPLORE && !session.equals(fresh)) {
            String at = where + " | last changes " + history.subList(Math.max(0, history.size() - 3), history.size());
            synchronized (FOUND) {
                minus(session.findings(), fresh.findings()).forEach(f -> FOUND.putIfAbsent(f.rule(), at));
                minus(fresh.findings(), session.findings()).forEach(f -> FOUND.putIfAbsent(f.rule(), at));
                minus(session.determinations(), fresh.determinations()).forEach(d -> FOUND.putIfAbsent("determination " + d.kind(), at));
                minus(fresh.determinations(), session.determinations()).forEach(d -> FOUND.putIfAbsent("determination " + d.kind(), at));
                if (!session.editions().equals(fresh.editions())) {
                    FOUND.putIfAbsent("editions", at);
                }
            }
            return;
        }
        if (!session.equals(fresh)) {
            throw new AssertionError("seed " + seed + ": the session's report differs from a fresh evaluation at " + where
                    + "\n" + diff(session, fresh) + "\nchanges so far: " + history
                    + "\nrerun with -Ditut.session.seed=" + seed);
        }
    }

    private static String diff(Report session, Report fresh) {
        StringBuilder sb = new StringBuilder();
        section(sb, "findings only in the session", minus(session.findings(), fresh.findings()));
        section(sb, "findings only in the fresh evaluation", minus(fresh.findings(), session.findings()));
        section(sb, "determinations only in the session", minus(session.determinations(), fresh.determinations()));
        section(sb, "determinations only in the fresh evaluation", minus(fresh.determinations(), session.determinations()));
        if (!session.editions().equals(fresh.editions())) {
            sb.append("editions: session ").append(session.editions()).append("\n  fresh ").append(fresh.editions()).append('\n');
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<?> items) {
        if (!items.isEmpty()) {
            sb.append(title).append(":\n");
            items.stream().limit(8).forEach(x -> sb.append("  ").append(x).append('\n'));
        }
    }

    private static <T> List<T> minus(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        b.forEach(out::remove);
        return out;
    }

    private static <T> List<T> applied(List<T> before, List<T> removed, List<T> added) {
        List<T> out = new ArrayList<>(before);
        for (T r : removed) {
            assertThat(out.remove(r)).as("a removed conclusion was there: %s", r).isTrue();
        }
        for (T a : added) {
            assertThat(out).as("an added conclusion was not there").doesNotContain(a);
            out.add(a);
        }
        out.sort((x, y) -> x instanceof Finding f ? Finding.ORDER.compare(f, (Finding) y)
                : Determination.ORDER.compare((Determination) x, (Determination) y));
        return out;
    }

    private static List<Object> conclusions(Report r) {
        List<Object> all = new ArrayList<>(r.findings());
        all.addAll(r.determinations());
        return all;
    }

    /** Findings and determinations as a multiset (editions are merged in a report, so left out). */
    private static Map<String, Integer> bag(Collection<Object> objects) {
        Map<String, Integer> bag = new TreeMap<>();
        for (Object o : objects) {
            if (o instanceof Finding || o instanceof Determination) {
                bag.merge(o.toString(), 1, Integer::sum);
            }
        }
        return bag;
    }

    private static List<String> text(List<SubmissionProblem> problems) {
        return problems.stream().map(p -> p.check() + " " + p).toList();
    }

    /** How many steps the property tests ran, printed once at the end of the run. */
    static final class Stats {
        static final Map<String, Integer> COUNTS = new TreeMap<>();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("[session property test] " + COUNTS)));
        }

        static synchronized void count(boolean applied) {
            COUNTS.merge(applied ? "steps applied" : "steps refused", 1, Integer::sum);
        }

        static synchronized void sequence() {
            COUNTS.merge("sequences", 1, Integer::sum);
        }
    }
}
