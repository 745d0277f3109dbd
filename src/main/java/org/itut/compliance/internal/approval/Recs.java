package org.itut.compliance.internal.approval;

import java.time.LocalDate;
import java.util.Collection;

import org.itut.compliance.facts.ApprovalStep;
import org.itut.compliance.facts.DraftRecommendation;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.StageOutcome;
import org.itut.compliance.internal.FactIndex;

/** Dates and lookups the Recommendation rules share; given the {@link FactIndex}'s lists, a lookup by id is a hash lookup. */
public final class Recs {
    private Recs() {
    }

    /** The meeting {@code id} among {@code meetings}, or {@code null}. */
    public static Meeting meeting(Collection<?> meetings, String id) {
        if (id == null) {
            return null;
        }
        if (meetings instanceof FactIndex.ById<?> ix) {
            return (Meeting) ix.byId(id);
        }
        for (Object o : meetings) {
            Meeting m = (Meeting) o;
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    /** The kind of the group {@code id} among {@code groups}, or {@code null}. */
    public static GroupKind kind(Collection<?> groups, String id) {
        if (groups instanceof FactIndex.ById<?> ix) {
            Group g = (Group) ix.byId(id);
            return g == null ? null : g.kind();
        }
        for (Object o : groups) {
            Group g = (Group) o;
            if (g.id().equals(id)) {
                return g.kind();
            }
        }
        return null;
    }

    /** The first day of {@code m} when known to the day, else {@code null}. */
    public static LocalDate start(Meeting m) {
        return m != null && m.start().isExact() ? m.start().exact() : null;
    }

    /** The last day of {@code m} when known to the day, else {@code null}. */
    public static LocalDate end(Meeting m) {
        return m != null && m.end().isExact() ? m.end().exact() : null;
    }

    /** The date of a consent or determination: its own, else its meeting's last day; {@code null} if unknown. */
    public static LocalDate date(ApprovalStep s, Collection<?> meetings) {
        if (s == null) {
            return null;
        }
        return s.date() != null ? s.date() : end(meeting(meetings, s.meeting()));
    }

    /** The consent (AAP) or determination (TAP) of {@code r}, whichever it has. */
    public static ApprovalStep step(DraftRecommendation r) {
        return r.consent() != null ? r.consent() : r.determination();
    }

    /** The last day of the Last Call: as recorded, else four weeks after its start. */
    public static LocalDate lastCallEnd(DraftRecommendation r, java.time.Period length) {
        if (r.lastCall() == null) {
            return null;
        }
        return r.lastCall().end() != null ? r.lastCall().end() : r.lastCall().start() == null ? null : r.lastCall().start().plus(length);
    }

    /**
     * The date of the approval being judged: the decision at the approval meeting, else the meeting's
     * last day, else the end of an Additional Review or Last Call that approved it, else the result circular.
     */
    public static LocalDate approvalDate(DraftRecommendation r, Collection<?> meetings) {
        if (r.decision() != null && r.decision().date() != null) {
            return r.decision().date();
        }
        LocalDate m = end(meeting(meetings, r.approvalMeeting()));
        if (m != null) {
            return m;
        }
        if (r.additionalReview() != null && r.additionalReview().outcome() == StageOutcome.APPROVED && r.additionalReview().end() != null) {
            return r.additionalReview().end();
        }
        if (r.lastCall() != null && r.lastCall().outcome() == StageOutcome.APPROVED && r.lastCall().end() != null) {
            return r.lastCall().end();
        }
        return r.result() == null ? null : r.result().date();
    }
}
