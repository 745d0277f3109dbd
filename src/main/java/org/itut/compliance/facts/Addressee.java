package org.itut.compliance.facts;

/**
 * An addressee of a liaison statement.
 *
 * @param to        a group id or an outside organization, as named
 * @param treatment what is asked of it, or {@code null} if the statement does not say
 */
public record Addressee(String to, LiaisonTreatment treatment) {
    public Addressee {
        Facts.requireText(to, "addressee.to");
    }
}
