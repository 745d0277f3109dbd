package org.itut.compliance.facts;

import java.util.Objects;

/**
 * A meeting of a group. A meeting starts on its first day and ends on its last; a meeting held
 * in conjunction with another keeps its own dates.
 *
 * @param id                 a unique id, e.g. {@code SG17-2025-12}
 * @param group              the id of the group that meets
 * @param title              a title, or {@code null}
 * @param start              the first day, possibly known only to the month
 * @param end                the last day, possibly known only to the month
 * @param status             whether it is planned, tentative, held or cancelled
 * @param mode               physical, virtual or hybrid; {@code null} if unknown
 * @param place              the venue, or {@code null}
 * @param remoteParticipation whether remote participation was offered; {@code null} if unknown
 * @param inConjunctionWith  the id of the meeting it was held with, or {@code null}
 * @param announcement       how it was announced; {@code null} if no announcement is known
 */
public record Meeting(String id, String group, String title, PartialDate start, PartialDate end, MeetingStatus status,
                      MeetingMode mode, String place, Boolean remoteParticipation, String inConjunctionWith,
                      Announcement announcement) {
    public Meeting {
        Facts.requireText(id, "meeting.id");
        Facts.requireText(group, "meeting.group");
        start = start == null ? PartialDate.UNKNOWN : start;
        end = end == null ? start : end;
        Objects.requireNonNull(status, "meeting.status");
        if (start.isExact() && end.isExact() && end.exact().isBefore(start.exact())) {
            throw new IllegalArgumentException("meeting " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
