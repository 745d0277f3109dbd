package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person holding a role in a group.
 *
 * @param person      the person's name as the documents give it
 * @param role        the role
 * @param affiliation what else the person holds, as stated (e.g. "WP2/17 chair"), or {@code null}
 * @param nominatedBy the group that nominated the person, or {@code null} if not stated
 * @param appointedBy the group that appointed the person, or {@code null} if not stated
 * @param appointedOn the date of appointment, or {@code null} if unknown
 */
public record Leader(String person, LeaderRole role, String affiliation, String nominatedBy, String appointedBy,
                     LocalDate appointedOn) {
    public Leader {
        Facts.requireText(person, "leader.person");
        Objects.requireNonNull(role, "leader.role");
    }
}
