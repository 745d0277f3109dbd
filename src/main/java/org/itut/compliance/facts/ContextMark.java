package org.itut.compliance.facts;

/**
 * Marks a fact as context: the submission holds it only to date or explain other acts (the TSAG
 * meeting a correspondence group was set up at, the study-group meeting a report was due before), and
 * says nothing about its own conduct. Its own duties are not judged: a finding that concerns nothing
 * but context facts (and the party or group whose they are) is withheld, and the report lists, per
 * context fact, what was withheld. Other facts' duties dated by it are judged as usual. In files:
 * {@code context: true} on a group, meeting, document, decision, consultation or draft Question.
 *
 * @param fact the id of the fact marked
 */
public record ContextMark(String fact) {
    /**
     * Checks the id.
     *
     * @param fact the id of the fact marked
     */
    public ContextMark {
        Facts.requireText(fact, "context.fact");
    }
}
