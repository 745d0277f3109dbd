package org.itut.compliance.facts;

/** Items the procedures expect in reports. */
public enum ReportItem {
    // Meeting reports of study groups, working parties and TSAG (A.1 (10/2016) 1.7.1).
    /** How the meeting organized its work. */
    ORGANIZATION_OF_WORK,
    /** References to the documents considered. */
    DOCUMENT_REFERENCES,
    /** The main results. */
    MAIN_RESULTS,
    /** The status of the Recommendations in preparation. */
    RECOMMENDATION_STATUS,
    /** The work planned. */
    FUTURE_WORK,
    /** The meetings planned. */
    PLANNED_MEETINGS,
    /** The liaison statements endorsed. */
    ENDORSED_LIAISONS,
    // Rapporteur meeting reports (A.1 (10/2016) 2.3.3.12).
    /** The date of the meeting. */
    DATE,
    /** Its venue. */
    VENUE,
    /** Who chaired it. */
    CHAIR,
    /** The participants with their affiliations. */
    ATTENDANCE_WITH_AFFILIATIONS,
    /** The agenda. */
    AGENDA,
    /** A summary of the inputs. */
    INPUTS_SUMMARY,
    /** A summary of the results. */
    RESULTS_SUMMARY,
    /** The liaison statements sent. */
    LIAISONS_SENT,
    // Rapporteur progress reports (A.1 (10/2016) Appendix I, items a to j).
    /** A summary. */
    SUMMARY,
    /** The conclusions. */
    CONCLUSIONS,
    /** The status of the work plan. */
    WORK_PLAN_STATUS,
    /** The draft Recommendations. */
    DRAFT_RECOMMENDATIONS,
    /** The draft liaison statements. */
    DRAFT_LIAISONS,
    /** A summary of the contributions. */
    CONTRIBUTIONS_SUMMARY,
    /** What was submitted to other bodies. */
    EXTERNAL_SUBMISSIONS,
    /** The open issues and the next agenda. */
    OPEN_ISSUES_AND_NEXT_AGENDA,
    /** That the patent question was asked. */
    PATENT_QUESTION,
    /** The attendees. */
    ATTENDEES
}
