package org.itut.compliance.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.itut.compliance.facts.*;

/**
 * Synthetic submissions in the library's own fact model, for benchmarks and for the reference-checker
 * test: {@code n} facts (as near as the shapes allow, never fewer), the same facts for the same seed.
 *
 * <p>The facts are a few global bodies (WTSA with two assemblies, TSAG with its meetings, a pool of
 * Member States replying to consultations) and then one <em>sector</em> after another until the
 * count is reached. A sector is shaped on the register and the case files: a study group with a working
 * party, Questions with rapporteurs and a rapporteur group; a joint correspondence group under TSAG
 * whose terms of reference declare leadership, reporting and announcement duties; a correspondence
 * group, a JCA with its proposal and designation, a focus group; meetings with dates, arrangements,
 * participant lists; meeting reports, TDs, contributions, liaison statements, circulars with their
 * details and handling; decisions; a Res. 1 (2022) 7.3.2 consultation on two Questions with ~30
 * replies, an AAP and a TAP Recommendation, an inventory. Each sector draws its own dates and its own
 * compliance (late, on time, missing, unknown) from a {@link Random} seeded by (seed, sector), so a
 * sector's facts do not depend on how many sectors follow it, and most rules both match and fire.
 *
 * <p>The result always passes {@link Submission#validate()}.
 */
public final class Corpus {
    /** The date the corpus is meant to be judged on. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);
    /** Member States in the pool that replies are drawn from. */
    static final int MEMBER_STATES = 60;

    private final Submission.Builder b = Submission.builder();
    private int count;

    private Corpus() {
    }

    /**
     * A submission of at least {@code facts} facts (a sector is never cut in half: up to one sector,
     * about 150 facts, more).
     *
     * @param facts how many facts
     * @param seed  the seed
     * @return the submission, valid
     */
    public static Submission of(int facts, long seed) {
        Corpus c = new Corpus();
        c.global();
        for (int k = 0; c.count < facts || k < 3; k++) {
            c.sector(k, new Random(seed * 1_000_003L + k));
        }
        return c.b.build();
    }

