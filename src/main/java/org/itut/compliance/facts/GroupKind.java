package org.itut.compliance.facts;

/**
 * The kinds of group the procedures name. Classify a group from its expanded name and its
 * establishing act, never from its acronym: a "JCG" may be a joint correspondence group (A.1 1.6)
 * or, in texts before 2008, a joint coordination group (today a JCA).
 */
public enum GroupKind {
    /** The World Telecommunication Standardization Assembly; its meetings are the assemblies. */
    WTSA,
    /** The Telecommunication Standardization Advisory Group. */
    TSAG,
    /** A study group, id {@code SGn}, e.g. {@code SG17}. */
    STUDY_GROUP,
    /** A working party of a study group, e.g. {@code WP2/17}. */
    WORKING_PARTY,
    /** A working party shared by several study groups. */
    JOINT_WORKING_PARTY,
    /** A Question, id {@code n/SG}, e.g. {@code Q7/17}. */
    QUESTION,
    /** A rapporteur group: its parent is the Question it studies, or its working party or study group. */
    RAPPORTEUR_GROUP,
    /** A joint coordination activity (A.1 (10/2016) 2.2; A.1 (09/2019) clause 5). */
    JCA,
    /** A correspondence activity (A.1 (10/2016) 1.6). */
    CORRESPONDENCE_GROUP,
    /** A correspondence activity shared by several study groups, e.g. JCG-IoTSec. Not a JCA. */
    JOINT_CORRESPONDENCE_GROUP,
    /** A focus group (Rec. ITU-T A.7). */
    FOCUS_GROUP
}
