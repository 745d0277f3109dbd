package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the facts say about a rapporteur's, associate rapporteur's, liaison rapporteur's or editor's
 * appointment beyond the {@link Leader} record (A.1 (10/2016) 2.3.3.3, 2.3.3.14). Read from optional
 * keys of a leader.
 *
 * @param group            the id of the group the person leads
 * @param person           the person
 * @param role             the role
 * @param endorsed         false when the facts record that no endorsement was given; {@code null} if unknown
 * @param endorsedBy       the id of the group that endorsed the appointment, or {@code null}
 * @param endorsedOn       when, or {@code null}
 * @param termsOfReference where the person's terms of reference are recorded (e.g. "WP2/17-R1 Annex B"), or {@code null}
 */
public record LeaderDetails(String group, String person, LeaderRole role, Boolean endorsed, String endorsedBy,
                            LocalDate endorsedOn, String termsOfReference) {
    public LeaderDetails {
        Facts.requireText(group, "leader.group");
        Facts.requireText(person, "leader.person");
        Objects.requireNonNull(role, "leader.role");
    }
}
