package org.itut.compliance.internal.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.itut.compliance.facts.ConsultationProcedure;

/**
 * The dates of one consultation, derived once: when it was launched (which picks the edition),
 * the last instant a reply counts, and whether that instant has passed on the as-of date.
 *
 * @param id            the consultation's id
 * @param procedure     its procedure
 * @param subjects      what is consulted on
 * @param meeting       for TAP, the meeting it precedes; else {@code null}
 * @param opened        the circular's date (the consultation's own date), or {@code null} if it bears none
 * @param launch        the launch date used to pick the edition: the circular's date, else a bound the
 *                      facts give (e.g. the TSAG adoption), or {@code null} if nothing dates it
 * @param launchBasis   how the launch date was obtained
 * @param deadline      the last instant a reply is on time (inclusive), or {@code null} if unknown
 * @param deadlineText  the deadline as a person reads it
 * @param due           the deadline's date (the due date of findings while the consultation runs), or {@code null}
 * @param deadlineBasis how the deadline was obtained, or why it is unknown
 * @param closed        whether the deadline passed by the end of the as-of day (Geneva); false when unknown
 * @param asOfEnd       the end of the as-of day in Geneva: replies received later are not yet known
 */
public record ConsultationFrame(String id, ConsultationProcedure procedure, List<String> subjects, String meeting,
                                LocalDate opened, LocalDate launch, String launchBasis, Instant deadline, String deadlineText,
                                LocalDate due, String deadlineBasis, boolean closed, Instant asOfEnd) {
    public ConsultationFrame {
        subjects = List.copyOf(subjects);
    }

    /** This frame for the meeting {@code m} (a TAP consultation whose circular does not name its meeting). */
    public ConsultationFrame withMeeting(String m) {
        return new ConsultationFrame(id, procedure, subjects, m, opened, launch, launchBasis, deadline, deadlineText, due,
                deadlineBasis, closed, asOfEnd);
    }

    public boolean deadlineKnown() {
        return deadline != null;
    }

    /** Open: the deadline is known and has not passed. */
    public boolean open() {
        return deadline != null && !closed;
    }
}
