package org.itut.compliance.facts;

/**
 * What a Recommendation deals with, where it decides the default approval process (Res. 1 (2016)
 * 8.1.1): the first five default to TAP, anything else to AAP.
 */
public enum RecommendationTopic {
    /** Numbering. */
    NUMBERING,
    /** Addressing. */
    ADDRESSING,
    /** Tariffs. */
    TARIFF,
    /** Charging. */
    CHARGING,
    /** Accounting. */
    ACCOUNTING,
    /** Any other topic (AAP by default). */
    OTHER;

    /**
     * Whether Recommendations on this topic follow TAP unless decided otherwise.
     *
     * @return true for every topic but {@link #OTHER}
     */
    public boolean defaultsToTap() {
        return this != OTHER;
    }
}
