package org.itut.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.itut.compliance.facts.Inference;

/**
 * One rule's conclusion about one subject.
 *
 * @param rule     the rule id, which is also the clause it encodes, e.g. {@code A1-1.6-ca-authorization-and-tor}
 * @param outcome  what the rule concluded
 * @param level    how serious a failure is; {@code null} unless {@code outcome} is {@link Outcome#FAIL}
 * @param subject  the id of the group, meeting, document or consultation judged
 * @param message  a sentence a person understands
 * @param citation where the provision is written
 * @param evidence the facts and parameters used, in the order the rule gave them
 * @param due      the due date where the provision sets one, else {@code null}
 * @param missing  for an INDETERMINATE finding, the facts whose absence leaves it undecided (at least one), in the
 *                 order the rule named them; empty for every other outcome
 * @param inferred the inferences of the submission this finding rests on: those on facts it names as its subject or
 *                 in its evidence (its evidence then says so under {@code inferred}); empty when it rests on none
 */
public record Finding(String rule, Outcome outcome, Level level, String subject, String message,
                      Citation citation, Map<String, String> evidence, LocalDate due, List<MissingFact> missing,
                      List<Inference> inferred) {

    /**
     * The order in which reports list findings: by rule, subject, due date, outcome, message, and then
     * level, citation and evidence, so that no two distinct findings tie and every report has one order.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::rule)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::due, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::outcome)
            .thenComparing(Finding::message)
            .thenComparing(Finding::level, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.citation().toString())
            .thenComparing(f -> f.evidence().toString());

    /**
     * Checks that the required parts are there and that a finding has a level exactly when it is a failure, and
     * copies the evidence (none when {@code null}), keeping its order.
     *
     * @param rule     the rule id
     * @param outcome  what the rule concluded
     * @param level    the level of a failure; {@code null} for any other outcome
     * @param subject  the id of the party whose act is judged
     * @param message  a sentence a person understands
     * @param citation where the provision is written
     * @param evidence the facts and parameters used, or {@code null} for none
     * @param due      the due date where the provision sets one, else {@code null}
     * @param missing  for an INDETERMINATE finding, the facts whose absence leaves it undecided; {@code null} or empty
     *                 for any other outcome
     * @param inferred the inferences it rests on, or {@code null} for none
     * @throws IllegalArgumentException when a failure has no level, or another outcome has one, or a finding that is
     *                                  not INDETERMINATE names missing facts
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
        if ((outcome == Outcome.FAIL) != (level != null)) {
            throw new IllegalArgumentException("a finding has a level exactly when it is a FAIL: "
                    + rule + " " + outcome + " " + level);
        }
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        missing = missing == null ? List.of() : List.copyOf(missing);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
        if (outcome != Outcome.INDETERMINATE && !missing.isEmpty()) {
            throw new IllegalArgumentException("only an INDETERMINATE finding names missing facts: " + rule + " " + outcome);
        }
    }

    /**
     * A finding that names no missing fact and rests on no inference.
     *
     * @param rule     the rule id
     * @param outcome  what the rule concluded
     * @param level    the level of a failure; {@code null} for any other outcome
     * @param subject  the id of the party whose act is judged
     * @param message  a sentence a person understands
     * @param citation where the provision is written
     * @param evidence the facts and parameters used, or {@code null} for none
     * @param due      the due date where the provision sets one, else {@code null}
     */
    public Finding(String rule, Outcome outcome, Level level, String subject, String message, Citation citation,
                   Map<String, String> evidence, LocalDate due) {
        this(rule, outcome, level, subject, message, citation, evidence, due, List.of(), List.of());
    }

    /**
     * Whether it rests on a value the submission infers rather than one a source states.
     *
     * @return true when {@link #inferred()} is not empty
     */
    public boolean restsOnInference() {
        return !inferred.isEmpty();
    }

    /**
     * Whether this finding is a failure at a level or more serious.
     *
     * @param atLeast the least serious level that counts
     * @return true for a {@link Outcome#FAIL} whose level is {@code atLeast} or more serious
     */
    public boolean failsAt(Level atLeast) {
        return outcome == Outcome.FAIL && level.atLeast(atLeast);
    }
}
