package org.itut.compliance.facts;

/**
 * The roles in which a person leads a group (its {@code leaders}, and the leadership its terms of reference prescribe).
 */
public enum LeaderRole {
    /** Chairman. */
    CHAIR,
    /** One of several co-chairmen. */
    CO_CHAIR,
    /** Vice-chairman. */
    VICE_CHAIR,
    /** Convener of a correspondence activity or an ad hoc group. */
    CONVENOR,
    /** One of several co-conveners. */
    CO_CONVENOR,
    /** Rapporteur of a Question or a rapporteur group. */
    RAPPORTEUR,
    /** Associate rapporteur. */
    ASSOCIATE_RAPPORTEUR,
    /** Liaison rapporteur, who follows the work of another group. */
    LIAISON_RAPPORTEUR,
    /** Editor of a draft text. */
    EDITOR
}