    private void add(Object fact) {
        b.add(fact);
        count++;
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private void global() {
        add(Group.builder("WTSA", GroupKind.WTSA).name("World Telecommunication Standardization Assembly").build());
        add(Group.builder("TSAG", GroupKind.TSAG).name("Telecommunication Standardization Advisory Group")
                .leaders(Leader.builder("T. Chair", LeaderRole.CHAIR).build()).build());
        add(Meeting.builder("WTSA-20", "WTSA").start(d(2022, 3, 1)).end(d(2022, 3, 9)).status(MeetingStatus.HELD).build());
        add(Meeting.builder("WTSA-24", "WTSA").start(d(2024, 10, 15)).end(d(2024, 10, 24)).status(MeetingStatus.HELD).build());
        add(Meeting.builder("TSAG-2021-01", "TSAG").start(d(2021, 1, 11)).end(d(2021, 1, 15)).status(MeetingStatus.HELD).build());
        add(Meeting.builder("TSAG-2025-05", "TSAG").start(d(2025, 5, 26)).end(d(2025, 5, 30)).status(MeetingStatus.HELD).build());
        add(Meeting.builder("TSAG-2026-01", "TSAG").start(d(2026, 1, 26)).end(d(2026, 1, 30)).status(MeetingStatus.HELD).build());
        add(Meeting.builder("TSAG-2026-07", "TSAG").start(d(2026, 7, 20)).end(d(2026, 7, 24)).build());
    }

    /** One sector: every id carries the suffix {@code -k}. */
    private void sector(int k, Random r) {
        String s = "-" + k;
        String sg = "SG" + s, wp = "WP1" + s, q1 = "Q1" + s, q2 = "Q2" + s, q3 = "Q3" + s, q4 = "Q4" + s;
        String rg = "RG" + s, jcg = "JCG" + s, cg = "CG" + s, jca = "JCA" + s, fg = "FG" + s;
        int jitter = r.nextInt(10);
        boolean late = r.nextInt(3) == 0;
        boolean missing = r.nextInt(4) == 0;

        // Meetings first: their dates anchor every duty below.
        LocalDate sgHeldStart = d(2025, 6, 2).plusDays(jitter);
        String sgHeld = sg + "-2025-06", sgNext = sg + "-2026-05", wpHeld = wp + "-2025-06", wpNext = wp + "-2026-05";
        String sgFirst = sg + "-2025-01";
        LocalDate sgNextStart = d(2026, 5, 4).plusDays(jitter);
        String rgmHeld = rg + "-2025-11", rgmNext = rg + "-2026-04";
        LocalDate rgmHeldStart = d(2025, 11, 10).plusDays(jitter);
        String jcg1 = jcg + "-1", jcg2 = jcg + "-2", jcg3 = jcg + "-3";
        String jcaM = jca + "-2025-10", fgM = fg + "-2025-09", cgM = cg + "-2025-10";

        // Groups
        add(Group.builder(sg, GroupKind.STUDY_GROUP).name("Study Group " + k)
                .leaders(Leader.builder("Chair " + k, LeaderRole.CHAIR).appointedBy("WTSA").build(),
                        Leader.builder("Vice " + k, LeaderRole.VICE_CHAIR).appointedBy("WTSA").build())
                .build());
        add(Group.builder(wp, GroupKind.WORKING_PARTY).parent(sg)
                .leaders(Leader.builder("WP Chair " + k, LeaderRole.CHAIR).appointedBy(sg).appointedOn(d(2025, 1, 20)).build())
                .build());
        for (String q : List.of(q1, q2, q3, q4)) {
            List<Leader> leaders = new ArrayList<>();
            leaders.add(Leader.builder("Rapporteur " + q, LeaderRole.RAPPORTEUR).appointedBy(r.nextInt(5) == 0 ? wp : sg)
                    .appointedOn(r.nextBoolean() ? d(2025, 1, 24) : d(2025, 6, 10).plusDays(jitter)).build());
            if (r.nextBoolean()) {
                leaders.add(Leader.builder("Editor " + q, LeaderRole.EDITOR).appointedBy(q).appointedOn(d(2025, 3, 1)).build());
            }
            add(Group.builder(q, GroupKind.QUESTION).name("Question " + q).parent(wp).leaders(leaders).build());
        }
        add(Group.builder(rg, GroupKind.RAPPORTEUR_GROUP).parent(q1)
                .leaders(Leader.builder("Rapporteur " + rg, LeaderRole.RAPPORTEUR).appointedBy(wp).appointedOn(d(2025, 6, 12)).build(),
                        Leader.builder("Associate " + rg, LeaderRole.ASSOCIATE_RAPPORTEUR).appointedBy(rg).appointedOn(d(2025, 7, 1)).build())
                .build());
        add(Group.builder(jcg, GroupKind.JOINT_CORRESPONDENCE_GROUP).name("Joint Correspondence Group " + k)
                .parent("TSAG").associated(sg)
                .established(Establishment.builder().on(d(2025, 5, 30)).by("TSAG").meeting("TSAG-2025-05").decision("TSAG-est" + s).build())
                .leaders(Leader.builder("Convenor A" + k, LeaderRole.CO_CONVENOR).nominatedBy(sg).appointedBy("TSAG").build(),
                        Leader.builder("Convenor B" + k, LeaderRole.CO_CONVENOR).nominatedBy(r.nextInt(4) == 0 ? null : "TSAG").appointedBy("TSAG").build())
                .secretariat("tsb" + k + "@example.org")
                .termsOfReference(TermsOfReference.builder("TSAG-R" + k + " Annex A").approvedOn(d(2025, 5, 30)).approvedBy("TSAG")
                        .sections(TorSection.SCOPE, TorSection.OBJECTIVES, TorSection.WORK_METHODS, TorSection.MEETINGS,
                                TorSection.REPORTING, TorSection.LEADERSHIP, TorSection.ANTICIPATED_LIFETIME)
                        .parent(r.nextInt(6) == 0 ? sg : "TSAG")
                        .leadership(new DeclaredLeadership("work methods, bullet 6", LeaderRole.CO_CONVENOR, 2, List.of(sg, "TSAG")))
                        .duties(DeclaredDuty.builder("work methods, bullet 3", DutyKind.REPORT_BEFORE_EACH_MEETING, Period.ofMonths(1)).to(sg).build(),
                                DeclaredDuty.builder("work methods, bullet 5", DutyKind.ANNOUNCE_OWN_MEETINGS, Period.ofDays(7)).draftAgenda(true).build(),
                                DeclaredDuty.builder("work methods, bullet 9", DutyKind.REPORT_BEFORE_EACH_MEETING, Period.ZERO).to("TSAG").build())
                        .lifetime(Lifetime.builder(LifetimeKind.UNTIL_DECISION).item("work methods, bullet 8").decidedBy("TSAG")
                                .extensionBy("TSAG").extensionInputFrom(sg).build())
                        .citations(new ClauseReference("A.1", "10/2016", "1.6", "scope"),
                                new ClauseReference("WTSA Res. 2", "WTSA-20", "tasks", "objectives"))
                        .build())
                .build());
        add(Group.builder(cg, GroupKind.CORRESPONDENCE_GROUP).name("Correspondence Group " + k).parent(sg)
                .established(Establishment.builder().on(sgHeldStart.plusDays(8)).by(sg).meeting(sgHeld).build())
                .leaders(Leader.builder("Convenor " + cg, LeaderRole.CONVENOR).appointedBy(sg).build())
                .termsOfReference(TermsOfReference.builder(sg + "-R1 Annex C").approvedOn(sgHeldStart.plusDays(8)).approvedBy(sg)
                        .parent(sg).sections(TorSection.SCOPE, TorSection.OBJECTIVES, TorSection.ANTICIPATED_LIFETIME)
                        .lifetime(Lifetime.builder(LifetimeKind.UNTIL_DATE).item("lifetime").until(d(2026, 12, 31)).build())
                        .build())
                .build());
        add(Group.builder(jca, GroupKind.JCA).name("Joint Coordination Activity " + k).parent(sg).associated(sg, "SG-" + ((k + 1) % 3))
                .established(Establishment.builder().on(d(2025, 6, 20).plusDays(jitter)).by(sg).path(EstablishmentPath.LEAD_SG).build())
                .leaders(Leader.builder("JCA Chair " + k, LeaderRole.CHAIR).appointedBy(sg).build())
                .termsOfReference(TermsOfReference.builder("JCA" + s + " ToR").approvedBy(sg).parent(sg)
                        .sections(TorSection.SCOPE, TorSection.OBJECTIVES, TorSection.PARTICIPATION, TorSection.MEETINGS, TorSection.ANTICIPATED_LIFETIME)
                        .duties(DeclaredDuty.builder("5 Progress reports", DutyKind.REPORT_BEFORE_EACH_MEETING, Period.ZERO).to(sg).build())
                        .lifetime(Lifetime.builder(LifetimeKind.PER_CLAUSE).item("8 Lifetime").clause("A.1 5.10").build())
                        .build())
                .build());
        add(Group.builder(fg, GroupKind.FOCUS_GROUP).name("Focus Group " + k).parent(sg)
                .established(Establishment.builder().on(sgHeldStart.plusDays(8)).by(sg).meeting(sgHeld).decision(sg + "-est-fg").build())
                .leaders(Leader.builder("FG Chair " + k, LeaderRole.CHAIR).appointedBy(sg).build())
                .termsOfReference(TermsOfReference.builder(sg + "-R1 Annex F").approvedOn(sgHeldStart.plusDays(8)).approvedBy(sg).parent(sg)
                        .sections(TorSection.SCOPE, TorSection.OBJECTIVES, TorSection.ANTICIPATED_LIFETIME)
                        .lifetime(Lifetime.builder(LifetimeKind.UNTIL_DATE).item("lifetime").until(sgHeldStart.plusYears(1)).build())
                        .build())
                .build());

        // Meetings
        add(Meeting.builder(sgFirst, sg).start(d(2025, 1, 20)).end(d(2025, 1, 29)).status(MeetingStatus.HELD).place("Geneva").build());
        add(Meeting.builder(sgHeld, sg).start(sgHeldStart).end(sgHeldStart.plusDays(9)).status(MeetingStatus.HELD)
                .mode(MeetingMode.HYBRID).place("Geneva").remoteParticipation(true).build());
        add(Meeting.builder(wpHeld, wp).start(sgHeldStart.plusDays(2)).end(sgHeldStart.plusDays(4)).status(MeetingStatus.HELD)
                .inConjunctionWith(sgHeld).build());
        add(Meeting.builder(sgNext, sg).start(sgNextStart).end(sgNextStart.plusDays(9)).mode(MeetingMode.PHYSICAL).place("Geneva").build());
        add(Meeting.builder(wpNext, wp).start(sgNextStart.plusDays(1)).end(sgNextStart.plusDays(3)).inConjunctionWith(sgNext).build());
        add(Meeting.builder(rgmHeld, rg).start(rgmHeldStart).end(rgmHeldStart.plusDays(4)).status(MeetingStatus.HELD)
                .mode(r.nextBoolean() ? MeetingMode.PHYSICAL : MeetingMode.VIRTUAL).place("Seoul").build());
        add(Meeting.builder(rgmNext, rg).start(d(2026, 4, 13).plusDays(jitter)).end(d(2026, 4, 16).plusDays(jitter))
                .mode(MeetingMode.HYBRID).place("Tokyo").build());
        add(Meeting.builder(jcg1, jcg).start(d(2025, 9, 17).plusDays(jitter)).status(MeetingStatus.HELD).mode(MeetingMode.HYBRID)
                .inConjunctionWith(r.nextBoolean() ? null : sgHeld)
                .announcement(new Announcement(late ? d(2025, 9, 15).plusDays(jitter) : d(2025, 8, 6), "TSB-Circ-JCG" + s, true)).build());
        add(Meeting.builder(jcg2, jcg).start(d(2025, 12, 8).plusDays(jitter)).status(MeetingStatus.HELD).mode(MeetingMode.VIRTUAL)
                .announcement(missing ? null : new Announcement(d(2025, 11, 20), null, r.nextBoolean())).build());
        add(Meeting.builder(jcg3, jcg).start(PartialDate.ofMonth(YearMonth.of(2026, 3))).status(MeetingStatus.TENTATIVE).mode(MeetingMode.VIRTUAL).build());
        add(Meeting.builder(jcaM, jca).start(d(2025, 10, 6).plusDays(jitter)).status(MeetingStatus.HELD).mode(MeetingMode.VIRTUAL).build());
        add(Meeting.builder(fgM, fg).start(sgHeldStart.plusDays(60)).end(sgHeldStart.plusDays(62)).status(MeetingStatus.HELD).build());
        add(Meeting.builder(cgM, cg).start(d(2025, 10, 20).plusDays(jitter)).status(MeetingStatus.HELD).mode(MeetingMode.VIRTUAL).build());

        // Meeting arrangements and participants
        add(MeetingArrangements.builder(sgNext).planned(true).inTimetable(late ? sgNextStart.minusMonths(8) : sgNextStart.minusMonths(14))
                .purpose(MeetingPurpose.REGULAR).directorApproved(true).dependsOn(sgHeld).contributions(20 + jitter)
                .originalLanguageOnly(r.nextBoolean()).build());
        add(MeetingArrangements.builder(rgmNext).agreedAt(wpHeld).confirmationSent(late ? d(2026, 3, 1) : d(2026, 1, 20))
                .noticeTo(NoticeParty.COLLABORATORS, NoticeParty.STUDY_GROUP, NoticeParty.TSB).visaSupport(!missing)
                .onItuPremises(false).facilityCharges(late).chargesAgreedBy(late ? sg : null).hostExtrasMandatory(false).build());
        add(MeetingArrangements.builder(rgmHeld).agreedAt(wpHeld).confirmationSent(rgmHeldStart.minusMonths(late ? 1 : 3))
                .noticeTo(NoticeParty.COLLABORATORS, NoticeParty.TSB).onItuPremises(r.nextBoolean()).build());
        add(ParticipantList.builder("Administration " + k, MemberKind.MEMBER_STATE, sgNext).received(late ? sgNextStart.minusDays(10) : sgNextStart.minusMonths(2)).names(3).build());
        add(ParticipantList.builder("Operator " + k, MemberKind.SECTOR_MEMBER, sgHeld).received(sgHeldStart.minusDays(late ? 5 : 40)).names(2).build());

        // Documents
        String circJcg = "TSB-Circ-JCG" + s, cl = "TSB-CL" + s, clRgm = "TSB-CL-RGM" + s;
        add(Document.builder(circJcg, DocumentKind.TSB_CIRCULAR).role(DocumentRole.ESTABLISHMENT_ANNOUNCEMENT)
                .title("Establishment of " + jcg + " and its first meeting").date(d(2025, 8, 6))
                .concerns(jcg, jcg1).contains(DocumentContent.TERMS_OF_REFERENCE, DocumentContent.DRAFT_AGENDA, DocumentContent.DEADLINE).build());
        add(Document.builder(cl, DocumentKind.COLLECTIVE_LETTER).title("Collective letter for " + sgNext).source(sg)
                .date(sgNextStart.minusMonths(late ? 1 : 3)).posted(sgNextStart.minusMonths(late ? 1 : 3))
                .forMeeting(sgNext).concerns(sgNext).contains(DocumentContent.AGENDA, DocumentContent.DRAFT_WORK_PLAN,
                        DocumentContent.QUESTIONS_LIST, DocumentContent.REGISTRATION_INFO).build());
        add(Document.builder(clRgm, DocumentKind.CONVENING_LETTER).forMeeting(rgmNext).source(rg).concerns(rgmNext)
                .posted(late ? d(2026, 3, 10) : d(2026, 1, 30)).build());
        String mr = sg + "-R1", mrFirst = sg + "-R0";
        add(Document.builder(mr, DocumentKind.REPORT).role(DocumentRole.MEETING_REPORT).title("Report of " + sgHeld).source(sg)
                .date(sgHeldStart.plusDays(20)).posted(sgHeldStart.plusDays(late ? 40 : 22)).covers(sgHeld, wpHeld).build());
        add(ReportDetails.builder(mr).approval(missing ? ReportApproval.NONE : ReportApproval.BY_MEETING).approvedOn(sgHeldStart.plusDays(9))
                .items(ReportItem.ORGANIZATION_OF_WORK, ReportItem.DOCUMENT_REFERENCES, ReportItem.MAIN_RESULTS,
                        ReportItem.RECOMMENDATION_STATUS, ReportItem.FUTURE_WORK, ReportItem.PLANNED_MEETINGS)
                .patentQuestionRecorded(!late).draftsConsidered(true).rapporteurList(true)
                .rapporteurs("Rapporteur " + q1, "Rapporteur " + q2).plannedMeetings(rgmHeld, rgmNext)
                .electronicVersionOn(sgHeldStart.plusDays(20)).build());
        add(Document.builder(mrFirst, DocumentKind.REPORT).role(DocumentRole.MEETING_REPORT).title("Report of " + sgFirst).source(sg)
                .date(d(2025, 2, 10)).posted(d(2025, 2, 12)).covers(sgFirst).build());
        add(ReportDetails.builder(mrFirst).approval(ReportApproval.BY_CHAIR).approvedOn(d(2025, 2, 5)).rapporteurList(true)
                .rapporteurs(late ? List.of("Rapporteur " + q1) : List.of("Rapporteur " + q1, "Rapporteur " + q2, "Rapporteur " + q3, "Rapporteur " + q4))
                .items(ReportItem.ORGANIZATION_OF_WORK, ReportItem.DOCUMENT_REFERENCES, ReportItem.MAIN_RESULTS,
                        ReportItem.RECOMMENDATION_STATUS, ReportItem.FUTURE_WORK, ReportItem.PLANNED_MEETINGS, ReportItem.ENDORSED_LIAISONS)
                .electronicVersionOn(d(2025, 2, 10)).build());
        String rgmReport = rg + "-report";
        add(Document.builder(rgmReport, DocumentKind.TD).role(DocumentRole.RGM_REPORT).title("Rapporteur report " + rgmHeld).source(rg)
                .to(wp).forMeeting(wpNext).covers(rgmHeld).submitted(rgmHeldStart.plusDays(late ? 150 : 30)).posted(rgmHeldStart.plusDays(late ? 152 : 33)).build());
        add(ReportDetails.builder(rgmReport).patentQuestionRecorded(true)
                .items(ReportItem.DATE, ReportItem.VENUE, ReportItem.CHAIR, ReportItem.AGENDA, ReportItem.INPUTS_SUMMARY,
                        missing ? ReportItem.DATE : ReportItem.RESULTS_SUMMARY, ReportItem.LIAISONS_SENT).build());
        String prog = q1 + "-progress";
        add(Document.builder(prog, DocumentKind.TD).role(DocumentRole.PROGRESS_REPORT).title("Progress report of " + q1).source(q1)
                .to(wp).forMeeting(wpNext).submitted(sgNextStart.minusDays(late ? 2 : 20)).posted(sgNextStart.minusDays(late ? 1 : 18)).build());
        add(ReportDetails.builder(prog).items(ReportItem.SUMMARY, ReportItem.CONCLUSIONS, ReportItem.WORK_PLAN_STATUS,
                ReportItem.DRAFT_RECOMMENDATIONS, ReportItem.DRAFT_LIAISONS, ReportItem.CONTRIBUTIONS_SUMMARY,
                ReportItem.OPEN_ISSUES_AND_NEXT_AGENDA, ReportItem.PATENT_QUESTION).build());
        String jcgToSg = jcg + "-report-" + sgHeld, jcgToTsag = jcg + "-report-TSAG-2026-01";
        add(Document.builder(jcgToSg, DocumentKind.TD).role(DocumentRole.CONVENER_REPORT).source(jcg).to(sg).forMeeting(sgNext)
                .submitted(missing ? null : sgNextStart.minusMonths(late ? 0 : 2).minusDays(late ? 3 : 0)).concerns(jcg).covers(jcg1, jcg2).build());
        if (!missing) {
            add(Document.builder(jcgToTsag, DocumentKind.TD).role(DocumentRole.CONVENER_REPORT).source(jcg).to("TSAG").forMeeting("TSAG-2026-01")
                    .submitted(late ? null : d(2026, 1, 10)).concerns(jcg).covers(jcg1, jcg2).build());
        }
        String jcaReport = jca + "-report";
        add(Document.builder(jcaReport, DocumentKind.REPORT).role(DocumentRole.PROGRESS_REPORT).source(jca).to(sg, "TSAG")
                .forMeeting(sgNext).covers(jcaM).date(d(2025, 10, 20).plusDays(late ? 60 : 0)).submitted(d(2025, 10, 20).plusDays(late ? 60 : 0)).build());
        String jcaTd = sg + "-TD-JCA";
        add(Document.builder(jcaTd, DocumentKind.TD).source(sg).to("TSAG").forMeeting("TSAG-2026-01").concerns(jca)
                .date(d(2025, 12, 1)).submitted(d(2025, 12, 1)).posted(d(2025, 12, 3)).build());
        add(new Delivery(jcaTd, List.of(DeliveryRecipient.CHAIR, DeliveryRecipient.MAILING_LIST), d(2025, 12, 1), late ? null : d(2025, 12, 2)));
        String jcaCirc = "TSB-Circ-JCA" + s;
        add(Document.builder(jcaCirc, DocumentKind.TSB_CIRCULAR).role(DocumentRole.ESTABLISHMENT_ANNOUNCEMENT).date(d(2025, 7, 15).plusDays(jitter))
                .concerns(jca).contains(DocumentContent.TERMS_OF_REFERENCE, DocumentContent.CHAIRMAN, DocumentContent.RESPONSIBLE_GROUP).build());
        String fgReport = fg + "-report";
        add(Document.builder(fgReport, DocumentKind.REPORT).role(DocumentRole.PROGRESS_REPORT).source(fg).to(sg).forMeeting(sgNext)
                .covers(fgM).submitted(sgNextStart.minusDays(late ? 1 : 30)).build());
        String fgAnn = fg + "-announcement";
        add(Document.builder(fgAnn, DocumentKind.ANNOUNCEMENT).source(fg).forMeeting(fgM).concerns(fgM).date(sgHeldStart.plusDays(late ? 55 : 20)).build());
        String cgReport = cg + "-report";
        add(Document.builder(cgReport, DocumentKind.TD).role(DocumentRole.CONVENER_REPORT).source(cg).to(sg).forMeeting(sgNext)
                .covers(cgM).submitted(late ? sgNextStart.minusDays(3) : sgNextStart.minusDays(20)).build());

        // Contributions and TDs for the next study-group meeting, with their handling
        for (int i = 1; i <= 4; i++) {
            String c = sg + "-C" + i;
            boolean lateOne = late && i == 1;
            LocalDate sub = sgNextStart.minusDays(lateOne ? 5 : 14 + i);
            add(Document.builder(c, DocumentKind.CONTRIBUTION).title("Contribution " + i).to(sg).forMeeting(sgNext)
                    .concerns(i % 2 == 0 ? q2 : q1).submitted(sub).posted(sub.plusDays(i == 2 && late ? 8 : 2)).build());
            add(DocumentHandling.builder(c).translationRequested(i == 3).sourceAuthorized(i != 4 || !missing).sourceRegistered(true)
                    .containsSoftware(i == 2).softwareFormReceived(i == 2 && !missing ? sub : null)
                    .directorAdmitted(lateOne ? Boolean.FALSE : null).consideredAt(lateOne ? sgNext : null)
                    .considerationDecidedBy(lateOne ? ConsiderationAuthority.CHAIR : null).build());
        }
        String td = sg + "-TD1", tdDraft = sg + "-TD2", tdRe = sg + "-TD3";
        add(Document.builder(td, DocumentKind.TD).role(DocumentRole.CHAIR_REPORT).source(sg).forMeeting(sgNext)
                .submitted(sgNextStart.minusDays(late ? 3 : 10)).posted(sgNextStart.minusDays(late ? 2 : 8)).build());
        add(DocumentHandling.builder(td).exemption(late ? TdExemption.CHAIR_PROPOSAL : null).build());
        add(Document.builder(tdDraft, DocumentKind.TD).role(DocumentRole.DRAFT_RECOMMENDATION).source(rg).to(wp).forMeeting(wpNext)
                .submitted(sgNextStart.minusDays(late ? 20 : 50)).posted(sgNextStart.minusDays(late ? 18 : 48)).concerns(q1).build());
        add(DocumentHandling.builder(tdDraft).draftRecommendations(1).workItem(r.nextBoolean() ? WorkItemKind.NEW : WorkItemKind.REVISION)
                .basedOn(sg + "-C1", sg + "-C3").finalReviewByRapporteur(!late).finalReviewTimeConstrained(late && missing)
                .sentForPublication(sgNextStart.plusDays(30)).build());
        add(Document.builder(tdRe, DocumentKind.TD).source(sg).forMeeting(sgNext).submitted(sgNextStart.minusDays(9)).posted(sgNextStart.minusDays(8)).build());
        add(DocumentHandling.builder(tdRe).reissueOf(td).confidential(missing).confidentialBy(missing ? jcg : null).build());
        String ls = sg + "-LS1";
        add(Document.builder(ls, DocumentKind.LIAISON_STATEMENT).title(late ? "Liaison on work item " + k : "Reply to liaison on work item " + k)
                .source(sg).to("TSAG", jca).date(sgHeldStart.plusDays(9)).concerns(q3).build());
        add(LiaisonDetails.builder(ls).questionsFrom("Q3/" + k).questionsTo("Q1/" + k).preparedAt(sgHeld)
                .approval(late ? LiaisonApproval.RAPPORTEUR : LiaisonApproval.STUDY_GROUP)
                .addressees(new Addressee("TSAG", LiaisonTreatment.ACTION), new Addressee(jca, LiaisonTreatment.INFORMATION))
                .replyBy(missing ? null : d(2025, 12, 1)).contact("Contact " + k).replyTo("an earlier liaison")
                .sentOn(sgHeldStart.plusDays(late ? 30 : 15)).copies(late ? List.of("TSB") : List.of("TSB", sg)).build());

        // Decisions
        add(Decision.builder("TSAG-est" + s, "TSAG", DecisionKind.ESTABLISH).subjects(jcg).date(d(2025, 5, 30)).meeting("TSAG-2025-05").build());
        add(Decision.builder(sg + "-est-fg", sg, DecisionKind.ESTABLISH).subjects(fg).meeting(sgHeld).record(mr).build());
        add(Decision.builder(sg + "-agree-q", sg, DecisionKind.AGREED_FOR_APPROVAL).subjects(q3, q4).meeting(sgHeld).record(mr).build());
        add(Decision.builder("TSAG-adopt" + s, "TSAG", DecisionKind.ADOPT).subjects(q3, q4).meeting("TSAG-2026-01")
                .clause(r.nextInt(5) == 0 ? null : "Res. 1 (2022) 7.3.2").inputFrom(sg).build());
        add(Decision.builder("TSAG-jca" + s, "TSAG", DecisionKind.ENDORSE).subjects(jca).meeting("TSAG-2026-01").build());
        add(Decision.builder(wp + "-adjust", wp, DecisionKind.ADJUST).subjects(rg).date(d(2025, 6, 5).plusDays(jitter))
                .clause(r.nextBoolean() ? "A.1 2.3.3.10" : "A.1 2.3.3.11").meeting(wpHeld).build());
        add(Decision.builder(wp + "-direction", wp, DecisionKind.AGREE_DIRECTION).subjects(rg).meeting(wpHeld).build());

        // Lead designation and JCA proposal
        add(LeadDesignation.builder("LSG" + s, sg, "subject " + k).designatedBy("WTSA").from(d(2024, 10, 24)).build());
        add(JcaProposal.builder("JCA-prop" + s, jca).proposer(sg).path(EstablishmentPath.LEAD_SG)
                .managementConsulted(d(2025, 5, 10)).chairsConsulted(d(2025, 5, 12)).notified(d(2025, 5, 15).plusDays(late ? 30 : 0))
                .notifiedTo(sg, "TSAG").td(jcaTd).torSections(TorSection.SCOPE, TorSection.OBJECTIVES, TorSection.ANTICIPATED_LIFETIME)
                .chairman(late ? null : "JCA Chair " + k).coChairs(late ? List.of("A", "B") : List.of()).substantiveComments(missing)
                .consensus(true).leadDesignation("LSG" + s).broadSubject(false).build());
        add(LeaderDetails.builder(rg, "Associate " + rg, LeaderRole.ASSOCIATE_RAPPORTEUR).endorsed(!missing).endorsedBy(missing ? null : wp)
                .endorsedOn(missing ? null : d(2025, 7, 10)).termsOfReference(wp + "-R1 Annex B").build());

        // Draft Questions and their 7.3.2 consultation
        String circQ = "TSB-Circ-Q" + s, cons = "Cons-Q" + s;
        add(Document.builder(circQ, DocumentKind.TSB_CIRCULAR).role(DocumentRole.CONSULTATION).date(r.nextInt(4) == 0 ? null : d(2026, 2, 3).minusDays(jitter * 3))
                .concerns(q3, q4, "TSAG-2026-01").contains(DocumentContent.DEADLINE)
                .citations(new ClauseReference("Res. 1", "2022", "7.3.2", "paragraph 2")).build());
        for (String q : List.of(q3, q4)) {
            add(QuestionDraft.builder(q + "-draft", q).kind(q.equals(q3) ? QuestionKind.NEW : QuestionKind.REVISED).title("Draft " + q)
                    .origin(QuestionOrigin.CONTRIBUTION).proposal(sg + "-C1")
                    .proposalContent(missing ? List.of(ProposalItem.TITLE, ProposalItem.TEXT) : List.of(ProposalItem.values()))
                    .distributed(sgHeldStart.minusDays(late ? 10 : 40)).meeting(sgHeld).sgOutcome(SgQuestionOutcome.AGREED_FOR_APPROVAL)
                    .sgBasis(DecisionBasis.CONSENSUS)
                    .supporters(new Supporter("Member 1", MemberKind.MEMBER_STATE, List.of(SupportKind.CONTRIBUTIONS, SupportKind.RAPPORTEUR)),
                            new Supporter("Member 2", MemberKind.SECTOR_MEMBER, List.of(SupportKind.EDITOR)))
                    .supportersRecorded(!missing).state(QuestionState.DRAFT).build());
        }
        // Some consultations have closed by the as-of date, others are still open.
        LocalDate deadline = r.nextBoolean() ? d(2026, 2, 10) : d(2026, 4, 3);
        add(Consultation.builder(cons, ConsultationProcedure.QUESTION_RES1_2022_7_3_2).circular(circQ)
                .deadline(deadline.atTime(23, 59).toInstant(ZoneOffset.UTC)).subjects(q3, q4).build());
        int replies = 24 + r.nextInt(12);
        for (int i = 0; i < replies; i++) {
            int ms = (k * 7 + i) % MEMBER_STATES;
            Reply.Builder rb = Reply.builder(cons + "-R" + i, cons, "Administration of MS-" + ms, i % 17 == 16 ? MemberKind.SECTOR_MEMBER : MemberKind.MEMBER_STATE)
                    .memberState(i % 17 == 16 ? null : "MS-" + (i % 13 == 12 ? (ms + 1) % MEMBER_STATES : ms))
                    .receivedAt(i % 19 == 18 ? null : at(d(2026, 1, 5).plusDays((i * 3L + jitter) % 40), 9 + i % 8))
                    .position(q3, pick(r, 8)).position(q4, pick(r, 6));
            if (r.nextInt(5) == 0) {
                rb.reasonsAttached(true).comments("comment " + i);
            }
            add(rb.build());
        }
        if (deadline.isBefore(AS_OF)) {
            add(ConsultationResult.builder(cons + "-result", cons).document(circQ).date(deadline.plusDays(3))
                    .outcome(q3, ResultState.APPROVED).outcome(q4, r.nextBoolean() ? ResultState.APPROVED : ResultState.REFERRED_BACK).build());
        }

        // Recommendations: one by AAP, one by TAP with its consultation
        String aap = "X.aap" + s, tap = "D.tap" + s, tapCons = "TAP" + s, aapLc = "TSB-AAP" + s;
        add(Document.builder(aapLc, DocumentKind.ANNOUNCEMENT).role(DocumentRole.CONSULTATION).date(sgHeldStart.plusDays(20)).concerns(aap).build());
        add(DraftRecommendation.builder(aap).title("Draft X.aap " + k).question(q1).studyGroup(sg).process(ApprovalProcess.AAP)
                .consent(new ApprovalStep(sgHeld, sgHeldStart.plusDays(9))).summary(!missing).finalText(sgHeldStart.plusDays(late ? 40 : 12))
                .lastCall(new ReviewWindow(sgHeldStart.plusDays(20), null, aapLc, missing ? StageOutcome.COMMENT_RESOLUTION : StageOutcome.APPROVED))
                .comments(missing ? List.of(new ReviewComment(ReviewStage.LAST_CALL, CommentKind.SUBSTANTIVE, "Member 3", sgHeldStart.plusDays(30))) : List.of())
                .result(new ResultNotice(null, sgHeldStart.plusDays(late ? 70 : 55), missing ? null : ResultState.APPROVED))
                .previous(late ? new PreviousApproval(sgHeldStart.minusMonths(5), ChangeKind.ERROR_FIX) : null)
                .build());
        add(DraftRecommendation.builder(tap).title("Draft D.tap " + k).question(q2).studyGroup(sg).process(ApprovalProcess.TAP)
                .topics(RecommendationTopic.TARIFF).determination(new ApprovalStep(sgHeld, sgHeldStart.plusDays(9)))
                .summary(true).finalText(sgNextStart.minusMonths(late ? 1 : 4)).approvalMeeting(sgNext)
                .announcement(new ApprovalAnnouncement(cl, sgNextStart.minusMonths(late ? 1 : 3), true))
                .translations(sgNextStart.minusMonths(late ? 0 : 2)).commentsDocument(missing ? null : td)
                .build());
        add(Consultation.builder(tapCons, ConsultationProcedure.TAP_RES1_2016_9_4).meeting(sgNext).opened(sgNextStart.minusMonths(3)).subjects(tap).build());
        for (int i = 0; i < 4; i++) {
            add(Reply.builder(tapCons + "-R" + i, tapCons, "Administration of MS-" + i, MemberKind.MEMBER_STATE)
                    .receivedAt(at(AS_OF.minusDays(10 - i), 10)).position(tap, i == 3 ? Position.NOT_SUPPORT : Position.SUPPORT).build());
        }

        history(k, r, sg, wp, cg, jca, jcg, late, missing);

        // Closed world for some groups
        if (r.nextBoolean()) {
            add(new Inventory(jcg, List.of(DocumentKind.TD, DocumentKind.REPORT, DocumentKind.ANNOUNCEMENT), d(2025, 5, 30), AS_OF));
        }
        if (r.nextBoolean()) {
            add(new Inventory(sg, List.of(DocumentKind.REPORT, DocumentKind.TD, DocumentKind.LIAISON_STATEMENT), d(2025, 1, 1), AS_OF));
        }
    }

    /**
     * The sector's acts under the texts in force before March 2022 (Res. 1 (2016) sections 7 and 9, A.8),
     * and the ends of groups: approvals of Questions by the study group, a 7.2.3 consultation, a deletion,
     * AAP and TAP decisions with more time asked, deletions, an extension and a closure.
     */
    private void history(int k, Random r, String sg, String wp, String cg, String jca, String jcg, boolean late, boolean missing) {
        String s = "-" + k;
        String m1 = sg + "-2021-03", m2 = sg + "-2021-09";
        add(Meeting.builder(m1, sg).start(d(2021, 3, 8)).end(d(2021, 3, 17)).status(MeetingStatus.HELD).build());
        add(Meeting.builder(m2, sg).start(d(2021, 9, 13)).end(d(2021, 9, 22)).status(MeetingStatus.HELD).build());
        add(MeetingArrangements.builder(wp + "-2021-06").cancellation(new Cancellation(d(2021, 5, 1),
                late ? CancellationAuthority.CHAIR : CancellationAuthority.DIRECTOR, !missing, null)).build());
        add(Meeting.builder(wp + "-2021-06", wp).start(d(2021, 6, 14)).end(d(2021, 6, 16)).status(MeetingStatus.CANCELLED).build());
        String q5 = "Q5" + s, q6 = "Q6" + s, q7 = "Q7" + s;
        for (String q : List.of(q5, q6, q7)) {
            add(Group.builder(q, GroupKind.QUESTION).parent(sg)
                    .leaders(Leader.builder("Rapporteur " + q, LeaderRole.RAPPORTEUR).appointedBy(sg).appointedOn(d(2021, 3, 17)).build()).build());
        }
        add(Decision.builder("WTSA-adopt" + s, "WTSA", DecisionKind.APPROVE).subjects(q5, q6).date(d(2024, 10, 24)).meeting("WTSA-24").build());
        String circ = "TSB-Circ-Q5" + s;
        add(Document.builder(circ, DocumentKind.TSB_CIRCULAR).date(d(2021, late ? 6 : 4, 1)).concerns(q5).build());
        add(QuestionDraft.builder(q5 + "-2021", q5).kind(QuestionKind.NEW).meeting(m1).sgOutcome(SgQuestionOutcome.APPROVED)
                .sgBasis(missing ? DecisionBasis.NO_CONSENSUS : DecisionBasis.CONSENSUS).origin(QuestionOrigin.SG_MEETING)
                .supporters(supporters(late ? 3 : 4)).supportersRecorded(true).announcedBy(circ).state(QuestionState.APPROVED).build());
        String cons = "Cons-Q6" + s, circ6 = "TSB-Circ-Q6" + s;
        add(Document.builder(circ6, DocumentKind.TSB_CIRCULAR).role(DocumentRole.CONSULTATION).date(d(2021, 4, 1)).concerns(q6).build());
        add(QuestionDraft.builder(q6 + "-2021", q6).kind(QuestionKind.REVISED).meeting(m1).sgOutcome(SgQuestionOutcome.CONSULTATION_REQUESTED)
                .sgBasis(DecisionBasis.NO_CONSENSUS).supporters(supporters(4)).state(QuestionState.DRAFT).build());
        add(Decision.builder("TSAG-mod" + s, "TSAG", DecisionKind.RECOMMEND_MODIFICATION).subjects(q6).meeting("TSAG-2021-01").build());
        add(Consultation.builder(cons, ConsultationProcedure.QUESTION_RES1_2016_7_2_3).circular(circ6).opened(d(2021, 4, 1))
                .deadline(at(d(2021, late ? 5 : 6, 1), 23)).subjects(q6).build());
        replies(cons, q6, 8 + r.nextInt(6), d(2021, 4, 10), r);
        add(ConsultationResult.builder(cons + "-result", cons).document("TSB-Circ-Q6-result" + s).date(d(2021, 6, 20)).outcome(q6, ResultState.APPROVED).build());
        add(Document.builder("TSB-Circ-Q6-result" + s, DocumentKind.TSB_CIRCULAR).date(d(2021, 6, 20)).concerns(q6).build());
        String del = "Cons-Q7" + s, circ7 = "TSB-Circ-Q7" + s;
        add(Document.builder(circ7, DocumentKind.TSB_CIRCULAR).role(DocumentRole.CONSULTATION).date(d(2021, 10, 1)).concerns(q7).build());
        add(QuestionDraft.builder(q7 + "-deletion", q7).meeting(m2).sgOutcome(SgQuestionOutcome.DELETION_AGREED)
                .sgBasis(late ? DecisionBasis.NO_CONSENSUS : DecisionBasis.CONSENSUS).state(QuestionState.DRAFT).build());
        add(Consultation.builder(del, ConsultationProcedure.QUESTION_DELETION_RES1_2016_7_4_1).circular(circ7).opened(d(2021, 10, 1))
                .deadline(at(d(2021, 12, 1), 23)).subjects(q7).build());
        replies(del, q7, 5 + r.nextInt(4), d(2021, 10, 10), r);

        // Recommendations decided at the 2021 meetings
        String lc = "TSB-LC" + s, ar = "TSB-AR" + s;
        add(Document.builder(lc, DocumentKind.ANNOUNCEMENT).date(d(2021, 4, 1)).build());
        add(Document.builder(ar, DocumentKind.ANNOUNCEMENT).date(d(2021, 5, 10)).build());
        add(DraftRecommendation.builder("Y.aap" + s).question(q5).studyGroup(sg).process(ApprovalProcess.AAP)
                .consent(new ApprovalStep(m1, d(2021, 3, 17))).summary(true).finalText(d(2021, 3, 25))
                .lastCall(new ReviewWindow(d(2021, 4, 1), d(2021, 4, late ? 20 : 29), lc, StageOutcome.COMMENT_RESOLUTION))
                .revisedText(d(2021, 5, 5))
                .additionalReview(new ReviewWindow(d(2021, 5, 10), d(2021, 5, 31), ar, missing ? StageOutcome.COMMENT_RESOLUTION : StageOutcome.SG_MEETING))
                .comments(new ReviewComment(ReviewStage.LAST_CALL, CommentKind.SUBSTANTIVE, "MS-3", d(2021, 4, 20)),
                        new ReviewComment(ReviewStage.ADDITIONAL_REVIEW, CommentKind.SUBSTANTIVE, "MS-4", d(2021, 5, 20)))
                .approvalMeeting(m2).announcement(new ApprovalAnnouncement(null, d(2021, 6, 1), true))
                .decision(MeetingDecision.builder().date(d(2021, 9, 22)).recorded(late ? ResultState.NOT_APPROVED : ResultState.APPROVED)
                        .opposing(late ? List.of("MS-7") : List.of()).opposingOthers("Operator 2").policyDeclaration(false)
                        .moreTime(late ? new MoreTime(List.of("MS-7"), d(2021, 9, 20), List.of()) : null).build())
                .result(new ResultNotice(null, d(2021, 10, late ? 20 : 1), late ? ResultState.NOT_APPROVED : ResultState.APPROVED))
                .build());
        add(DraftRecommendation.builder("Z.aap" + s).studyGroup(sg).process(ApprovalProcess.AAP)
                .deletion(RecommendationDeletion.builder().meeting(m1).unopposed(!late).circular("TSB-Circ-Q5" + s).circularOn(d(2021, 4, 1))
                        .objections(late ? List.of(new Objection("MS-9", MemberKind.MEMBER_STATE, d(2021, 5, 1))) : List.of())
                        .result(new ResultNotice(null, d(2021, late ? 8 : 7, 10), ResultState.DELETED)).build())
                .build());
        String tap = "T.tap" + s, tapCons = "TAP-2021" + s, tapCl = "TSB-CL-2021" + s, tapTd = sg + "-TD-2021";
        add(Document.builder(tapCl, DocumentKind.COLLECTIVE_LETTER).source(sg).forMeeting(m2).date(d(2021, 6, 10)).build());
        add(Document.builder(tapTd, DocumentKind.TD).source(sg).forMeeting(m2).concerns(tap).submitted(d(2021, 9, 10)).build());
        add(DraftRecommendation.builder(tap).question(q6).studyGroup(sg).process(ApprovalProcess.TAP).topics(RecommendationTopic.CHARGING)
                .category(late ? RecommendationCategory.FOR_ASSEMBLY : RecommendationCategory.ADMINISTRATIVE_ITU_T_WIDE)
                .selection(SelectionChange.builder().date(d(2021, 3, 16)).meeting(m1).basis(DecisionBasis.CONSENSUS).written(true)
                        .reasons(true).seconded(!missing).build())
                .determination(new ApprovalStep(m1, d(2021, 3, 17))).summary(true).finalText(d(2021, 5, 1))
                .approvalMeeting(m2).announcement(new ApprovalAnnouncement(tapCl, d(2021, 6, 10), true)).translations(d(2021, late ? 9 : 7, 1))
                .commentsDocument(tapTd).previous(new PreviousApproval(d(2019, 5, 1), late ? ChangeKind.SUBSTANTIVE : ChangeKind.ERROR_FIX))
                .decision(MeetingDecision.builder().date(d(2021, 9, 22)).recorded(ResultState.APPROVED)
                        .opposing(late ? List.of("MS-5") : List.of()).abstaining("MS-6")
                        .moreTime(missing ? new MoreTime(List.of("MS-8"), d(2021, 9, 21), List.of()) : null).build())
                .result(new ResultNotice(null, d(2021, 10, late ? 30 : 5), ResultState.APPROVED))
                .deletion(r.nextBoolean() ? null : RecommendationDeletion.builder().meeting(m2).unopposed(true).build())
                .build());
        add(Consultation.builder(tapCons, ConsultationProcedure.TAP_RES1_2016_9_4).meeting(m2).opened(d(2021, 6, 10)).subjects(tap).build());
        replies(tapCons, tap, 3 + r.nextInt(3), d(2021, 7, 1), r);

        // WTSA and TSAG inputs
        String wc = sg + "-WTSA-C1";
        add(Document.builder(wc, DocumentKind.CONTRIBUTION).source(sg).forMeeting("WTSA-24").submitted(d(2024, 9, late ? 25 : 10)).build());
        String tsagTd = sg + "-TSAG-TD";
        add(Document.builder(tsagTd, DocumentKind.TD).source(sg).forMeeting("TSAG-2026-01").submitted(d(2026, 1, 27)).posted(d(2026, 1, 27)).build());
        add(DocumentHandling.builder(tsagTd).exemption(TdExemption.TSAG_IN_SESSION_PROPOSAL).chairAccepted(!missing).build());

        // Ends and extensions of groups
        add(Decision.builder(jcg + "-extend", "TSAG", DecisionKind.EXTEND).subjects(jcg).meeting("TSAG-2026-01").build());
        add(Decision.builder(cg + "-close", sg, DecisionKind.CLOSE).subjects(cg).date(d(2025, 12, 15)).build());
        add(Meeting.builder(cg + "-2026-01", cg).start(d(2026, 1, 20)).status(MeetingStatus.HELD).mode(MeetingMode.VIRTUAL).build());
        String oldJca = jca + "-old";
        add(Group.builder(oldJca, GroupKind.JCA).parent(sg).associated(sg)
                .established(Establishment.builder().on(d(2023, 3, 10)).by(sg).meeting(m1).path(EstablishmentPath.LEAD_SG).build())
                .leaders(Leader.builder("Old JCA Chair " + k, LeaderRole.CO_CHAIR).build()).build());
        add(JcaProposal.builder(oldJca + "-prop", oldJca).proposer(sg).notified(d(2023, 2, 1)).notifiedTo(sg, "TSAG").consensus(!late)
                .torSections(TorSection.SCOPE).chairman("Old JCA Chair " + k).build());
        add(Meeting.builder(oldJca + "-2025-09", oldJca).start(d(2025, 9, 1)).mode(late ? MeetingMode.PHYSICAL : MeetingMode.HYBRID)
                .place("Geneva").status(MeetingStatus.HELD).build());
        add(Meeting.builder(oldJca + "-2021-09", oldJca).start(d(2021, 9, 14)).mode(MeetingMode.PHYSICAL).inConjunctionWith(m2)
                .place("Geneva").status(MeetingStatus.HELD).build());
        add(Document.builder(sg + "-CL-2021-09", DocumentKind.COLLECTIVE_LETTER).source(sg).forMeeting(m2).date(d(2021, 6, 1))
                .concerns(late ? List.of(m2) : List.of(m2, oldJca + "-2021-09")).build());

        // A late contribution held over, a reissue, a recent-event report, a liaison approved between meetings
        String lateC = sg + "-C-2021", extract = sg + "-R-2021-extract", rer = sg + "-TD-2021-RER", ls = sg + "-LS-2021";
        add(Document.builder(lateC, DocumentKind.CONTRIBUTION).to(sg).forMeeting(m1).submitted(d(2021, 3, 4)).build());
        add(DocumentHandling.builder(lateC).heldFor(missing ? null : late ? m1 : m2).build());
        add(Document.builder(extract, DocumentKind.TD).role(late ? DocumentRole.REPORT_EXTRACT : DocumentRole.OTHER).source(sg).date(d(2021, 3, 20)).build());
        add(Document.builder(sg + "-C-2021-re", DocumentKind.CONTRIBUTION).to(sg).forMeeting(m2).submitted(d(2021, 8, 20)).build());
        add(DocumentHandling.builder(sg + "-C-2021-re").reissueOf(extract).build());
        add(Document.builder(rer, DocumentKind.TD).role(DocumentRole.EVENT_REPORT).source(sg).forMeeting(m2).submitted(d(2021, 9, 8))
                .posted(d(2021, 9, late ? 12 : 9)).build());
        add(DocumentHandling.builder(rer).exemption(TdExemption.RECENT_EVENT_REPORT).eventEnd(d(2021, 9, 6))
                .discussedOn(d(2021, 9, late ? 12 : 15)).build());
        add(Document.builder(ls, DocumentKind.LIAISON_STATEMENT).title("Liaison on item " + k).source(sg).to("TSAG").date(d(2021, 11, 2)).build());
        add(LiaisonDetails.builder(ls).betweenMeetings(true).approval(late ? LiaisonApproval.WP_CHAIR : LiaisonApproval.SG_CHAIR)
                .managementConsulted(!missing).addressees(new Addressee("TSAG", LiaisonTreatment.INFORMATION)).contact("Contact " + k)
                .sentOn(d(2021, 11, 3)).copies("TSB", sg).build());
        if (!late) {
            add(Decision.builder(oldJca + "-continue", "TSAG", DecisionKind.CONTINUE).subjects(oldJca).meeting("TSAG-2025-05").build());
        } else {
            add(Decision.builder(oldJca + "-end", sg, DecisionKind.TERMINATE).subjects(oldJca).date(d(2025, 6, 30)).build());
        }
    }

    private static List<Supporter> supporters(int n) {
        List<Supporter> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(new Supporter("Member " + i, i % 2 == 0 ? MemberKind.MEMBER_STATE : MemberKind.SECTOR_MEMBER,
                    List.of(i == 0 ? SupportKind.RAPPORTEUR : SupportKind.CONTRIBUTIONS)));
        }
        return l;
    }

    private void replies(String consultation, String subject, int n, LocalDate from, Random r) {
        for (int i = 0; i < n; i++) {
            add(Reply.builder(consultation + "-R" + i, consultation, "Administration of MS-" + i, MemberKind.MEMBER_STATE)
                    .memberState("MS-" + i).receivedAt(at(from.plusDays(i * 2L), 10))
                    .position(subject, r.nextInt(4) == 0 ? Position.NOT_SUPPORT : r.nextInt(6) == 0 ? Position.ABSTAIN : Position.SUPPORT).build());
        }
    }

    private static Position pick(Random r, int supportWeight) {
        int x = r.nextInt(supportWeight + 4);
        return x < supportWeight ? Position.SUPPORT : x == supportWeight ? Position.NOT_SUPPORT
                : x == supportWeight + 1 ? Position.NONE : x == supportWeight + 2 ? Position.ABSTAIN : Position.NOT_SUPPORT;
    }
}
