package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * How a meeting was arranged: the facts the A.1 meeting rules (clauses 1.1, 1.3, 2.3.3.10–2.3.3.15)
 * need beyond the meeting's dates. Read from the optional {@code arrangements} key of a meeting; every
 * component is {@code null} when the facts do not say (never read as compliance).
 *
 * @param meeting                the id of the meeting
 * @param planned                false when the meeting was not previously planned and scheduled (A.1 1.3.2)
 * @param inTimetable            the date the meeting first appeared in a timetable communicated to participants (A.1 1.1.4)
 * @param purpose                what the meeting is for, where A.1 1.1.4 exempts it
 * @param directorApproved       whether the TSB Director approved the meeting (A.1 1.1.1)
 * @param dependsOn              the id of an earlier meeting whose results this one depends on (A.1 1.1.2)
 * @param cancellation           how the meeting was cancelled, or {@code null}
 * @param originalLanguageOnly   whether the group works in the original language only (no translation, A.1 3.2.3)
 * @param contributions          how many contributions were submitted to the meeting (A.1 1.3.3)
 * @param agreedAt               for a rapporteur meeting: the id of the parent meeting that agreed and publicized it (A.1 2.3.3.11)
 * @param confirmationSent       for a rapporteur meeting: the date the confirmation of date and place was sent (A.1 2.3.3.11)
 * @param noticeTo               for a rapporteur meeting: who was given advance notice (A.1 2.3.3.10); {@code null} if unknown
 * @param shortNoticeReason      the recorded reason for an exceptionally short notice, or {@code null}
 * @param visaSupport            for a physical rapporteur meeting: whether the host offered visa support (A.1 2.3.3.11)
 * @param onItuPremises          whether the meeting is held on ITU premises (A.1 2.3.3.15 covers the others)
 * @param facilityCharges        whether participants are charged for meeting facilities (A.1 2.3.3.15)
 * @param chargesAgreedBy        the id of the study group that agreed the charges, or {@code null}
 * @param chargesAgreedOn        the date it agreed them, or {@code null}
 * @param hostExtrasMandatory    whether extra services offered by the host were made compulsory
 * @param exclusionForNonPayment whether anyone was excluded for not paying
 */
