package org.itut.compliance.internal;

import java.util.Objects;

import org.itut.compliance.Finding;

/**
 * A conclusion not published because it concerns only context facts: it is counted in the report's
 * {@code context} determination of {@code fact} instead.
 *
 * @param fact    the id of the context fact it concerns first
 * @param finding what the rule concluded
 */
public record Withheld(String fact, Finding finding) {
    public Withheld {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(finding, "finding");
    }
}
