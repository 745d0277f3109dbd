package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision of a body.
 *
 * @param id        a unique id
 * @param body      the id of the deciding group (e.g. {@code TSAG})
 * @param kind      what was decided
 * @param subjects  the ids of what the decision is about
 * @param date      the date, or {@code null} if unknown
 * @param meeting   the id of the meeting where it was taken, or {@code null}
 * @param clause    the clause it was taken under, as stated (e.g. "Res. 1 (2022) 7.3.2"), or {@code null}
 * @param record    the id of the document that records it, or {@code null}
 * @param inputFrom the ids of the groups whose input it was based on
 * @param note      a remark, or {@code null}
 */
public record Decision(String id, String body, DecisionKind kind, List<String> subjects, LocalDate date,
                       String meeting, String clause, String record, List<String> inputFrom, String note) {
    public Decision {
        Facts.requireText(id, "decision.id");
        Facts.requireText(body, "decision.body");
        Objects.requireNonNull(kind, "decision.kind");
        subjects = List.copyOf(subjects);
        inputFrom = List.copyOf(inputFrom);
    }

    public boolean about(String subject) {
        return subjects.contains(subject);
    }
}
