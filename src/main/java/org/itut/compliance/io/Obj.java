package org.itut.compliance.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.itut.compliance.facts.PartialDate;

/**
 * Binds one mapping of the input, recording every problem rather than stopping at the first. Each
 * accessor marks its key as known; {@link #done()} reports the keys nobody asked for.
 */
final class Obj {
    private final String file;
    private final String path;
    private final Node.MapNode node;
    private final List<InputProblem> problems;
    private final Set<String> known = new LinkedHashSet<>();

    Obj(String file, String path, Node.MapNode node, List<InputProblem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    /** Wraps {@code n} if it is a mapping, else records the problem and returns {@code null}. */
    static Obj of(String file, String path, Node n, List<InputProblem> problems, String what) {
        if (n instanceof Node.MapNode m) {
            return new Obj(file, path, m, problems);
        }
        problems.add(new InputProblem(file, n.line(), path, "found " + n.describe(), "a mapping describing " + what));
        return null;
    }

    String path() {
        return path;
    }

    int line() {
        return node.line();
    }

    /** The mapping itself, to find the line of a key inside it after binding. */
    Node.MapNode node() {
        return node;
    }

    String file() {
        return file;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String problem, String expected) {
        Node.Entry e = key == null ? null : node.entries().get(key);
        problems.add(new InputProblem(file, e == null ? node.line() : e.value().line(),
                key == null ? path : path(key), problem, expected));
    }

    private Node raw(String key) {
        known.add(key);
        Node.Entry e = node.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
            return null;
        }
        return e.value();
    }

    boolean has(String key) {
        known.add(key);
        return node.entries().containsKey(key);
    }

    /** A text; {@code null} if absent. */
    String text(String key, boolean required, String expected) {
        Node n = raw(key);
        if (n == null) {
            if (required) {
                problem(null, "the required key \"" + key + "\" is missing", expected);
            }
            return null;
        }
        if (n instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
            if (s.text().isBlank()) {
                problem(key, "found an empty text", expected);
                return null;
            }
            return s.text();
        }
        problem(key, "found " + n.describe(), expected);
        return null;
    }

