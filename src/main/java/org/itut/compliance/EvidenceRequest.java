package org.itut.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One fact that would decide INDETERMINATE findings of a report: what to ask the secretariat (or which
 * text to obtain), and which findings wait for it. {@link Report#evidenceRequests()} lists them grouped
 * by kind.
 *
 * @param missing  the fact missing
 * @param findings the INDETERMINATE findings that name it, in report order
 */
public record EvidenceRequest(MissingFact missing, List<Finding> findings) {

    /** By kind, then by how many findings a request decides (most first), then by what it concerns. */
    public static final Comparator<EvidenceRequest> ORDER = Comparator.comparing((EvidenceRequest r) -> r.missing().kind())
            .thenComparing(Comparator.comparingInt(EvidenceRequest::decides).reversed())
            .thenComparing(r -> r.missing().about());

    /**
     * Checks the parts and copies the findings.
     *
     * @param missing  the fact missing
     * @param findings the INDETERMINATE findings that name it, in report order
     */
    public EvidenceRequest {
        Objects.requireNonNull(missing, "missing");
        findings = List.copyOf(findings);
    }

    /**
     * How many findings name this fact as missing.
     *
     * @return the number of findings it would decide, alone or with other facts
     */
    public int decides() {
        return findings.size();
    }

    /**
     * How many of them need another missing fact as well (the request alone does not decide those).
     *
     * @return the number of its findings that name more than one missing fact
     */
    public int withOtherFacts() {
        return (int) findings.stream().filter(f -> f.missing().size() > 1).count();
    }

    /**
     * The request in one line.
     *
     * @return e.g. {@code TSB collective letter — SG17-2026-06: decides 3 findings}, with how many of them also need
     *         other facts
     */
    public String describe() {
        int others = withOtherFacts();
        return missing.describe() + ": decides " + decides() + (decides() == 1 ? " finding" : " findings")
                + (others == 0 ? "" : " (" + others + " of them with other facts too)");
    }
}
