package org.itut.compliance.internal;

import java.util.Objects;

import org.itut.compliance.EditionApplied;
import org.itut.compliance.Finding;

/**
 * A rule's conclusion before it is published as a {@link Finding}: {@code rules/common/context.drl}
 * withholds it when it concerns only context facts, and otherwise publishes it with the inferences it rests
 * on and the edition it was judged under. Inserted logically by {@link Verdict}, so truth maintenance
 * withdraws the published finding with the conclusion.
 *
 * @param finding the finding as the rule made it (no inferences yet)
 * @param applied the edition it was judged under, or {@code null} (terms of reference)
 */
public record Conclusion(Finding finding, EditionApplied applied) {
    public Conclusion {
        Objects.requireNonNull(finding, "finding");
    }
}