    /** A date or the word {@code unknown}; {@code null} if absent or unknown. */
    LocalDate date(String key) {
        String t = text(key, false, "a date YYYY-MM-DD or unknown");
        if (t == null || t.equals("unknown")) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problem(key, "\"" + t + "\" is not a date", "a date YYYY-MM-DD (for example 2025-12-03) or unknown");
            return null;
        }
    }

    /** A date known to the day or the month, or unknown. */
    PartialDate partialDate(String key, boolean required) {
        String t = text(key, required, "a date YYYY-MM-DD, a month YYYY-MM, or unknown");
        if (t == null) {
            return PartialDate.UNKNOWN;
        }
        try {
            return PartialDate.parse(t);
        } catch (IllegalArgumentException e) {
            problem(key, "\"" + t + "\" is not a date", "a date YYYY-MM-DD, a month YYYY-MM, or unknown");
            return PartialDate.UNKNOWN;
        }
    }

    /** An instant with an explicit offset, e.g. {@code 2026-04-03T23:59Z}; {@code null} if absent or unknown. */
    Instant instant(String key) {
        String t = text(key, false, "a time with its offset, e.g. 2026-04-03T23:59Z or 2026-04-03T23:59+02:00, or unknown");
        if (t == null || t.equals("unknown")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            problem(key, "\"" + t + "\" is not a time with an offset",
                    "a time with its offset, e.g. 2026-04-03T23:59Z (UTC) or 2026-04-04T01:05+02:00");
            return null;
        }
    }

    /** An ISO-8601 period such as {@code P1M} or {@code P7D}. */
    Period period(String key, boolean required) {
        String t = text(key, required, "a period such as P1M (one month) or P7D (seven days)");
        if (t == null) {
            return null;
        }
        try {
            return Period.parse(t);
        } catch (DateTimeParseException e) {
            problem(key, "\"" + t + "\" is not a period", "a period such as P1M (one month), P7D (seven days) or P0D");
            return null;
        }
    }

    Boolean bool(String key) {
        Node n = raw(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Scalar s) {
            if (s.type() == Node.Scalar.Type.BOOLEAN) {
                return Boolean.valueOf(s.text());
            }
            if ("unknown".equals(s.text())) {
                return null;
            }
        }
        problem(key, "found " + n.describe(), "true, false or unknown");
        return null;
    }

    Integer integer(String key, boolean required) {
        Node n = raw(key);
        if (n == null) {
            if (required) {
                problem(null, "the required key \"" + key + "\" is missing", "a whole number");
            }
            return null;
        }
        if (n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.INTEGER) {
            try {
                return Integer.valueOf(s.text());
            } catch (NumberFormatException e) {
                problem(key, "the number " + s.text() + " is too large", "a whole number");
                return null;
            }
        }
        problem(key, "found " + n.describe(), "a whole number");
        return null;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        String expected = "one of " + names(type);
        String t = text(key, required, expected);
        if (t == null) {
            return null;
        }
        return parseEnum(t, type, key, -1);
    }

    private <E extends Enum<E>> E parseEnum(String t, Class<E> type, String key, int index) {
        String norm = t.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(norm)) {
                return e;
            }
        }
        String where = index < 0 ? key : key + "[" + index + "]";
        problems.add(new InputProblem(file, lineOf(key, index), path(where), "\"" + t + "\" is not a known value",
                "one of " + names(type)));
        return null;
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A list of texts; a single text is refused so that a forgotten dash is reported, not guessed. */
    List<String> texts(String key, String expected) {
        Node n = raw(key);
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof Node.ListNode list)) {
            problem(key, "found " + n.describe(), "a list of " + expected + " (write [" + sample(n) + "] for one)");
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (item instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL && !s.text().isBlank()) {
                out.add(s.text());
            } else {
                problems.add(new InputProblem(file, item.line(), path(key + "[" + i + "]"), "found " + item.describe(), expected));
            }
        }
        return out;
    }

    private static String sample(Node n) {
        return n instanceof Node.Scalar s && s.text() != null ? s.text() : "...";
    }

    <E extends Enum<E>> List<E> enums(String key, Class<E> type) {
        List<String> raw = texts(key, "values among " + names(type));
        List<E> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            E e = parseEnum(raw.get(i), type, key, i);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private int lineOf(String key, int index) {
        Node.Entry e = node.entries().get(key);
        if (e == null) {
            return node.line();
        }
        if (index >= 0 && e.value() instanceof Node.ListNode l && index < l.items().size()) {
            return l.items().get(index).line();
        }
        return e.value().line();
    }

    /** A nested mapping, or {@code null} if absent (after recording a problem if it is not a mapping). */
    Obj obj(String key, String what) {
        Node n = raw(key);
        if (n == null) {
            return null;
        }
        return of(file, path(key), n, problems, what);
    }

    /** A list of mappings. */
    List<Obj> objs(String key, String what) {
        Node n = raw(key);
        List<Obj> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof Node.ListNode list)) {
            problem(key, "found " + n.describe(), "a list of mappings, each describing " + what);
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Obj o = of(file, path(key + "[" + i + "]"), list.items().get(i), problems, what);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** A mapping from text keys to values parsed by {@code value}; order kept. */
    <V> Map<String, V> map(String key, String what, Function<String, V> value, String expectedValue) {
        Node n = raw(key);
        Map<String, V> out = new java.util.LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof Node.MapNode m)) {
            problem(key, "found " + n.describe(), "a mapping of " + what);
            return out;
        }
        for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
            Node v = e.getValue().value();
            String p = path(key + "." + e.getKey());
            if (v instanceof Node.Scalar s && s.text() != null) {
                try {
                    out.put(e.getKey(), value.apply(s.text()));
                } catch (IllegalArgumentException ex) {
                    problems.add(new InputProblem(file, v.line(), p, "\"" + s.text() + "\" is not a known value", expectedValue));
                }
            } else {
                problems.add(new InputProblem(file, v.line(), p, "found " + v.describe(), expectedValue));
            }
        }
        return out;
    }

    /** Reports every key no accessor asked for, with the closest known key as a hint. */
    void done() {
        for (Map.Entry<String, Node.Entry> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                String suggestion = closest(e.getKey());
                problems.add(new InputProblem(file, e.getValue().keyLine(), path(e.getKey()),
                        "unknown key \"" + e.getKey() + "\"",
                        (suggestion == null ? "" : "did you mean \"" + suggestion + "\"? ")
                                + "keys allowed here: " + String.join(", ", known)));
            }
        }
    }

    private String closest(String key) {
        int most = Math.max(2, key.length() / 3);
        // The distance is at least the difference in length: skipping those keeps a megabyte-long unknown key cheap.
        return known.stream()
                .filter(k -> Math.abs(k.length() - key.length()) <= most)
                .map(k -> Map.entry(k, distance(k.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= most)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
