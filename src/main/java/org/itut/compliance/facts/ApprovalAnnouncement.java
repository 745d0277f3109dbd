package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * The Director's announcement that a draft Recommendation will be considered for approval at a
 * study-group meeting: under TAP the invitation convening the meeting (Res. 1 (2016) 9.3.1, 9.3.3),
 * under AAP the announcement of A.8 (2008) 4.6.
 *
 * @param document the id of the announcing document, or {@code null}
 * @param date     the date members received it (or, failing that, its date), or {@code null} if unknown
 * @param summary  whether it included the summary of the draft; {@code null} if unknown
 */
public record ApprovalAnnouncement(String document, LocalDate date, Boolean summary) {
}
