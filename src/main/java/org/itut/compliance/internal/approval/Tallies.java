package org.itut.compliance.internal.approval;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.facts.ClauseReference;
import org.itut.compliance.facts.Consultation;
import org.itut.compliance.facts.ConsultationResult;
import org.itut.compliance.facts.Decision;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MemberKind;
import org.itut.compliance.internal.FactIndex;
import org.itut.compliance.facts.Position;
import org.itut.compliance.facts.Reply;
import org.itut.compliance.internal.approval.Tally.Line;
import org.itut.compliance.internal.approval.Tally.Reason;

/**
 * Builds consultation frames and tallies, and words their arithmetic. Called from rule
 * consequences; every comparison is on integers (CONV-RATIO, CONV-MAJORITY).
 */
public final class Tallies {
    /** Date-only facts are read in Geneva time (CONV-TIME). */
    public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private Tallies() {
    }

    /** The first instant after the as-of day in Geneva: anything received from then on is not yet known. */
    public static Instant asOfEnd(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay(GENEVA).toInstant();
    }

    /** The last instant of {@code day} in Geneva (a date-only deadline includes the whole day). */
    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(GENEVA).toInstant().minusNanos(1);
    }

    /**
     * A date and how it was obtained.
     *
     * @param date  the date, or {@code null} if unknown
     * @param basis how it was obtained, or why it is unknown
     */
    public record Dated(LocalDate date, String basis) {
    }

    /**
     * The consultation's own date: the date it records as opened, else the date its circular bears.
     *
     * @param circulars the documents whose id is the consultation's circular (zero or one)
     */
    public static Dated opened(Consultation c, Collection<?> circulars) {
        if (c.opened() != null) {
            return new Dated(c.opened(), "the consultation's opening date");
        }
        for (Object o : circulars) {
            Document d = (Document) o;
            if (d.date() != null) {
                return new Dated(d.date(), "the date of " + d.id());
            }
        }
        return new Dated(null, c.circular() == null ? "no circular and no opening date are recorded"
                : c.circular() + " bears no date");
    }

    /**
     * The earliest date the consultation can have been launched, from the decisions about its
     * subjects that must precede it (for Res. 1 (2022) 7.3.2, TSAG's adoption): the latest of their
     * dates, a decision's meeting's last day standing in for a missing date.
     */
    public static Dated notBefore(Consultation c, Collection<?> decisions, Collection<?> meetings) {
        Decision chosen = null;
        LocalDate best = null;
        Meeting at = null;
        for (Object o : decisions) {
            Decision d = (Decision) o;
            if (d.subjects().stream().noneMatch(c.subjects()::contains)) {
                continue;
            }
            LocalDate day = d.date();
            Meeting dayOf = null;
            if (day == null && d.meeting() != null) {
                // Ids are unique: the index finds the one meeting a scan would.
                for (Object m : meetings instanceof FactIndex.ById<?> ix ? ofNullable(ix.byId(d.meeting())) : meetings) {
                    Meeting mt = (Meeting) m;
                    if (mt.id().equals(d.meeting()) && mt.end().isKnown()) {
                        day = mt.end().isExact() ? mt.end().exact() : mt.end().earliest();
                        dayOf = mt;
                    }
                }
            }
            // The latest date wins; on a tie the smaller id, so the basis does not depend on the order of the list.
            if (day != null && (best == null || day.isAfter(best)
                    || day.isEqual(best) && d.id().compareTo(chosen.id()) < 0)) {
                best = day;
                chosen = d;
                at = dayOf;
            }
        }
        if (best == null) {
            return new Dated(null, "no dated decision precedes it");
        }
        // Built once, for the decision chosen: a string per candidate cost more than the scan on large corpora.
        String basis = at == null ? "decision " + chosen.id() + " of " + chosen.date()
                : "decision " + chosen.id() + " at " + at.id() + " (last day " + at.end() + ")";
        return new Dated(best, "not before " + basis + "; the circular's own date is unknown");
    }

    /** A frame whose deadline is an instant the circular states. */
    public static ConsultationFrame stated(Consultation c, LocalDate asOf, LocalDate opened, Dated launch) {
        Instant d = c.deadline();
        return frame(c, asOf, opened, launch, d, d.atOffset(ZoneOffset.UTC).toString(),
                LocalDate.ofInstant(d, ZoneOffset.UTC), "the reply deadline the circular states");
    }

    /** A frame whose deadline is the end of {@code day} in Geneva. */
    public static ConsultationFrame endingOn(Consultation c, LocalDate asOf, LocalDate opened, Dated launch,
                                             LocalDate day, String basis) {
        return frame(c, asOf, opened, launch, endOfDay(day), "end of " + day + " (Geneva time)", day, basis);
    }

    /** A frame whose deadline cannot be established. */
    public static ConsultationFrame undated(Consultation c, LocalDate asOf, LocalDate opened, Dated launch, String why) {
        return frame(c, asOf, opened, launch, null, "unknown", null, why);
    }

    private static ConsultationFrame frame(Consultation c, LocalDate asOf, LocalDate opened, Dated launch,
                                           Instant deadline, String text, LocalDate due, String basis) {
        Instant end = asOfEnd(asOf);
        boolean closed = deadline != null && deadline.isBefore(end);
        return new ConsultationFrame(c.id(), c.procedure(), c.subjects(), c.meeting(), opened, launch.date(),
                launch.basis(), deadline, text, due, basis, closed, end);
    }

    /**
     * True when the circular among {@code circulars} itself states the rule it applies: it cites
     * {@code clause} of Resolution 1. Rules known only from a circular are determinative for the
     * consultation that circular runs, and capped at WARNING elsewhere.
     */
    public static boolean statesRule(Collection<?> circulars, String clause) {
        for (Object o : circulars) {
            for (ClauseReference r : ((Document) o).citations()) {
                String in = r.instrument().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
                if (clause.equals(r.clause()) && (in.endsWith("res.1") || in.endsWith("resolution1"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The latest announced result that mentions {@code subject} (of two on one day, the least id), or {@code null}. */
    public static ConsultationResult announced(Collection<?> results, String subject) {
        ConsultationResult best = null;
        for (Object o : results) {
            ConsultationResult r = (ConsultationResult) o;
            if (r.outcomeOf(subject) != null && (best == null || r.date() != null
                    && (best.date() == null || r.date().isAfter(best.date()))
                    || sameDay(r, best) && r.id().compareTo(best.id()) < 0)) {
                // On the same day, the least id: the order collected differs between a session and a fresh evaluation.
                best = r;
            }
        }
        return best;
    }

    private static boolean sameDay(ConsultationResult a, ConsultationResult b) {
        return b != null && java.util.Objects.equals(a.date(), b.date());
    }

    /** The parent of the group {@code id} among {@code groups} (a Question's study group), or {@code null}. */
    public static String parentOf(Collection<?> groups, String id) {
        if (groups instanceof FactIndex.ById<?> ix) {
            Group g = (Group) ix.byId(id);
            return g == null ? null : g.parent();
        }
        for (Object o : groups) {
            Group g = (Group) o;
            if (g.id().equals(id)) {
                return g.parent();
            }
        }
        return null;
    }

    /**
     * Tallies the replies on {@code subject}. Order of exclusion: received after the as-of date
     * (ignored), not a Member State, receipt time unknown, late, superseded by a later on-time reply
     * of the same Member State (engine policy: the latest on-time reply is the Member State's
     * reply), then by its position on the subject.
     */
    public static Tally tally(ConsultationFrame f, String subject, Collection<?> replies, Counting counting) {
        List<Reply> all = new ArrayList<>();
        for (Object o : replies) {
            all.add((Reply) o);
        }
        all.sort(Comparator.comparing(Reply::id));
        List<Line> counted = new ArrayList<>();
        List<Line> excluded = new ArrayList<>();
        int notYet = 0;
        Map<String, Reply> latest = new HashMap<>();
        List<Reply> candidates = new ArrayList<>();
        for (Reply r : all) {
            Position p = r.positionOn(subject);
            if (r.receivedAt() != null && !r.receivedAt().isBefore(f.asOfEnd())) {
                notYet++;
            } else if (r.memberKind() != MemberKind.MEMBER_STATE) {
                excluded.add(line(r, p, Reason.NOT_MEMBER_STATE, r.memberKind().name()));
            } else if (r.receivedAt() == null) {
                excluded.add(line(r, p, Reason.RECEIPT_UNKNOWN, ""));
            } else if (f.deadline() != null && r.receivedAt().isAfter(f.deadline())) {
                excluded.add(line(r, p, Reason.LATE, lateness(r.receivedAt(), f)));
            } else {
                candidates.add(r);
                latest.merge(state(r), r, (a, b) -> later(a, b) ? a : b);
            }
        }
        for (Reply r : candidates) {
            Position p = r.positionOn(subject);
            Reply keep = latest.get(state(r));
            if (keep != r) {
                excluded.add(line(r, p, Reason.SUPERSEDED, "superseded by " + keep.id() + " received "
                        + keep.receivedAt().atOffset(ZoneOffset.UTC) + (keep.receivedAt().equals(r.receivedAt())
                        ? " at the same time (the later id is kept)" : "")));
                continue;
            }
            switch (p) {
                case SUPPORT, NOT_SUPPORT -> counted.add(line(r, p, null, ""));
                case ABSTAIN -> {
                    if (counting == Counting.RESPONDING) {
                        counted.add(line(r, p, null, ""));
                    } else {
                        excluded.add(line(r, p, Reason.ABSTENTION, ""));
                    }
                }
                case NONE -> excluded.add(line(r, p, Reason.BLANK, ""));
                case UNCLEAR -> excluded.add(line(r, p, Reason.UNCLEAR, ""));
            }
        }
        return new Tally(f.id(), subject, counting, counted, excluded, notYet);
    }

    private static boolean later(Reply a, Reply b) {
        int c = a.receivedAt().compareTo(b.receivedAt());
        return c > 0 || c == 0 && a.id().compareTo(b.id()) > 0;
    }

    private static String state(Reply r) {
        return r.memberState() != null ? r.memberState() : r.from();
    }

    private static Line line(Reply r, Position p, Reason reason, String detail) {
        return new Line(r.id(), r.from(), state(r), p, r.receivedAt(), reason, detail);
    }

    /** How late a reply is, e.g. {@code received 2026-04-04T00:05Z, 6 minutes after the deadline 2026-04-03T23:59Z}. */
    static String lateness(Instant received, ConsultationFrame f) {
        String at = received.atOffset(ZoneOffset.UTC).toString();
        if (f.deadlineText().startsWith("end of")) {
            long days = ChronoUnit.DAYS.between(f.due(), LocalDate.ofInstant(received, GENEVA));
            return "received " + at + ", " + days + (days == 1 ? " day" : " days") + " after the last day " + f.due();
        }
        return "received " + at + ", " + duration(Duration.between(f.deadline(), received)) + " after the deadline "
                + f.deadlineText();
    }

    /** A positive duration in words, rounded up to the minute. */
    static String duration(Duration d) {
        long minutes = (d.getSeconds() + (d.getNano() > 0 ? 1 : 0) + 59) / 60;
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = minutes / 60;
        if (hours < 48) {
            long m = minutes % 60;
            return hours + (hours == 1 ? " hour" : " hours") + (m == 0 ? "" : " " + m + (m == 1 ? " minute" : " minutes"));
        }
        long days = hours / 24;
        return days + " days";
    }

    /** A period in words, e.g. {@code two months}, {@code 28 days}, {@code three weeks} when a whole number of weeks. */
    public static String words(java.time.Period p) {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(count(p.getYears(), "year", small));
        }
        if (p.getMonths() != 0) {
            parts.add(count(p.getMonths(), "month", small));
        }
        if (p.getDays() != 0) {
            parts.add(p.getDays() % 7 == 0 ? count(p.getDays() / 7, "week", small) : count(p.getDays(), "day", small));
        }
        return parts.isEmpty() ? "no time" : String.join(" and ", parts);
    }

    private static String count(int n, String unit, String[] small) {
        return (n >= 0 && n < small.length ? small[n] : String.valueOf(n)) + " " + unit + (n == 1 ? "" : "s");
    }

    /**
     * The decision of a percentage threshold where no counted replies also approve (Res. 1 (2022)
     * 7.3.2; Res. 1 (2016) 9.4.5): true, false, or {@code null} when the deadline is unknown or replies
     * with no receipt time could change the result.
     */
    public static Boolean shareDecision(ConsultationFrame f, Tally t, int percent) {
        if (!f.deadlineKnown()) {
            return null;
        }
        int s = t.support();
        int n = t.total();
        boolean yes = n == 0 || atLeast(s, n, percent);
        int u = t.undatedCountable();
        if (u > 0 && (atLeast(s + u, n + u, percent) != yes || atLeast(s, n + u, percent) != yes)) {
            return null;
        }
        return yes;
    }

    /** True when {@code support} is at least {@code percent} % of {@code counted} (false when nothing is counted). */
    public static boolean atLeast(int support, int counted, int percent) {
        return counted > 0 && 100L * support >= (long) percent * counted;
    }

    /** True when {@code yes} is a strict majority of {@code responding} (a tie is not a majority). */
    public static boolean majority(int yes, int responding) {
        return yes > responding - yes;
    }

    /** A share rounded to a tenth of a per cent with integer arithmetic, e.g. {@code 69.0 %}. */
    public static String percent(int part, int whole) {
        if (whole == 0) {
            return "no counted replies";
        }
        long tenths = (2000L * part + whole) / (2L * whole);
        return tenths / 10 + "." + tenths % 10 + " %";
    }

    /**
     * The comparison behind a percentage threshold in the lowest terms, e.g. for 70 %:
     * {@code 10 × 20 = 200 < 7 × 29 = 203}.
     */
    public static String ratio(int support, int counted, int percent) {
        int g = gcd(percent, 100);
        int a = 100 / g;
        int b = percent / g;
        long left = (long) a * support;
        long right = (long) b * counted;
        return a + " × " + support + " = " + left + (left >= right ? " ≥ " : " < ") + b + " × " + counted + " = " + right;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static List<Object> ofNullable(Object o) {
        return o == null ? List.of() : List.of(o);
    }
}
