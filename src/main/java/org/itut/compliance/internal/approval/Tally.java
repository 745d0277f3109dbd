package org.itut.compliance.internal.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.itut.compliance.facts.Position;

/**
 * The replies of one consultation on one subject, as of the evaluation date: which were counted,
 * which were left out and why. Counts are exact integers.
 *
 * @param consultation   the consultation's id
 * @param subject        the Question or Recommendation
 * @param counting       which replies the procedure counts
 * @param counted        the replies counted, one per Member State
 * @param excluded       the replies left out, each with its reason
 * @param notYetReceived replies received after the as-of date (ignored)
 */
public record Tally(String consultation, String subject, Counting counting, List<Line> counted, List<Line> excluded,
                    int notYetReceived) {

    /** Why a reply was left out of the count. */
    public enum Reason {
        NOT_MEMBER_STATE("not a Member State"),
        RECEIPT_UNKNOWN("receipt time unknown"),
        LATE("late"),
        SUPERSEDED("superseded by a later reply of the same Member State"),
        BLANK("blank for this subject"),
        UNCLEAR("unclear (both boxes ticked or unreadable)"),
        ABSTENTION("explicit abstention, neither support nor non-support");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * One reply as it bears on the subject.
     *
     * @param reply       the reply's id
     * @param from        the replying entity
     * @param memberState the Member State it speaks for, or {@code null}
     * @param position    its position on the subject
     * @param receivedAt  when TSB received it, or {@code null}
     * @param reason      why it was left out, or {@code null} when counted
     * @param detail      the particulars of the reason (how late, superseded by which reply), or empty
     */
    public record Line(String reply, String from, String memberState, Position position, Instant receivedAt,
                       Reason reason, String detail) {
        public String describe() {
            return reply + " (" + from + (reason == null ? ", " + position : ": " + reason.text()
                    + (detail.isEmpty() ? "" : ", " + detail)) + ")";
        }
    }

    public Tally {
        counted = List.copyOf(counted);
        excluded = List.copyOf(excluded);
    }

    public int support() {
        return count(Position.SUPPORT);
    }

    public int notSupport() {
        return count(Position.NOT_SUPPORT);
    }

    /** Explicit abstentions counted as responses (only under {@link Counting#RESPONDING}). */
    public int abstain() {
        return count(Position.ABSTAIN);
    }

    /** Replies counted: the denominator. */
    public int total() {
        return counted.size();
    }

    private int count(Position p) {
        return (int) counted.stream().filter(l -> l.position() == p).count();
    }

    /** The replies left out for {@code reason}. */
    public List<Line> excluded(Reason reason) {
        return excluded.stream().filter(l -> l.reason() == reason).toList();
    }

    public int excludedCount(Reason reason) {
        return excluded(reason).size();
    }

    /** Member State replies received with no known receipt time that would count on this subject if on time. */
    public int undatedCountable() {
        return (int) excluded(Reason.RECEIPT_UNKNOWN).stream()
                .filter(l -> l.position() == Position.SUPPORT || l.position() == Position.NOT_SUPPORT
                        || counting == Counting.RESPONDING && l.position() == Position.ABSTAIN)
                .count();
    }

    /** Counted, supporting, not supporting (and abstaining), e.g. {@code 35 counted: 31 support, 4 do not}. */
    public String counts() {
        return total() + " counted: " + support() + " support, " + notSupport() + " do not support"
                + (counting == Counting.RESPONDING ? ", " + abstain() + " abstain" : "");
    }

    /** The excluded replies grouped by reason, e.g. {@code late: R1 (...); blank for this subject: 3 (R2, R3, R4)}. */
    public String exclusions() {
        if (excluded.isEmpty()) {
            return "none";
        }
        Map<Reason, List<Line>> by = new LinkedHashMap<>();
        for (Reason r : Reason.values()) {
            List<Line> l = excluded(r);
            if (!l.isEmpty()) {
                by.put(r, l);
            }
        }
        List<String> parts = new ArrayList<>();
        by.forEach((r, l) -> {
            if (r == Reason.BLANK || r == Reason.NOT_MEMBER_STATE && l.size() > 3) {
                parts.add(r.text() + ": " + l.size() + " (" + l.stream().map(Line::reply).collect(Collectors.joining(", ")) + ")");
            } else {
                parts.add(r.text() + ": " + l.stream().map(x -> x.reply() + " (" + x.from()
                        + (x.detail().isEmpty() ? "" : "; " + x.detail()) + ")").collect(Collectors.joining(", ")));
            }
        });
        return String.join("; ", parts);
    }

    /** Short form of the exclusions: counts per reason, e.g. {@code 1 late, 3 blank}. */
    public String exclusionCounts() {
        List<String> parts = new ArrayList<>();
        for (Reason r : Reason.values()) {
            int n = excludedCount(r);
            if (n > 0) {
                parts.add(n + " " + switch (r) {
                    case NOT_MEMBER_STATE -> "not from a Member State";
                    case RECEIPT_UNKNOWN -> "with no receipt time";
                    case LATE -> "late";
                    case SUPERSEDED -> "superseded";
                    case BLANK -> "blank";
                    case UNCLEAR -> "unclear";
                    case ABSTENTION -> "abstaining";
                });
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
