package org.itut.compliance.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.Report;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MeetingStatus;
import org.itut.compliance.facts.PartialDate;

/**
 * The timeline picture of the HTML report, as inline SVG: one lane per group with its lifetime (from
 * its establishment to its closure, open-ended while it is active), its meetings (held, planned,
 * tentative, cancelled, or known only to the month), and each duty's due date marked met, missed,
 * pending or not determined, with a line to the meeting the duty is owed to. A dashed line marks the
 * as-of date; the days after it are shaded. Every mark carries a tooltip ({@code <title>}) and
 * {@code data-} attributes, so that the picture can be read by a person and checked by a test.
 */
final class Timeline {
    static final int WIDTH = 1200;
    private static final int LEFT = 200;
    private static final int RIGHT = 24;
    private static final int AXIS = 44;
    private static final int LANE = 62;
    private static final int LEGEND = 80;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** More lanes than this make a picture no one reads: groups with duties are kept first, the rest listed. */
    static final int MAX_LANES = 200;
    /** Establishment or closure dates further than this from the other dates do not stretch the picture. */
    private static final int STRETCH_MONTHS = 12;

    private record Lane(String id, Group group, List<Meeting> meetings, List<Finding> duties) {
    }

    private record Mark(double x, double y) {
    }

    private final Report report;
    private final Subjects subjects;
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final List<Meeting> undated = new ArrayList<>();
    private final List<Finding> notDrawn = new ArrayList<>();
    private final List<String> omitted = new ArrayList<>();
    private LocalDate start;
    private LocalDate end;

    private Timeline(Report report, Subjects subjects) {
        this.report = report;
        this.subjects = subjects;
    }

    /** The SVG, or an empty string when nothing in the report and submission has a date to draw. */
    static String svg(Report report, Subjects subjects) {
        Timeline t = new Timeline(report, subjects);
        t.collect();
        if (t.lanes.isEmpty()) {
            return "";
        }
        t.domain();
        return t.draw();
    }

    /** Meetings that have no known date and are therefore not drawn. */
    static List<Meeting> undatedMeetings(Report report, Subjects subjects) {
        Timeline t = new Timeline(report, subjects);
        t.collect();
        return t.undated;
    }

    private void collect() {
        Map<String, List<Meeting>> meetings = new HashMap<>();
        for (Meeting m : subjects.submission().meetings()) {
            if (m.start().isKnown()) {
                meetings.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
            } else {
                undated.add(m);
            }
        }
        Map<String, List<Finding>> duties = new HashMap<>();
        for (Finding f : report.findings()) {
            if (f.due() != null && f.outcome() != Outcome.NOT_APPLICABLE) {
                duties.computeIfAbsent(subjects.groupOf(f.subject()), k -> new ArrayList<>()).add(f);
            } else if (f.due() != null) {
                notDrawn.add(f);
            }
        }
        List<String> ids = new ArrayList<>();
        for (Group g : subjects.submission().groups()) {
            boolean dated = g.established() != null && g.established().on() != null
                    || g.closed() != null && g.closed().on() != null;
            if (dated || meetings.containsKey(g.id()) || duties.containsKey(g.id())) {
                ids.add(g.id());
            }
        }
        duties.keySet().stream().filter(id -> subjects.group(id).isEmpty()).forEach(ids::add);
        ids.sort(subjects.groupOrder());
        if (ids.size() > MAX_LANES) {
            List<String> kept = new ArrayList<>(ids.stream().filter(duties::containsKey).limit(MAX_LANES).toList());
            ids.stream().filter(id -> !duties.containsKey(id)).limit(MAX_LANES - kept.size()).forEach(kept::add);
            java.util.Set<String> keep = new java.util.HashSet<>(kept);
            ids.stream().filter(id -> !keep.contains(id)).forEach(omitted::add);
            ids = kept;
            ids.sort(subjects.groupOrder());
        }
        for (String id : ids) {
            List<Meeting> ms = new ArrayList<>(meetings.getOrDefault(id, List.of()));
            ms.sort(Comparator.comparing(Meeting::start).thenComparing(Meeting::id));
            List<Finding> ds = new ArrayList<>(duties.getOrDefault(id, List.of()));
            ds.sort(Comparator.comparing(Finding::due).thenComparing(Finding.ORDER));
            lanes.put(id, new Lane(id, subjects.group(id).orElse(null), ms, ds));
        }
    }

