package org.itut.compliance.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A consultation run by circular.
 *
 * @param id        a unique id
 * @param circular  the id of the circular that opens it, or {@code null}
 * @param procedure the procedure the circular says it runs under
 * @param opened    the opening date (the circular's date), or {@code null} if the circular bears none
 * @param deadline  the reply deadline as an instant, or {@code null} if unknown
 * @param subjects  the ids of what is consulted on (e.g. Questions)
 * @param meeting   for TAP, the id of the meeting the consultation precedes; else {@code null}
 */
public record Consultation(String id, String circular, ConsultationProcedure procedure, LocalDate opened,
                           Instant deadline, List<String> subjects, String meeting) {
    public Consultation {
        Facts.requireText(id, "consultation.id");
        Objects.requireNonNull(procedure, "consultation.procedure");
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("consultation " + id + " must have at least one subject");
        }
    }
}
