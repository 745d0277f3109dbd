package org.itut.compliance.facts;

import java.util.List;
import java.util.Objects;

/**
 * Two or more source documents that say different things about one matter (the title of a Question,
 * who appointed a group's convenors, a draft and the approved terms of reference). The submission keeps
 * every statement with its source instead of silently picking one; the report shows a data-quality note
 * for each disagreement. It is not a breach of anything and no rule fails on it.
 *
 * @param id         a unique id
 * @param about      the ids of the facts the matter concerns (at least one)
 * @param topic      what the documents disagree on, e.g. "the title of Q16/17"
 * @param statements what each source says, at least two
 * @param resolution how the disagreement is settled, if a source settles it (a later, approved text superseding
 *                   a draft), or {@code null} when it stays open
 */
public record Disagreement(String id, List<String> about, String topic, List<Statement> statements, String resolution) {

    /**
     * What one document says.
     *
     * @param source the id of the document that says it
     * @param where  where in the document, e.g. "paragraph 3", or {@code null}
     * @param says   what it says, paraphrased or in the few words that matter
     */
    public record Statement(String source, String where, String says) {
        /**
         * Checks the source and what it says.
         *
         * @param source the id of the document that says it
         * @param where  where in the document, or {@code null}
         * @param says   what it says
         */
        public Statement {
            Facts.requireText(source, "disagreement.statements.source");
            Facts.requireText(says, "disagreement.statements.says");
        }

        /**
         * The statement in one line.
         *
         * @return e.g. {@code TSB-Circular-101 (paragraph 1): AI security}
         */
        public String describe() {
            return source + (where == null ? "" : " (" + where + ")") + ": " + says;
        }
    }

    /**
     * Checks the parts (at least one fact it is about, at least two statements) and copies the lists.
     *
     * @param id         a unique id
     * @param about      the ids of the facts the matter concerns
     * @param topic      what the documents disagree on
     * @param statements what each source says
     * @param resolution how a source settles it, or {@code null}
     */
    public Disagreement {
        Facts.requireText(id, "disagreement.id");
        Facts.requireText(topic, "disagreement.topic");
        about = List.copyOf(Objects.requireNonNull(about, "disagreement.about"));
        statements = List.copyOf(Objects.requireNonNull(statements, "disagreement.statements"));
        if (about.isEmpty()) {
            throw new IllegalArgumentException("disagreement " + id + " must name at least one fact it is about");
        }
        if (statements.size() < 2) {
            throw new IllegalArgumentException("disagreement " + id + " needs at least two statements, found " + statements.size());
        }
    }
}
