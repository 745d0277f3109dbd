package org.itut.compliance;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one evaluation: findings in a deterministic order, what the rules derived, the rules
 * evaluated and the editions applied. Immutable.
 *
 * @param asOf           the date the submission was judged on
 * @param findings       sorted by {@link Finding#ORDER}
 * @param determinations sorted by {@link Determination#ORDER}
 * @param rules          every rule of the rule base that was evaluated, sorted by id
 * @param editions       the editions findings were judged under, sorted by instrument and date
 */
public record Report(LocalDate asOf, List<Finding> findings, List<Determination> determinations,
                     List<RuleInfo> rules, List<EditionApplied> editions) {

    /** The version of the JSON shape {@code check --format json} writes. */
    public static final String SCHEMA = "itut-compliance/report/v1";

    /**
     * Checks what one {@code Report} can check on its own (a failure throws {@link IllegalArgumentException} or
     * {@link NullPointerException} naming the component); and copies the collections, so that the record never
     * changes.
     *
     * @param asOf           the date the submission was judged on
     * @param findings       sorted by {@link Finding#ORDER}
     * @param determinations sorted by {@link Determination#ORDER}
     * @param rules          every rule of the rule base that was evaluated, sorted by id
     * @param editions       the editions findings were judged under, sorted by instrument and date
     */
    public Report {
        Objects.requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
        determinations = List.copyOf(determinations);
        rules = List.copyOf(rules);
        editions = List.copyOf(editions);
    }

    /**
     * The findings with one outcome.
     *
     * @param outcome the outcome
     * @return those findings, in report order
     */
    public List<Finding> findings(Outcome outcome) {
        return findings.stream().filter(f -> f.outcome() == outcome).toList();
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId the rule id, e.g. {@code A1-1.6-ca-authorization}
     * @return its findings, in report order; empty when it found nothing (or is not a rule of the rule base)
     */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.rule().equals(ruleId)).toList();
    }

    /**
     * The determinations of one kind.
     *
     * @param kind the kind, e.g. {@code group-status}
     * @return those determinations, in report order
     */
    public List<Determination> determinations(String kind) {
        return determinations.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    /**
     * The determination of one kind about one subject.
     *
     * @param kind    the kind, e.g. {@code consultation-decision}
     * @param subject the id of what it is about, e.g. {@code Q16/17}
     * @return the first such determination in report order, or empty when the rules derived none
     */
    public Optional<Determination> determination(String kind, String subject) {
        return determinations.stream().filter(d -> d.kind().equals(kind) && d.subject().equals(subject)).findFirst();
    }

    /**
     * How many findings have each outcome.
     *
     * @return a count for every outcome (zero included), in the order of {@link Outcome}
     */
    public Map<Outcome, Long> countByOutcome() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
        findings.forEach(f -> counts.merge(f.outcome(), 1L, Long::sum));
        return counts;
    }

    /**
     * How many failures have each level.
     *
     * @return a count of the {@link Outcome#FAIL} findings for every level (zero included), in the order of {@link Level}
     */
    public Map<Level, Long> countByLevel() {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            counts.put(l, 0L);
        }
        findings.stream().filter(f -> f.outcome() == Outcome.FAIL).forEach(f -> counts.merge(f.level(), 1L, Long::sum));
        return counts;
    }

    /**
     * The obligations view: every finding with a due date in [{@code from}, {@code to}] (both
     * inclusive), in date order. Each carries the group that owes it (the subject), its target
     * (evidence {@code target}), its status (the outcome) and its basis (the citation). This is
     * what a secretariat plans with.
     *
     * @param from the first due date included
     * @param to   the last due date included
     * @return those findings by due date, then in report order
     */
    public List<Finding> obligations(LocalDate from, LocalDate to) {
        return findings.stream().filter(f -> f.due() != null && !f.due().isBefore(from) && !f.due().isAfter(to))
                .sorted(java.util.Comparator.comparing(Finding::due).thenComparing(Finding.ORDER)).toList();
    }

    /**
     * Whether the report holds a failure at a level or above it, as {@code check --fail-on} decides.
     *
     * @param level the least serious level that counts
     * @return true when some finding is a failure at {@code level} or more serious
     */
    public boolean hasFailuresAtLeast(Level level) {
        return findings.stream().anyMatch(f -> f.failsAt(level));
    }
}
