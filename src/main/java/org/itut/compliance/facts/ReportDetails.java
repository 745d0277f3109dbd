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
    /**
     * Checks what one {@code ReportDetails} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); gives a component
     * left {@code null} its default where it has one; and copies the collections, so that the record never
     * changes.
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
    public ReportDetails {
        Facts.requireText(document, "report.document");
        items = items == null ? null : List.copyOf(items);
        rapporteurs = rapporteurs == null ? null : List.copyOf(rapporteurs);
        plannedMeetings = plannedMeetings == null ? null : List.copyOf(plannedMeetings);
        annexes = annexes == null ? null : List.copyOf(annexes);
    }

    /**
     * Whether the report is recorded to contain an item.
     *
     * @param item the item
     * @return true when {@code items} is recorded and lists it
     */
    public boolean has(ReportItem item) {
        return items != null && items.contains(item);
    }

    /**
     * A builder for the details of a report with its {@code document}; every other component is as when a fact file leaves its key out.
     *
     * @param document its {@code document}
     * @return the builder
     */
    public static Builder builder(String document) {
        return new Builder(document);
    }

    /**
     * Builds {@link ReportDetails} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String document;
        private ReportApproval approval;
        private LocalDate approvedOn;
        private List<ReportItem> items = null;
        private Boolean patentQuestionRecorded;
        private Boolean draftsConsidered;
        private Boolean rapporteurList;
        private List<String> rapporteurs = null;
        private List<String> plannedMeetings = null;
        private List<String> annexes = null;
        private LocalDate electronicVersionOn;

        private Builder(String document) {
            this.document = document;
        }

        /**
         * Sets {@link ReportDetails#approval()}.
         *
         * @param approval the value
         * @return this builder
         */
        public Builder approval(ReportApproval approval) {
            this.approval = approval;
            return this;
        }

        /**
         * Sets {@link ReportDetails#approvedOn()}.
         *
         * @param approvedOn the value
         * @return this builder
         */
        public Builder approvedOn(LocalDate approvedOn) {
            this.approvedOn = approvedOn;
            return this;
        }

        /**
         * Sets {@link ReportDetails#items()}.
         *
         * @param items the value
         * @return this builder
         */
        public Builder items(List<ReportItem> items) {
            this.items = items;
            return this;
        }

        /**
         * Sets {@link ReportDetails#items()}.
         *
         * @param items the value
         * @return this builder
         */
        public Builder items(ReportItem... items) {
            this.items = List.of(items);
            return this;
        }

        /**
         * Sets {@link ReportDetails#patentQuestionRecorded()}.
         *
         * @param patentQuestionRecorded the value
         * @return this builder
         */
        public Builder patentQuestionRecorded(Boolean patentQuestionRecorded) {
            this.patentQuestionRecorded = patentQuestionRecorded;
            return this;
        }

        /**
         * Sets {@link ReportDetails#draftsConsidered()}.
         *
         * @param draftsConsidered the value
         * @return this builder
         */
        public Builder draftsConsidered(Boolean draftsConsidered) {
            this.draftsConsidered = draftsConsidered;
            return this;
        }

        /**
         * Sets {@link ReportDetails#rapporteurList()}.
         *
         * @param rapporteurList the value
         * @return this builder
         */
        public Builder rapporteurList(Boolean rapporteurList) {
            this.rapporteurList = rapporteurList;
            return this;
        }

        /**
         * Sets {@link ReportDetails#rapporteurs()}.
         *
         * @param rapporteurs the value
         * @return this builder
         */
        public Builder rapporteurs(List<String> rapporteurs) {
            this.rapporteurs = rapporteurs;
            return this;
        }

        /**
         * Sets {@link ReportDetails#rapporteurs()}.
         *
         * @param rapporteurs the value
         * @return this builder
         */
        public Builder rapporteurs(String... rapporteurs) {
            this.rapporteurs = List.of(rapporteurs);
            return this;
        }

        /**
         * Sets {@link ReportDetails#plannedMeetings()}.
         *
         * @param plannedMeetings the value
         * @return this builder
         */
        public Builder plannedMeetings(List<String> plannedMeetings) {
            this.plannedMeetings = plannedMeetings;
            return this;
        }

        /**
         * Sets {@link ReportDetails#plannedMeetings()}.
         *
         * @param plannedMeetings the value
         * @return this builder
         */
        public Builder plannedMeetings(String... plannedMeetings) {
            this.plannedMeetings = List.of(plannedMeetings);
            return this;
        }

        /**
         * Sets {@link ReportDetails#annexes()}.
         *
         * @param annexes the value
         * @return this builder
         */
        public Builder annexes(List<String> annexes) {
            this.annexes = annexes;
            return this;
        }

        /**
         * Sets {@link ReportDetails#annexes()}.
         *
         * @param annexes the value
         * @return this builder
         */
        public Builder annexes(String... annexes) {
            this.annexes = List.of(annexes);
            return this;
        }

        /**
         * Sets {@link ReportDetails#electronicVersionOn()}.
         *
         * @param electronicVersionOn the value
         * @return this builder
         */
        public Builder electronicVersionOn(LocalDate electronicVersionOn) {
            this.electronicVersionOn = electronicVersionOn;
            return this;
        }

        /**
         * The ReportDetails.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public ReportDetails build() {
            return new ReportDetails(document, approval, approvedOn, items, patentQuestionRecorded, draftsConsidered, rapporteurList, rapporteurs, plannedMeetings, annexes, electronicVersionOn);
        }
    }
}
