package org.itut.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
 */
public record Finding(String rule, Outcome outcome, Level level, String subject, String message,
                      Citation citation, Map<String, String> evidence, LocalDate due) {

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
     * @throws IllegalArgumentException when a failure has no level, or another outcome has one
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
