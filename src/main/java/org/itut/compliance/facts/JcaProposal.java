package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal to establish a joint coordination activity and its electronic notification (A.1 (10/2016)
 * 2.2.2, cited as A.1 (09/2019) 5.2). The decision itself is the JCA group's {@code established}
 * record; this fact holds what led to it.
 *
 * @param id                  a unique id
 * @param jca                 the id of the JCA proposed (a group of kind {@link GroupKind#JCA})
 * @param proposer            the id of the proposing group, or {@code null} if unknown
 * @param path                the establishment path the proposal follows, or {@code null} if not stated
 * @param managementConsulted the date the proposer's management team discussed it, or {@code null} if unknown
 * @param chairsConsulted     the date the chairmen of the relevant study groups and of TSAG were consulted, or {@code null}
 * @param notified            the date of the electronic notification, or {@code null} if unknown
 * @param notifiedTo          the groups whose e-mail reflectors received the notification
 * @param td                  the id of the TD that carried the notification to the deciding body's next meeting, or {@code null}
 * @param torSections         the sections the draft terms of reference in the notification contain
 * @param chairman            the proposed chairman, or {@code null} if none is named
 * @param coChairs            proposed co-chairs, where co-chairs are named instead of (or besides) a chairman
 * @param revised             the date a revised proposal was made available again, or {@code null} if none
 * @param substantiveComments whether substantive comments remained open when the decision was taken; {@code null} if unknown
 * @param consensus           whether a meeting decision was taken by consensus; {@code null} if unknown
 * @param leadDesignation     the id of the lead-study-group designation the proposer relies on, or {@code null}
 * @param broadSubject        whether the subject is broad and may fall under the mandates of several study groups; {@code null} if unknown
 */
public record JcaProposal(String id, String jca, String proposer, EstablishmentPath path, LocalDate managementConsulted,
                          LocalDate chairsConsulted, LocalDate notified, List<String> notifiedTo, String td,
                          List<TorSection> torSections, String chairman, List<String> coChairs, LocalDate revised,
                          Boolean substantiveComments, Boolean consensus, String leadDesignation, Boolean broadSubject) {
    public JcaProposal {
        Facts.requireText(id, "jcaProposal.id");
        Facts.requireText(jca, "jcaProposal.jca");
        notifiedTo = List.copyOf(notifiedTo);
        torSections = List.copyOf(torSections);
        coChairs = List.copyOf(coChairs);
        if (revised != null && notified != null && revised.isBefore(notified)) {
            throw new IllegalArgumentException("proposal " + id + " is revised (" + revised + ") before it was notified (" + notified + ")");
        }
    }

    public boolean has(TorSection section) {
        return torSections.contains(section);
    }

    /** The date the four-week review runs from: the revision, if the proposal was revised, else the notification. */
    public LocalDate reviewFrom() {
        return revised != null ? revised : notified;
    }
}
