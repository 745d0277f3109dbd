package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * What a meeting report, rapporteur meeting report or progress report contains and how it was
 * approved (A.1 (10/2016) 1.4.6, 1.7, 2.3.3.12, 3.2.8, Appendix I). Read from the optional
 * {@code report} key of a document. A list component is {@code null} when the facts do not record it.
 *
 * @param document               the id of the report
 * @param approval               how it was approved, or {@code null} if unknown
 * @param approvedOn             when, or {@code null}
 * @param items                  the items the report is known to contain; {@code null} if not recorded
 * @param patentQuestionRecorded whether it records that the patent and software-copyright question was asked
 * @param draftsConsidered       whether the meeting considered any draft Recommendation
 * @param rapporteurList         whether it lists the rapporteurs appointed (A.1 1.7.7)
 * @param rapporteurs            the names in that list; {@code null} if not recorded
 * @param plannedMeetings        the ids of the planned meetings it announces; {@code null} if not recorded
 * @param annexes                the ids of the documents it reproduces as annexes; {@code null} if not recorded
 * @param electronicVersionOn    the date TSB had its final electronic version (A.1 1.7.5)
 */
public record ReportDetails(String document, ReportApproval approval, LocalDate approvedOn, List<ReportItem> items,
                            Boolean patentQuestionRecorded, Boolean draftsConsidered, Boolean rapporteurList,
                            List<String> rapporteurs, List<String> plannedMeetings, List<String> annexes,
                            LocalDate electronicVersionOn) {
    public ReportDetails {
        Facts.requireText(document, "report.document");
        items = items == null ? null : List.copyOf(items);
        rapporteurs = rapporteurs == null ? null : List.copyOf(rapporteurs);
        plannedMeetings = plannedMeetings == null ? null : List.copyOf(plannedMeetings);
        annexes = annexes == null ? null : List.copyOf(annexes);
    }

    public boolean has(ReportItem item) {
        return items != null && items.contains(item);
    }
}
