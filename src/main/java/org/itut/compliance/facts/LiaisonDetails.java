package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * What a liaison statement carries and how it was approved and sent (A.1 (10/2016) 1.5). Read from the
 * optional {@code liaison} key of a document of kind {@code LIAISON_STATEMENT}.
 *
 * @param document            the id of the liaison statement
 * @param questionsFrom       the Questions of the originating group; {@code null} if not recorded
 * @param questionsTo         the Questions of the destination groups; {@code null} if not recorded
 * @param preparedAt          the id of the meeting where it was prepared, or {@code null}
 * @param betweenMeetings     true when it was prepared between meetings by correspondence
 * @param approval            the level of approval the statement states
 * @param managementConsulted for a statement approved between meetings: whether the chairman consulted the management team
 * @param addressees          each addressee with the treatment asked of it; {@code null} if not recorded
 * @param replyBy             the date by which a reply is needed, or {@code null}
 * @param contact             the contact person, or {@code null}
 * @param replyTo             the reference of the statement it answers, or {@code null}
 * @param sentOn              the date it was sent to its destinations, or {@code null}
 * @param copies              who received copies ("TSB", or group ids standing for their chairmen); {@code null} if not recorded
 */
public record LiaisonDetails(String document, List<String> questionsFrom, List<String> questionsTo, String preparedAt,
                             Boolean betweenMeetings, LiaisonApproval approval, Boolean managementConsulted,
                             List<Addressee> addressees, LocalDate replyBy, String contact, String replyTo,
                             LocalDate sentOn, List<String> copies) {
    public LiaisonDetails {
        Facts.requireText(document, "liaison.document");
        questionsFrom = questionsFrom == null ? null : List.copyOf(questionsFrom);
        questionsTo = questionsTo == null ? null : List.copyOf(questionsTo);
        addressees = addressees == null ? null : List.copyOf(addressees);
        copies = copies == null ? null : List.copyOf(copies);
        if (preparedAt != null && Boolean.TRUE.equals(betweenMeetings)) {
            throw new IllegalArgumentException("liaison " + document + " cannot be both prepared at " + preparedAt + " and between meetings");
        }
    }
}
