package org.itut.compliance.facts;

import java.util.List;
import java.util.Objects;

/**
 * A group of any kind the procedures name.
 *
 * @param id               a unique id, e.g. {@code SG17}, {@code JCG-IoTSec}, {@code Q7/17}
 * @param kind             the kind
 * @param name             the expanded name, or {@code null}
 * @param parent           the id of the parent (for a JCA: the responsible group), or {@code null} if none
 * @param associated       the ids of the associated or involved groups (e.g. the study groups a JCG serves)
 * @param established      how the group was established, or {@code null} if unknown
 * @param closed           how the group ended, or {@code null} if it has not (or it is unknown)
 * @param leaders          the people holding roles
 * @param termsOfReference the terms of reference in force, or {@code null} if none are known
 * @param secretariat      the TSB secretariat contact, or {@code null} if none is stated
 */
public record Group(String id, GroupKind kind, String name, String parent, List<String> associated,
                    Establishment established, Establishment closed, List<Leader> leaders,
                    TermsOfReference termsOfReference, String secretariat) {
    public Group {
        Facts.requireText(id, "group.id");
        Objects.requireNonNull(kind, "group.kind");
        associated = List.copyOf(associated);
        leaders = List.copyOf(leaders);
        if (id.equals(parent)) {
            throw new IllegalArgumentException("group " + id + " cannot be its own parent");
        }
    }

    /** A group with only an id and a kind. */
    public static Group of(String id, GroupKind kind) {
        return new Group(id, kind, null, null, List.of(), null, null, List.of(), null, null);
    }
}