public record MeetingArrangements(String meeting, Boolean planned, LocalDate inTimetable, MeetingPurpose purpose,
                                  Boolean directorApproved, String dependsOn, Cancellation cancellation,
                                  Boolean originalLanguageOnly, Integer contributions, String agreedAt,
                                  LocalDate confirmationSent, List<NoticeParty> noticeTo, String shortNoticeReason,
                                  Boolean visaSupport, Boolean onItuPremises, Boolean facilityCharges,
                                  String chargesAgreedBy, LocalDate chargesAgreedOn, Boolean hostExtrasMandatory,
                                  Boolean exclusionForNonPayment) {
    /**
     * Checks what one {@code MeetingArrangements} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); gives a component
     * left {@code null} its default where it has one; and copies the collections, so that the record never
     * changes.
     *
     * @param meeting                the id of the meeting
     * @param planned                false when the meeting was not previously planned and scheduled (A.1 1.3.2)
     * @param inTimetable            the date the meeting first appeared in a timetable communicated to participants
     *                               (A.1 1.1.4)
     * @param purpose                what the meeting is for, where A.1 1.1.4 exempts it
     * @param directorApproved       whether the TSB Director approved the meeting (A.1 1.1.1)
     * @param dependsOn              the id of an earlier meeting whose results this one depends on (A.1 1.1.2)
     * @param cancellation           how the meeting was cancelled, or {@code null}
     * @param originalLanguageOnly   whether the group works in the original language only (no translation, A.1
     *                               3.2.3)
     * @param contributions          how many contributions were submitted to the meeting (A.1 1.3.3)
     * @param agreedAt               for a rapporteur meeting: the id of the parent meeting that agreed and
     *                               publicized it (A.1 2.3.3.11)
     * @param confirmationSent       for a rapporteur meeting: the date the confirmation of date and place was sent
     *                               (A.1 2.3.3.11)
     * @param noticeTo               for a rapporteur meeting: who was given advance notice (A.1 2.3.3.10); {@code
     *                               null} if unknown
     * @param shortNoticeReason      the recorded reason for an exceptionally short notice, or {@code null}
     * @param visaSupport            for a physical rapporteur meeting: whether the host offered visa support (A.1
     *                               2.3.3.11)
     * @param onItuPremises          whether the meeting is held on ITU premises (A.1 2.3.3.15 covers the others)
     * @param facilityCharges        whether participants are charged for meeting facilities (A.1 2.3.3.15)
     * @param chargesAgreedBy        the id of the study group that agreed the charges, or {@code null}
     * @param chargesAgreedOn        the date it agreed them, or {@code null}
     * @param hostExtrasMandatory    whether extra services offered by the host were made compulsory
     * @param exclusionForNonPayment whether anyone was excluded for not paying
     */
    public MeetingArrangements {
        Facts.requireText(meeting, "arrangements.meeting");
        noticeTo = noticeTo == null ? null : List.copyOf(noticeTo);
        if (contributions != null && contributions < 0) {
            throw new IllegalArgumentException("arrangements.contributions must not be negative: " + contributions);
        }
        if (meeting.equals(dependsOn)) {
            throw new IllegalArgumentException("meeting " + meeting + " cannot depend on itself");
        }
    }

    /**
     * A builder for a meeting's arrangements with its {@code meeting}; every other component is as when a fact file leaves its key out.
     *
     * @param meeting its {@code meeting}
     * @return the builder
     */
    public static Builder builder(String meeting) {
        return new Builder(meeting);
    }

    /**
     * Builds {@link MeetingArrangements} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String meeting;
        private Boolean planned;
        private LocalDate inTimetable;
        private MeetingPurpose purpose;
        private Boolean directorApproved;
        private String dependsOn;
        private Cancellation cancellation;
        private Boolean originalLanguageOnly;
        private Integer contributions;
        private String agreedAt;
        private LocalDate confirmationSent;
        private List<NoticeParty> noticeTo = null;
        private String shortNoticeReason;
        private Boolean visaSupport;
        private Boolean onItuPremises;
        private Boolean facilityCharges;
        private String chargesAgreedBy;
        private LocalDate chargesAgreedOn;
        private Boolean hostExtrasMandatory;
        private Boolean exclusionForNonPayment;

        private Builder(String meeting) {
            this.meeting = meeting;
        }

        /**
         * Sets {@link MeetingArrangements#planned()}.
         *
         * @param planned the value
         * @return this builder
         */
        public Builder planned(Boolean planned) {
            this.planned = planned;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#inTimetable()}.
         *
         * @param inTimetable the value
         * @return this builder
         */
        public Builder inTimetable(LocalDate inTimetable) {
            this.inTimetable = inTimetable;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#purpose()}.
         *
         * @param purpose the value
         * @return this builder
         */
        public Builder purpose(MeetingPurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#directorApproved()}.
         *
         * @param directorApproved the value
         * @return this builder
         */
        public Builder directorApproved(Boolean directorApproved) {
            this.directorApproved = directorApproved;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#dependsOn()}.
         *
         * @param dependsOn the value
         * @return this builder
         */
        public Builder dependsOn(String dependsOn) {
            this.dependsOn = dependsOn;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#cancellation()}.
         *
         * @param cancellation the value
         * @return this builder
         */
        public Builder cancellation(Cancellation cancellation) {
            this.cancellation = cancellation;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#originalLanguageOnly()}.
         *
         * @param originalLanguageOnly the value
         * @return this builder
         */
        public Builder originalLanguageOnly(Boolean originalLanguageOnly) {
            this.originalLanguageOnly = originalLanguageOnly;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#contributions()}.
         *
         * @param contributions the value
         * @return this builder
         */
        public Builder contributions(Integer contributions) {
            this.contributions = contributions;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#agreedAt()}.
         *
         * @param agreedAt the value
         * @return this builder
         */
        public Builder agreedAt(String agreedAt) {
            this.agreedAt = agreedAt;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#confirmationSent()}.
         *
         * @param confirmationSent the value
         * @return this builder
         */
        public Builder confirmationSent(LocalDate confirmationSent) {
            this.confirmationSent = confirmationSent;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#noticeTo()}.
         *
         * @param noticeTo the value
         * @return this builder
         */
        public Builder noticeTo(List<NoticeParty> noticeTo) {
            this.noticeTo = noticeTo;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#noticeTo()}.
         *
         * @param noticeTo the value
         * @return this builder
         */
        public Builder noticeTo(NoticeParty... noticeTo) {
            this.noticeTo = List.of(noticeTo);
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#shortNoticeReason()}.
         *
         * @param shortNoticeReason the value
         * @return this builder
         */
        public Builder shortNoticeReason(String shortNoticeReason) {
            this.shortNoticeReason = shortNoticeReason;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#visaSupport()}.
         *
         * @param visaSupport the value
         * @return this builder
         */
        public Builder visaSupport(Boolean visaSupport) {
            this.visaSupport = visaSupport;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#onItuPremises()}.
         *
         * @param onItuPremises the value
         * @return this builder
         */
        public Builder onItuPremises(Boolean onItuPremises) {
            this.onItuPremises = onItuPremises;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#facilityCharges()}.
         *
         * @param facilityCharges the value
         * @return this builder
         */
        public Builder facilityCharges(Boolean facilityCharges) {
            this.facilityCharges = facilityCharges;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#chargesAgreedBy()}.
         *
         * @param chargesAgreedBy the value
         * @return this builder
         */
        public Builder chargesAgreedBy(String chargesAgreedBy) {
            this.chargesAgreedBy = chargesAgreedBy;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#chargesAgreedOn()}.
         *
         * @param chargesAgreedOn the value
         * @return this builder
         */
        public Builder chargesAgreedOn(LocalDate chargesAgreedOn) {
            this.chargesAgreedOn = chargesAgreedOn;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#hostExtrasMandatory()}.
         *
         * @param hostExtrasMandatory the value
         * @return this builder
         */
        public Builder hostExtrasMandatory(Boolean hostExtrasMandatory) {
            this.hostExtrasMandatory = hostExtrasMandatory;
            return this;
        }

        /**
         * Sets {@link MeetingArrangements#exclusionForNonPayment()}.
         *
         * @param exclusionForNonPayment the value
         * @return this builder
         */
        public Builder exclusionForNonPayment(Boolean exclusionForNonPayment) {
            this.exclusionForNonPayment = exclusionForNonPayment;
            return this;
        }

        /**
         * The MeetingArrangements.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public MeetingArrangements build() {
            return new MeetingArrangements(meeting, planned, inTimetable, purpose, directorApproved, dependsOn, cancellation, originalLanguageOnly, contributions, agreedAt, confirmationSent, noticeTo, shortNoticeReason, visaSupport, onItuPremises, facilityCharges, chargesAgreedBy, chargesAgreedOn, hostExtrasMandatory, exclusionForNonPayment);
        }
    }
}
