package org.itut.compliance.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every kind of fact, in the fixed order {@link Submission#all()} follows: the core facts, then those
 * of the rule areas (approvals, duties, meetings and documents). Each entry declares, once, the ids its
 * record names and of which kinds they must be, and, for a kind files write inside its owner (a
 * meeting's arrangements), that the owner has one; {@link SubmissionValidator} checks them for facts
 * read from files and for facts built in code alike.
 *
 * <p>A new kind of fact is its record, its entry here and its binding in {@code io.FactReader}.
 */
final class FactTypes {
    private FactTypes() {
    }

    static final List<FactType<?>> ALL = List.of(
            FactType.identified(Group.class, "groups", "group", Group::id, (g, r) -> r
                    .ref("parent", g.parent(), Group.class)
                    .refs("associated", g.associated(), Group.class)
                    .in("established", g.established(), FactTypes::establishment)
                    .in("closed", g.closed(), FactTypes::establishment)
                    .each("leaders", g.leaders(), (l, lr) -> lr
                            .ref("nominatedBy", l.nominatedBy(), Group.class)
                            .ref("appointedBy", l.appointedBy(), Group.class))
                    .in("termsOfReference", g.termsOfReference(), (t, tr) -> tr
                            .ref("approvedBy", t.approvedBy(), Group.class)
                            .ref("parent", t.parent(), Group.class)
                            .each("leadership", t.leadership(), (l, lr) -> lr.refs("nominatedBy", l.nominatedBy(), Group.class))
                            .each("duties", t.duties(), (d, dr) -> dr.refs("to", d.to(), Group.class))
                            .in("lifetime", t.lifetime(), (l, lr) -> lr
                                    .ref("decidedBy", l.decidedBy(), Group.class)
                                    .ref("extensionBy", l.extensionBy(), Group.class)
                                    .refs("extensionInputFrom", l.extensionInputFrom(), Group.class)))),
            FactType.identified(Meeting.class, "meetings", "meeting", Meeting::id, (m, r) -> r
                    .ref("group", m.group(), Group.class)
                    .ref("inConjunctionWith", m.inConjunctionWith(), Meeting.class)
                    .in("announcement", m.announcement(), (a, ar) -> ar.ref("document", a.document(), Document.class))),
            FactType.identified(Document.class, "documents", "document", Document::id, (d, r) -> r
                    .ref("source", d.source(), Group.class)
                    .refs("to", d.to(), Group.class)
                    .ref("forMeeting", d.forMeeting(), Meeting.class)
                    .refs("concerns", d.concerns())
                    .refs("covers", d.covers(), Meeting.class)
                    .ref("supersedes", d.supersedes(), Document.class)),
            FactType.identified(Decision.class, "decisions", "decision", Decision::id, (d, r) -> r
                    .ref("body", d.body(), Group.class)
                    .refs("subjects", d.subjects())
                    .ref("meeting", d.meeting(), Meeting.class)
                    .ref("record", d.record(), Document.class)
                    .refs("inputFrom", d.inputFrom(), Group.class)),
            FactType.identified(Consultation.class, "consultations", "consultation", Consultation::id, (c, r) -> r
                    .ref("circular", c.circular(), Document.class)
                    .refs("subjects", c.subjects())
                    .ref("meeting", c.meeting(), Meeting.class)),
            FactType.identified(Reply.class, "replies", "reply", Reply::id, (x, r) -> r
                    .ref("consultation", x.consultation(), Consultation.class)
                    .subjects("positions", x.positions().keySet(), x.consultation())),
            FactType.attached(Inventory.class, "inventories", i -> "inventory of " + i.source(), (i, r) -> r
                    .ref("source", i.source(), Group.class)),
            // Annotations of the core facts (docs/facts-format.md): in files, the keys context and inferred of a fact.
            FactType.attached(ContextMark.class, "context", c -> "context mark of " + c.fact(), (c, r) -> r
                    .ref("fact", c.fact(), Group.class, Meeting.class, Document.class, Decision.class, Consultation.class,
                            QuestionDraft.class)),
            FactType.attached(Inference.class, "inferred", i -> "inference " + i.fact() + " " + i.key(), (i, r) -> r
                    .ref("fact", i.fact())),
            FactType.identified(Disagreement.class, "disagreements", "disagreement", Disagreement::id, (d, r) -> r
                    .refs("about", d.about())
                    .each("statements", d.statements(), (s, sr) -> sr.ref("source", s.source(), Document.class))),
            // Approvals (docs/facts-approvals.md)
            FactType.identified(QuestionDraft.class, "questions", "draft question", QuestionDraft::id, (q, r) -> r
                    .ref("question", q.question(), Group.class)
                    .refs("merges", q.merges(), Group.class)
                    .ref("proposal", q.proposal(), Document.class)
                    .ref("meeting", q.meeting(), Meeting.class)
                    .ref("announcedBy", q.announcedBy(), Document.class)),
            FactType.identified(DraftRecommendation.class, "recommendations", "recommendation", DraftRecommendation::id, (d, r) -> r
                    .ref("question", d.question(), Group.class)
                    .ref("studyGroup", d.studyGroup(), Group.class)
                    .in("selection", d.selection(), (s, sr) -> sr.ref("meeting", s.meeting(), Meeting.class))
                    .in("consent", d.consent(), (s, sr) -> sr.ref("meeting", s.meeting(), Meeting.class))
                    .in("determination", d.determination(), (s, sr) -> sr.ref("meeting", s.meeting(), Meeting.class))
                    .in("lastCall", d.lastCall(), (w, wr) -> wr.ref("announcement", w.announcement(), Document.class))
                    .in("additionalReview", d.additionalReview(), (w, wr) -> wr.ref("announcement", w.announcement(), Document.class))
                    .ref("approvalMeeting", d.approvalMeeting(), Meeting.class)
                    .in("announcement", d.announcement(), (a, ar) -> ar.ref("document", a.document(), Document.class))
                    .ref("commentsDocument", d.commentsDocument(), Document.class)
                    .in("result", d.result(), (n, nr) -> nr.ref("document", n.document(), Document.class))
                    .in("deletion", d.deletion(), (x, xr) -> xr
                            .ref("meeting", x.meeting(), Meeting.class)
                            .ref("circular", x.circular(), Document.class)
                            .in("result", x.result(), (n, nr) -> nr.ref("document", n.document(), Document.class)))),
            FactType.identified(ConsultationResult.class, "consultationResults", "consultation result", ConsultationResult::id, (c, r) -> r
                    .ref("consultation", c.consultation(), Consultation.class)
                    .ref("document", c.document(), Document.class)
                    .subjects("outcomes", c.outcomes().keySet(), c.consultation())
                    .ref("commentsForwarded", c.commentsForwarded(), Document.class)),
            // Duties (docs/facts-duties.md)
            FactType.identified(JcaProposal.class, "jcaProposals", "JCA proposal", JcaProposal::id, (p, r) -> r
                    .ref("jca", p.jca(), Group.class)
                    .ref("proposer", p.proposer(), Group.class)
                    .refs("notifiedTo", p.notifiedTo(), Group.class)
                    .ref("td", p.td(), Document.class)
                    .ref("leadDesignation", p.leadDesignation(), LeadDesignation.class)),
            FactType.identified(LeadDesignation.class, "leadDesignations", "lead designation", LeadDesignation::id, (d, r) -> r
                    .ref("sg", d.sg(), Group.class)
                    .ref("designatedBy", d.designatedBy(), Group.class)),
            FactType.attached(Delivery.class, "deliveries", d -> "delivery of " + d.document(), (d, r) -> r
                    .ref("document", d.document(), Document.class)),
            // Meetings and documents (docs/facts-meetings.md); in files, the key of a meeting, document or leader.
            FactType.attached(MeetingArrangements.class, "arrangements", a -> "arrangements of " + a.meeting(), (a, r) -> r
                    .ref("meeting", a.meeting(), Meeting.class)
                    .ref("dependsOn", a.dependsOn(), Meeting.class)
                    .in("cancellation", a.cancellation(), (c, cr) -> cr.ref("document", c.document(), Document.class))
                    .ref("agreedAt", a.agreedAt(), Meeting.class)
                    .ref("chargesAgreedBy", a.chargesAgreedBy(), Group.class))
                    .onePer("meeting", MeetingArrangements::meeting),
            FactType.attached(DocumentHandling.class, "handling", h -> "handling of " + h.document(), (h, r) -> r
                    .ref("document", h.document(), Document.class)
                    .ref("consideredAt", h.consideredAt(), Meeting.class)
                    .ref("heldFor", h.heldFor(), Meeting.class)
                    .ref("reissueOf", h.reissueOf(), Document.class)
                    .refs("basedOn", h.basedOn(), Document.class)
                    .ref("confidentialBy", h.confidentialBy(), Group.class))
                    .onePer("document", DocumentHandling::document),
            FactType.attached(LiaisonDetails.class, "liaisons", l -> "liaison " + l.document(), (l, r) -> r
                    .ref("document", l.document(), Document.class)
                    .ref("preparedAt", l.preparedAt(), Meeting.class))
                    .onePer("document", LiaisonDetails::document),
            FactType.attached(ReportDetails.class, "reportDetails", d -> "report " + d.document(), (d, r) -> r
                    .ref("document", d.document(), Document.class)
                    .refs("plannedMeetings", d.plannedMeetings(), Meeting.class)
                    .refs("annexes", d.annexes(), Document.class))
                    .onePer("document", ReportDetails::document),
            FactType.attached(ParticipantList.class, "participantLists", p -> p.entity() + " at " + p.meeting(), (p, r) -> r
                    .ref("meeting", p.meeting(), Meeting.class)),
            FactType.attached(LeaderDetails.class, "leaderDetails", d -> d.person() + " in " + d.group(), (d, r) -> r
                    .ref("group", d.group(), Group.class)
                    .ref("endorsedBy", d.endorsedBy(), Group.class)));

    private static final Map<Class<?>, FactType<?>> BY_CLASS = ALL.stream()
            .collect(Collectors.toMap(t -> t.type, t -> t, (a, b) -> a, LinkedHashMap::new));

    private static void establishment(Establishment e, References r) {
        r.ref("by", e.by(), Group.class)
                .ref("decision", e.decision(), Decision.class, Document.class)
                .ref("meeting", e.meeting(), Meeting.class);
    }

    /** The type of {@code fact}'s class. */
    @SuppressWarnings("unchecked")
    static <T> FactType<T> of(Class<T> type) {
        FactType<?> t = BY_CLASS.get(type);
        if (t == null) {
            throw new IllegalArgumentException(type.getName() + " is not a kind of fact; the kinds are "
                    + ALL.stream().map(x -> x.type.getSimpleName()).collect(Collectors.joining(", ")));
        }
        return (FactType<T>) t;
    }

    static FactType<?> ofFact(Object fact) {
        return of(fact.getClass());
    }
}
