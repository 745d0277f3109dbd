package org.itut.compliance.facts;

/**
 * An addressee of a liaison statement.
 *
 * @param to        a group id or an outside organization, as named
 * @param treatment what is asked of it, or {@code null} if the statement does not say
 */
public record Addressee(String to, LiaisonTreatment treatment) {
    /**
     * Checks what one {@code Addressee} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component).
     *
     * @param to        a group id or an outside organization, as named
     * @param treatment what is asked of it, or {@code null} if the statement does not say
     */
    public Addressee {
        Facts.requireText(to, "addressee.to");
    }
}
