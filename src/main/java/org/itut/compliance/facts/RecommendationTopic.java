package org.itut.compliance.facts;

/**
 * What a Recommendation deals with, where it decides the default approval process (Res. 1 (2016)
 * 8.1.1): the first five default to TAP, anything else to AAP.
 */
public enum RecommendationTopic {
    NUMBERING, ADDRESSING, TARIFF, CHARGING, ACCOUNTING, OTHER;

    /** True for the topics whose Recommendations are assumed to follow TAP. */
    public boolean defaultsToTap() {
        return this != OTHER;
    }
}
