package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting of a group. A meeting starts on its first day and ends on its last; a meeting held
 * in conjunction with another keeps its own dates.
 *
 * @param id                 a unique id, e.g. {@code SG17-2025-12}
 * @param group              the id of the group that meets
 * @param title              a title, or {@code null}
 * @param start              the first day, possibly known only to the month
 * @param end                the last day, possibly known only to the month
 * @param status             whether it is planned, tentative, held or cancelled
 * @param mode               physical, virtual or hybrid; {@code null} if unknown
 * @param place              the venue, or {@code null}
 * @param remoteParticipation whether remote participation was offered; {@code null} if unknown
 * @param inConjunctionWith  the id of the meeting it was held with, or {@code null}
 * @param announcement       how it was announced; {@code null} if no announcement is known
 */
public record Meeting(String id, String group, String title, PartialDate start, PartialDate end, MeetingStatus status,
                      MeetingMode mode, String place, Boolean remoteParticipation, String inConjunctionWith,
                      Announcement announcement) {
    /**
     * Checks what one {@code Meeting} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and gives a component left {@code null} its
     * default where it has one.
     *
     * @param id                  a unique id, e.g. {@code SG17-2025-12}
     * @param group               the id of the group that meets
     * @param title               a title, or {@code null}
     * @param start               the first day, possibly known only to the month
     * @param end                 the last day, possibly known only to the month
     * @param status              whether it is planned, tentative, held or cancelled
     * @param mode                physical, virtual or hybrid; {@code null} if unknown
     * @param place               the venue, or {@code null}
     * @param remoteParticipation whether remote participation was offered; {@code null} if unknown
     * @param inConjunctionWith   the id of the meeting it was held with, or {@code null}
     * @param announcement        how it was announced; {@code null} if no announcement is known
     */
    public Meeting {
        Facts.requireText(id, "meeting.id");
        Facts.requireText(group, "meeting.group");
        start = start == null ? PartialDate.UNKNOWN : start;
        end = end == null ? start : end;
        Objects.requireNonNull(status, "meeting.status");
        // Known only to the month, the end may still be the day the meeting starts: only an end whose
        // last possible day is before the start's first possible day is wrong.
        if (start.isKnown() && end.isKnown() && end.latest().isBefore(start.earliest())) {
            throw new IllegalArgumentException("meeting " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * A builder for a meeting with its {@code id} and {@code group}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param group its {@code group}
     * @return the builder
     */
    public static Builder builder(String id, String group) {
        return new Builder(id, group);
    }

    /**
     * Builds {@link Meeting} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does. The start is unknown, the end the start, and the status PLANNED unless set, as in fact files.
     */
    public static final class Builder {
        private final String id;
        private final String group;
        private String title;
        private PartialDate start = PartialDate.UNKNOWN;
        private PartialDate end;
        private MeetingStatus status = MeetingStatus.PLANNED;
        private MeetingMode mode;
        private String place;
        private Boolean remoteParticipation;
        private String inConjunctionWith;
        private Announcement announcement;

        private Builder(String id, String group) {
            this.id = id;
            this.group = group;
        }

        /**
         * Sets {@link Meeting#title()}.
         *
         * @param title the value
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@link Meeting#start()}.
         *
         * @param start the value
         * @return this builder
         */
        public Builder start(PartialDate start) {
            this.start = start;
            return this;
        }

        /**
         * Sets {@link Meeting#start()} to a day.
         *
         * @param start the value
         * @return this builder
         */
        public Builder start(LocalDate start) {
            this.start = PartialDate.of(start);
            return this;
        }

        /**
         * Sets {@link Meeting#end()}.
         *
         * @param end the value
         * @return this builder
         */
        public Builder end(PartialDate end) {
            this.end = end;
            return this;
        }

        /**
         * Sets {@link Meeting#end()} to a day.
         *
         * @param end the value
         * @return this builder
         */
        public Builder end(LocalDate end) {
            this.end = PartialDate.of(end);
            return this;
        }

        /**
         * Sets {@link Meeting#status()}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(MeetingStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@link Meeting#mode()}.
         *
         * @param mode the value
         * @return this builder
         */
        public Builder mode(MeetingMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Sets {@link Meeting#place()}.
         *
         * @param place the value
         * @return this builder
         */
        public Builder place(String place) {
            this.place = place;
            return this;
        }

        /**
         * Sets {@link Meeting#remoteParticipation()}.
         *
         * @param remoteParticipation the value
         * @return this builder
         */
        public Builder remoteParticipation(Boolean remoteParticipation) {
            this.remoteParticipation = remoteParticipation;
            return this;
        }

        /**
         * Sets {@link Meeting#inConjunctionWith()}.
         *
         * @param inConjunctionWith the value
         * @return this builder
         */
        public Builder inConjunctionWith(String inConjunctionWith) {
            this.inConjunctionWith = inConjunctionWith;
            return this;
        }

        /**
         * Sets {@link Meeting#announcement()}.
         *
         * @param announcement the value
         * @return this builder
         */
        public Builder announcement(Announcement announcement) {
            this.announcement = announcement;
            return this;
        }

        /**
         * The Meeting.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Meeting build() {
            return new Meeting(id, group, title, start, end, status, mode, place, remoteParticipation, inConjunctionWith, announcement);
        }
    }
}