    private void domain() {
        List<LocalDate> core = new ArrayList<>();
        List<LocalDate> lives = new ArrayList<>();
        core.add(report.asOf());
        for (Lane l : lanes.values()) {
            for (Meeting m : l.meetings()) {
                core.add(m.start().earliest());
                core.add(m.end().isKnown() ? m.end().latest() : m.start().latest());
            }
            l.duties().forEach(f -> core.add(f.due()));
            if (l.group() != null) {
                if (l.group().established() != null && l.group().established().on() != null) {
                    lives.add(l.group().established().on());
                }
                if (l.group().closed() != null && l.group().closed().on() != null) {
                    lives.add(l.group().closed().on());
                }
            }
        }
        LocalDate min = core.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate max = core.stream().max(Comparator.naturalOrder()).orElseThrow();
        for (LocalDate d : lives) {
            if (!d.isBefore(min.minusMonths(STRETCH_MONTHS)) && d.isBefore(min)) {
                min = d;
            }
            if (!d.isAfter(max.plusMonths(STRETCH_MONTHS)) && d.isAfter(max)) {
                max = d;
            }
        }
        start = YearMonth.from(min).atDay(1);
        end = YearMonth.from(max).atEndOfMonth();
        while (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) < 3) {
            end = YearMonth.from(end).plusMonths(1).atEndOfMonth();
        }
    }

    private double x(LocalDate d) {
        long total = ChronoUnit.DAYS.between(start, end.plusDays(1));
        double clamped = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, d)));
        return LEFT + clamped * (WIDTH - LEFT - RIGHT) / total;
    }

    private boolean inside(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }

    private String draw() {
        int height = AXIS + lanes.size() * LANE + LEGEND;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n");
        sb.append("<title id=\"timeline-title\">Timeline of ").append(lanes.size()).append(" groups from ").append(start)
                .append(" to ").append(end).append("</title>\n");
        sb.append("<desc id=\"timeline-desc\">One lane per group: its lifetime, its meetings and the due dates of its duties, "
                + "marked met, missed, pending or not determined; the dashed line is the as-of date ").append(report.asOf())
                .append(".</desc>\n");
        sb.append("<defs><pattern id=\"month-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ebf4ff\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#4a7fc1\" stroke-width=\"2\"/></pattern></defs>\n");
        int lanesBottom = AXIS + lanes.size() * LANE;
        // lane backgrounds
        int i = 0;
        for (Lane l : lanes.values()) {
            int y0 = AXIS + i * LANE;
            sb.append("<rect x=\"0\" y=\"").append(y0).append("\" width=\"").append(WIDTH).append("\" height=\"").append(LANE)
                    .append("\" fill=\"").append(i % 2 == 0 ? "#f7f9fc" : "#ffffff").append("\"/>\n");
            i++;
        }
        // the future, shaded
        if (inside(report.asOf())) {
            double xa = x(report.asOf().plusDays(1));
            sb.append("<rect class=\"future\" x=\"").append(f(xa)).append("\" y=\"").append(AXIS).append("\" width=\"")
                    .append(f(WIDTH - RIGHT - xa)).append("\" height=\"").append(lanesBottom - AXIS)
                    .append("\" fill=\"#fff8e6\" fill-opacity=\"0.7\"/>\n");
        }
        axis(sb, lanesBottom);
        Map<String, Mark> meetingMarks = new HashMap<>();
        i = 0;
        for (Lane l : lanes.values()) {
            lane(sb, l, AXIS + i * LANE, meetingMarks);
            i++;
        }
        i = 0;
        for (Lane l : lanes.values()) {
            duties(sb, l, AXIS + i * LANE, meetingMarks);
            i++;
        }
        asOfLine(sb, lanesBottom);
        legend(sb, lanesBottom + 28);
        sb.append("</svg>\n");
        return sb.toString();
    }

    private void axis(StringBuilder sb, int lanesBottom) {
        int months = (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
        double perMonth = (double) (WIDTH - LEFT - RIGHT) / months;
        sb.append("<g class=\"axis\" font-size=\"11\" fill=\"#4a5568\">\n");
        YearMonth ym = YearMonth.from(start);
        for (int m = 0; m < months; m++, ym = ym.plusMonths(1)) {
            double x0 = x(ym.atDay(1));
            double x1 = x(ym.atEndOfMonth().plusDays(1));
            boolean january = ym.getMonthValue() == 1;
            sb.append("<line x1=\"").append(f(x0)).append("\" y1=\"").append(january ? 4 : 22).append("\" x2=\"").append(f(x0))
                    .append("\" y2=\"").append(lanesBottom).append("\" stroke=\"").append(january ? "#a0aec0" : "#e2e8f0")
                    .append("\" stroke-width=\"1\"/>\n");
            if (january || m == 0) {
                sb.append("<text class=\"year\" x=\"").append(f(x0 + 4)).append("\" y=\"15\" font-weight=\"bold\">")
                        .append(ym.getYear()).append("</text>\n");
            }
            String label = perMonth >= 30 ? MONTHS[ym.getMonthValue() - 1]
                    : perMonth >= 12 ? MONTHS[ym.getMonthValue() - 1].substring(0, 1) : "";
            if (!label.isEmpty()) {
                sb.append("<text class=\"month\" x=\"").append(f((x0 + x1) / 2)).append("\" y=\"36\" text-anchor=\"middle\">")
                        .append(label).append("</text>\n");
            }
        }
        sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(AXIS).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(AXIS).append("\" stroke=\"#a0aec0\"/>\n");
        sb.append("</g>\n");
    }

    private void lane(StringBuilder sb, Lane l, int y0, Map<String, Mark> meetingMarks) {
        int mid = y0 + 32;
        sb.append("<g class=\"lane\" data-group=\"").append(Texts.html(l.id())).append("\">\n");
        String kind = l.group() == null ? "not in the submission" : l.group().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (kind.equalsIgnoreCase(l.id())) {
            kind = "";
        }
        sb.append("<text class=\"lane-label\" x=\"10\" y=\"").append(mid - 2).append("\" font-size=\"13\" font-weight=\"bold\" fill=\"#1a202c\">")
                .append(Texts.html(Texts.shorten(l.id(), 24))).append("<title>").append(Texts.html(l.id()))
                .append(l.group() != null && l.group().name() != null ? " — " + Texts.html(l.group().name()) : "").append("</title></text>\n");
        sb.append("<text x=\"10\" y=\"").append(mid + 12).append("\" font-size=\"10\" fill=\"#718096\">")
                .append(Texts.html(Texts.shorten(kind, 30))).append("</text>\n");
        lifetime(sb, l, mid);
        double labelEnd = -1;
        for (Meeting m : l.meetings()) {
            PartialDate s = m.start();
            boolean month = !s.isExact();
            LocalDate from = s.earliest();
            LocalDate to = m.end().isKnown() && !m.end().latest().isBefore(from) ? m.end().latest() : s.latest();
            double x0 = x(from);
            double x1 = Math.max(x(to.plusDays(1)), x0 + 5);
            String fill;
            String stroke = "#2b6cb0";
            String dash = "";
            if (month) {
                fill = "url(#month-hatch)";
                dash = " stroke-dasharray=\"3 2\"";
            } else if (m.status() == MeetingStatus.HELD) {
                fill = "#2b6cb0";
            } else if (m.status() == MeetingStatus.PLANNED) {
                fill = "#90cdf4";
            } else if (m.status() == MeetingStatus.TENTATIVE) {
                fill = "#ffffff";
                dash = " stroke-dasharray=\"3 2\"";
            } else {
                fill = "#cbd5e0";
                stroke = "#718096";
            }
            String status = m.status().name().toLowerCase(Locale.ROOT);
            sb.append("<g class=\"meeting meeting-").append(month ? "month" : status).append("\" data-meeting=\"")
                    .append(Texts.html(m.id())).append("\" data-start=\"").append(s).append("\">");
            sb.append("<title>").append(Texts.html(m.id())).append(m.title() == null ? "" : " — " + Texts.html(m.title()))
                    .append("\n").append(month ? "known only to the month: " + s + (m.end().equals(s) ? "" : " to " + m.end())
                            : from + (to.equals(from) ? "" : " to " + to))
                    .append(" · ").append(status).append(m.place() == null ? "" : " · " + Texts.html(m.place())).append("</title>");
            sb.append("<rect x=\"").append(f(x0)).append("\" y=\"").append(mid - 10).append("\" width=\"").append(f(x1 - x0))
                    .append("\" height=\"20\" rx=\"3\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"1.5\"").append(dash).append("/>");
            if (m.status() == MeetingStatus.CANCELLED) {
                sb.append("<line x1=\"").append(f(x0)).append("\" y1=\"").append(mid + 10).append("\" x2=\"").append(f(x1))
                        .append("\" y2=\"").append(mid - 10).append("\" stroke=\"#c53030\" stroke-width=\"1.5\"/>");
            }
            sb.append("</g>\n");
            meetingMarks.put(m.id(), new Mark(x0, mid - 10));
            String label = Texts.shorten(m.id(), 22);
            double lx = x0;
            if (lx > labelEnd + 4) {
                sb.append("<text class=\"meeting-label\" x=\"").append(f(lx)).append("\" y=\"").append(mid + 22)
                        .append("\" font-size=\"9.5\" fill=\"#2d3748\">").append(Texts.html(label)).append("</text>\n");
                labelEnd = lx + label.length() * 5.6;
            }
        }
        sb.append("</g>\n");
    }

    private void lifetime(StringBuilder sb, Lane l, int mid) {
        Group g = l.group();
        LocalDate est = g != null && g.established() != null ? g.established().on() : null;
        LocalDate closed = g != null && g.closed() != null ? g.closed().on() : null;
        double xs = est == null ? LEFT : x(est);
        double xe = closed == null ? WIDTH - RIGHT : x(closed.plusDays(1));
        StringBuilder title = new StringBuilder(l.id());
        title.append(est == null ? ": establishment date unknown" : ": established " + est
                + (g.established().by() == null ? "" : " by " + g.established().by()));
        title.append(closed == null ? (g == null ? "" : "; not closed") : "; closed " + closed);
        sb.append("<g class=\"lifetime\" data-established=\"").append(est == null ? "" : est).append("\" data-closed=\"")
                .append(closed == null ? "" : closed).append("\"><title>").append(Texts.html(title.toString())).append("</title>");
        sb.append("<rect x=\"").append(f(xs)).append("\" y=\"").append(mid - 3).append("\" width=\"").append(f(Math.max(xe - xs, 1)))
                .append("\" height=\"6\" rx=\"3\" fill=\"").append(est == null ? "none" : "#c3d3e8").append("\" stroke=\"#8aa4c8\"")
                .append(est == null ? " stroke-dasharray=\"4 3\"" : "").append("/>");
        if (est != null && inside(est)) {
            sb.append("<line x1=\"").append(f(xs)).append("\" y1=\"").append(mid - 13).append("\" x2=\"").append(f(xs))
                    .append("\" y2=\"").append(mid + 13).append("\" stroke=\"#2c5282\" stroke-width=\"2\"/>");
        }
        if (closed != null && inside(closed)) {
            sb.append("<line x1=\"").append(f(xe)).append("\" y1=\"").append(mid - 13).append("\" x2=\"").append(f(xe))
                    .append("\" y2=\"").append(mid + 13).append("\" stroke=\"#2c5282\" stroke-width=\"2\"/>");
        } else if (closed == null && g != null) {
            double ax = WIDTH - RIGHT;
            sb.append("<path d=\"M").append(f(ax)).append(' ').append(mid - 6).append(" L").append(f(ax + 8)).append(' ').append(mid)
                    .append(" L").append(f(ax)).append(' ').append(mid + 6).append(" Z\" fill=\"#8aa4c8\"/>");
        }
        sb.append("</g>\n");
    }

    private void duties(StringBuilder sb, Lane l, int y0, Map<String, Mark> meetingMarks) {
        double lastX = -100;
        int cy = y0 + 11;
        for (Finding d : l.duties()) {
            double x = x(d.due());
            if (x < lastX + 14) {
                x = lastX + 14;
            }
            lastX = x;
            String state = switch (d.outcome()) {
                case PASS -> "met";
                case FAIL -> "missed";
                case PENDING -> "pending";
                default -> "unknown";
            };
            String target = d.evidence().get("target");
            Mark tm = target == null ? null : meetingMarks.get(target);
            if (tm != null) {
                sb.append("<line class=\"duty-link\" x1=\"").append(f(x)).append("\" y1=\"").append(cy + 7).append("\" x2=\"")
                        .append(f(tm.x())).append("\" y2=\"").append(f(tm.y())).append("\" stroke=\"#718096\" stroke-width=\"1\" "
                                + "stroke-dasharray=\"2 3\" stroke-opacity=\"0.8\"/>\n");
            }
            sb.append("<g class=\"duty duty-").append(state).append("\" data-rule=\"").append(Texts.html(d.rule()))
                    .append("\" data-subject=\"").append(Texts.html(d.subject())).append("\" data-due=\"").append(d.due())
                    .append("\" data-outcome=\"").append(d.outcome()).append("\"");
            if (target != null) {
                sb.append(" data-target=\"").append(Texts.html(target)).append('"');
            }
            sb.append("><title>").append(Texts.html(state.equals("unknown") ? "not determined" : state)).append(": ")
                    .append(Texts.html(d.rule())).append(" · due ").append(d.due())
                    .append(target == null ? "" : " · for " + Texts.html(target)).append('\n')
                    .append(Texts.html(d.message())).append("</title>");
            sb.append(marker(state, x, cy)).append("</g>\n");
        }
    }

    /** The mark of a duty: met = green disc with a tick; missed = red diamond with a cross; pending = amber ring; unknown = grey disc with "?". */
    static String marker(String state, double x, double cy) {
        String cx = f(x);
        String y = f(cy);
        return switch (state) {
            case "met" -> "<circle cx=\"" + cx + "\" cy=\"" + y + "\" r=\"7\" fill=\"#2f855a\"/>"
                    + "<path d=\"M" + f(x - 3.5) + " " + f(cy) + " l2.5 2.8 l4.5 -5.3\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
            case "missed" -> "<path d=\"M" + cx + " " + f(cy - 8) + " L" + f(x + 8) + " " + y + " L" + cx + " " + f(cy + 8)
                    + " L" + f(x - 8) + " " + y + " Z\" fill=\"#c53030\"/>"
                    + "<path d=\"M" + f(x - 3) + " " + f(cy - 3) + " l6 6 M" + f(x + 3) + " " + f(cy - 3) + " l-6 6\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
            case "pending" -> "<circle cx=\"" + cx + "\" cy=\"" + y + "\" r=\"6\" fill=\"#ffffff\" stroke=\"#c05621\" stroke-width=\"2.5\"/>"
                    + "<circle cx=\"" + cx + "\" cy=\"" + y + "\" r=\"1.8\" fill=\"#c05621\"/>";
            default -> "<circle cx=\"" + cx + "\" cy=\"" + y + "\" r=\"7\" fill=\"#a0aec0\"/>"
                    + "<text x=\"" + cx + "\" y=\"" + f(cy + 4) + "\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\">?</text>";
        };
    }

    private void asOfLine(StringBuilder sb, int lanesBottom) {
        if (!inside(report.asOf())) {
            return;
        }
        double xa = x(report.asOf().plusDays(1));
        sb.append("<g class=\"as-of\" data-date=\"").append(report.asOf()).append("\"><title>as of ").append(report.asOf())
                .append(": duties due later are pending</title><line x1=\"").append(f(xa)).append("\" y1=\"").append(AXIS - 4)
                .append("\" x2=\"").append(f(xa)).append("\" y2=\"").append(lanesBottom + 4)
                .append("\" stroke=\"#b83280\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>");
        boolean right = xa < WIDTH - 160;
        sb.append("<text x=\"").append(f(right ? xa + 4 : xa - 4)).append("\" y=\"").append(lanesBottom + 14)
                .append("\" font-size=\"11\" font-weight=\"bold\" fill=\"#b83280\"").append(right ? "" : " text-anchor=\"end\"")
                .append(">as of ").append(report.asOf()).append("</text></g>\n");
    }

    private void legend(StringBuilder sb, int y) {
        sb.append("<g class=\"legend\" font-size=\"11\" fill=\"#2d3748\">\n");
        String[][] meetings = {{"#2b6cb0", "#2b6cb0", "", "meeting held"}, {"#90cdf4", "#2b6cb0", "", "planned"},
            {"#ffffff", "#2b6cb0", " stroke-dasharray=\"3 2\"", "tentative"},
            {"url(#month-hatch)", "#2b6cb0", " stroke-dasharray=\"3 2\"", "known to the month"},
            {"#cbd5e0", "#718096", "", "cancelled"}};
        double x = 10;
        for (String[] m : meetings) {
            sb.append("<rect x=\"").append(f(x)).append("\" y=\"").append(y).append("\" width=\"22\" height=\"14\" rx=\"3\" fill=\"")
                    .append(m[0]).append("\" stroke=\"").append(m[1]).append("\" stroke-width=\"1.5\"").append(m[2]).append("/>");
            sb.append("<text x=\"").append(f(x + 28)).append("\" y=\"").append(y + 11).append("\">").append(m[3]).append("</text>\n");
            x += 40 + m[3].length() * 6.4;
        }
        sb.append("<rect x=\"").append(f(x)).append("\" y=\"").append(y + 4).append("\" width=\"26\" height=\"6\" rx=\"3\" fill=\"#c3d3e8\" stroke=\"#8aa4c8\"/>")
                .append("<text x=\"").append(f(x + 32)).append("\" y=\"").append(y + 11).append("\">group's lifetime</text>\n");
        x = 10;
        int y2 = y + 26;
        String[][] duties = {{"met", "duty met by its due date"}, {"missed", "duty missed"}, {"pending", "duty pending (due later)"},
            {"unknown", "not determined (fact missing)"}};
        for (String[] d : duties) {
            sb.append(marker(d[0], x + 8, y2 + 7)).append("<text x=\"").append(f(x + 22)).append("\" y=\"").append(y2 + 11)
                    .append("\">").append(d[1]).append("</text>\n");
            x += 44 + d[1].length() * 6.2;
        }
        sb.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(y2 + 7).append("\" x2=\"").append(f(x + 26)).append("\" y2=\"")
                .append(y2 + 7).append("\" stroke=\"#b83280\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
                .append("<text x=\"").append(f(x + 32)).append("\" y=\"").append(y2 + 11).append("\">as-of date</text>\n");
        sb.append("</g>\n");
    }

    /** Groups left out of the picture because there were more than {@link #MAX_LANES}. */
    static List<String> omittedGroups(Report report, Subjects subjects) {
        Timeline t = new Timeline(report, subjects);
        t.collect();
        return t.omitted;
    }

    /** Findings with a due date that the picture leaves out (not applicable). */
    static List<Finding> leftOut(Report report, Subjects subjects) {
        Timeline t = new Timeline(report, subjects);
        t.collect();
        return t.notDrawn;
    }

    /** A coordinate with one decimal, written the same on every machine. */
    static String f(double v) {
        long tenths = Math.round(Math.abs(v) * 10);
        String sign = v < 0 && tenths != 0 ? "-" : "";
        return sign + (tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10));
    }

    /** Orders ids as a person would: SG2 before SG13. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
