package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.itut.compliance.Citation;
import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.Status;
import org.itut.compliance.facts.Establishment;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MeetingStatus;
import org.itut.compliance.facts.PartialDate;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Test;

/** The timeline picture's layout decisions, checked on the SVG text. */
class TimelineTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);

    @Test
    void should_draw_nothing_without_a_date() {
        // GIVEN a group with no date, no meeting and no duty
        Submission s = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP)).build();
        // WHEN the timeline is drawn THEN there is nothing to draw
        assertThat(Timeline.svg(report(List.of()), Subjects.of(s))).isEmpty();
    }

    @Test
    void should_draw_a_lane_per_dated_group_in_kind_then_natural_order() {
        // GIVEN meetings of SG13, SG2, TSAG and a working party
        Submission s = Submission.builder()
                .group(Group.of("SG13", GroupKind.STUDY_GROUP)).group(Group.of("SG2", GroupKind.STUDY_GROUP))
                .group(Group.of("TSAG", GroupKind.TSAG)).group(Group.of("WP1/13", GroupKind.WORKING_PARTY))
                .group(Group.of("SG9", GroupKind.STUDY_GROUP))
                .meeting(meeting("m1", "SG13", "2025-11-03", MeetingStatus.HELD)).meeting(meeting("m2", "SG2", "2025-12-01", MeetingStatus.HELD))
                .meeting(meeting("m3", "TSAG", "2026-01-26", MeetingStatus.PLANNED)).meeting(meeting("m4", "WP1/13", "2026-03", MeetingStatus.PLANNED))
                .build();
        // WHEN drawn
        String svg = Timeline.svg(report(List.of()), Subjects.of(s));
        // THEN TSAG comes first, then the study groups SG2 before SG13, then the working party; SG9 (no date) is left out
        assertThat(svg.indexOf("data-group=\"TSAG\"")).isLessThan(svg.indexOf("data-group=\"SG2\""));
        assertThat(svg.indexOf("data-group=\"SG2\"")).isLessThan(svg.indexOf("data-group=\"SG13\""));
        assertThat(svg.indexOf("data-group=\"SG13\"")).isLessThan(svg.indexOf("data-group=\"WP1/13\""));
        assertThat(svg).doesNotContain("data-group=\"SG9\"");
        // and a meeting known to the month is hatched across the month, a planned one is light
        assertThat(svg).contains("class=\"meeting meeting-month\" data-meeting=\"m4\"", "class=\"meeting meeting-planned\" data-meeting=\"m3\"",
                "known only to the month: 2026-03");
    }

    @Test
    void should_mark_each_duty_and_join_it_to_its_meeting() {
        // GIVEN a missed duty owed for a meeting of another group
        Submission s = Submission.builder().group(Group.of("JCG", GroupKind.JOINT_CORRESPONDENCE_GROUP))
                .group(Group.of("SG17", GroupKind.STUDY_GROUP)).meeting(meeting("SG17-1", "SG17", "2025-12-03", MeetingStatus.HELD)).build();
        Finding missed = duty(Outcome.FAIL, LocalDate.of(2025, 11, 3), "SG17-1");
        // WHEN drawn
        String svg = Timeline.svg(report(List.of(missed)), Subjects.of(s));
        // THEN the JCG's lane has a missed mark dated on the due date, with a line to the SG17 meeting
        assertThat(svg).contains("class=\"duty duty-missed\" data-rule=\"TOR-x\" data-subject=\"JCG\" data-due=\"2025-11-03\"",
                "data-target=\"SG17-1\"", "class=\"duty-link\"");
        // and the as-of date is marked
        assertThat(svg).contains("class=\"as-of\" data-date=\"2026-02-15\"");
    }

    @Test
    void should_not_stretch_the_picture_to_an_old_establishment_date() {
        // GIVEN a group established in 1990 that meets in 2025
        Group old = new Group("SG17", GroupKind.STUDY_GROUP, null, null, List.of(), new Establishment(LocalDate.of(1990, 1, 1), null, null, null, null),
                null, List.of(), null, null);
        Submission s = Submission.builder().group(old).meeting(meeting("m", "SG17", "2025-12-03", MeetingStatus.HELD)).build();
        // WHEN drawn
        String svg = Timeline.svg(report(List.of()), Subjects.of(s));
        // THEN the picture starts in the year of the meeting, not 1990, and the lifetime says when it began
        assertThat(svg).contains(">2025</text>").doesNotContain(">1990</text>").contains("established 1990-01-01");
    }

    @Test
    void should_keep_groups_with_duties_when_there_are_too_many_lanes() {
        // GIVEN more groups with meetings than the picture holds, and one group with a duty at the end of the order
        Submission.Builder b = Submission.builder();
        for (int i = 0; i < Timeline.MAX_LANES + 20; i++) {
            b.group(Group.of("SG" + i, GroupKind.STUDY_GROUP)).meeting(meeting("m" + i, "SG" + i, "2025-11-03", MeetingStatus.HELD));
        }
        b.group(Group.of("JCG", GroupKind.JOINT_CORRESPONDENCE_GROUP)).meeting(meeting("SG17-1", "SG1", "2025-12-03", MeetingStatus.HELD));
        Submission s = b.build();
        Report r = report(List.of(duty(Outcome.PENDING, LocalDate.of(2026, 3, 3), "SG17-1")));
        // WHEN drawn
        String svg = Timeline.svg(r, Subjects.of(s));
        // THEN the picture has the maximum number of lanes, the group with a duty among them, and the rest are named
        assertThat(svg.split("<g class=\"lane\"", -1).length - 1).isEqualTo(Timeline.MAX_LANES);
        assertThat(svg).contains("data-group=\"JCG\"");
        assertThat(Timeline.omittedGroups(r, Subjects.of(s))).hasSize(21).contains("SG219").doesNotContain("JCG");
        assertThat(ReportHtml.write(r, s, "x")).contains("The picture shows " + Timeline.MAX_LANES + " groups, those with duties first; 21 more");
    }

    @Test
    void should_write_coordinates_the_same_everywhere() {
        assertThat(Timeline.f(12.0)).isEqualTo("12");
        assertThat(Timeline.f(12.34)).isEqualTo("12.3");
        assertThat(Timeline.f(-0.26)).isEqualTo("-0.3");
        assertThat(Timeline.f(0.04)).isEqualTo("0");
    }

    @Test
    void should_order_ids_as_a_person_does() {
        List<String> ids = new ArrayList<>(List.of("SG20", "SG2", "SG13", "Q7/17", "Q12/17", "SG02"));
        ids.sort(Timeline::natural);
        assertThat(ids).containsExactly("Q7/17", "Q12/17", "SG02", "SG2", "SG13", "SG20");
    }

    private static Meeting meeting(String id, String group, String start, MeetingStatus status) {
        return new Meeting(id, group, null, PartialDate.parse(start), null, status, null, null, null, null, null);
    }

    private static Finding duty(Outcome o, LocalDate due, String target) {
        return new Finding("TOR-x", o, o == Outcome.FAIL ? org.itut.compliance.Level.VIOLATION : null, "JCG", "m",
                new Citation("ToR", "d", "i", "t", Status.SOURCE_DOCUMENT, ""), Map.of("target", target), due);
    }

    private static Report report(List<Finding> findings) {
        return new Report(AS_OF, findings, List.of(), List.of(), List.of());
    }
}
