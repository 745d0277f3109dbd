package org.itut.compliance.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much input {@link FactReader} accepts before it stops: each limit is checked while reading,
 * before the work it guards is done, and a file that exceeds one gives an {@link InputProblem} that
 * names the file, the line and the limit. The defaults ({@link #DEFAULTS}) hold a register of
 * 100,000 groups in one file with room to spare; {@code docs/facts-format.md} says why each number
 * was chosen. Immutable.
 *
 * @param fileBytes    the largest fact file, in bytes, checked before the file is opened
 * @param facts        the most facts (groups, meetings, documents ...: items of the top-level lists) in one submission
 * @param values       the most values (mappings, lists and scalars, aliases counted as what they expand to) in one submission
 * @param stringLength the longest text or key, in characters
 * @param depth        the deepest nesting of mappings and lists
 * @param aliases      the most YAML aliases ({@code *name}) in one file; 0 refuses every alias
 * @param documents    the most YAML documents ({@code ---}) or JSON values in one file
 */
public record ReadLimits(long fileBytes, long facts, long values, long stringLength, long depth, long aliases, long documents) {

    /** What each limit may be set to: depth is capped because the reader descends one stack frame per level. */
    private static final Map<String, long[]> RANGES = new LinkedHashMap<>();

    static {
        RANGES.put("file-size", new long[] {1, Integer.MAX_VALUE});
        RANGES.put("facts", new long[] {1, Integer.MAX_VALUE});
        RANGES.put("values", new long[] {1, Integer.MAX_VALUE});
        RANGES.put("string-length", new long[] {1, Integer.MAX_VALUE});
        RANGES.put("depth", new long[] {2, 1_000});
        RANGES.put("aliases", new long[] {0, Integer.MAX_VALUE});
        RANGES.put("documents", new long[] {1, Integer.MAX_VALUE});
    }

    /** The limits {@link FactReader#read(List)} applies (after {@code RANGES}, which the constructor reads). */
    public static final ReadLimits DEFAULTS = new ReadLimits(64L << 20, 200_000, 5_000_000, 100_000, 64, 0, 1);

    /**
     * Checks each limit against what it may be set to (depth at most 1,000, the others at least 1, aliases at least 0).
     *
     * @param fileBytes    the largest fact file, in bytes
     * @param facts        the most facts in one submission
     * @param values       the most values in one submission
     * @param stringLength the longest text or key, in characters
     * @param depth        the deepest nesting of mappings and lists
     * @param aliases      the most YAML aliases in one file
     * @param documents    the most YAML documents or JSON values in one file
     * @throws IllegalArgumentException naming the limit and the range it may take
     */
    public ReadLimits {
        check("file-size", fileBytes);
        check("facts", facts);
        check("values", values);
        check("string-length", stringLength);
        check("depth", depth);
        check("aliases", aliases);
        check("documents", documents);
    }

    /**
     * The names of the limits, as {@code --limit NAME=VALUE} and {@link #with(String, String)} take them.
     *
     * @return {@code file-size}, {@code facts}, {@code values}, {@code string-length}, {@code depth}, {@code aliases},
     *         {@code documents}, in the order documented
     */
    public static List<String> names() {
        return List.copyOf(RANGES.keySet());
    }

    /**
     * The value of one limit.
     *
     * @param name one of {@link #names()}
     * @return its value
     * @throws IllegalArgumentException naming the limits there are, when {@code name} is none of them
     */
    public long get(String name) {
        return switch (name) {
            case "file-size" -> fileBytes;
            case "facts" -> facts;
            case "values" -> values;
            case "string-length" -> stringLength;
            case "depth" -> depth;
            case "aliases" -> aliases;
            case "documents" -> documents;
            default -> throw unknown(name);
        };
    }

    /**
     * These limits with one changed.
     *
     * @param name  one of {@link #names()}
     * @param value its new value
     * @return the limits, {@code name} set to {@code value}
     * @throws IllegalArgumentException when {@code name} is not a limit, or {@code value} is outside its range
     */
    public ReadLimits with(String name, long value) {
        return switch (name) {
            case "file-size" -> new ReadLimits(value, facts, values, stringLength, depth, aliases, documents);
            case "facts" -> new ReadLimits(fileBytes, value, values, stringLength, depth, aliases, documents);
            case "values" -> new ReadLimits(fileBytes, facts, value, stringLength, depth, aliases, documents);
            case "string-length" -> new ReadLimits(fileBytes, facts, values, value, depth, aliases, documents);
            case "depth" -> new ReadLimits(fileBytes, facts, values, stringLength, value, aliases, documents);
            case "aliases" -> new ReadLimits(fileBytes, facts, values, stringLength, depth, value, documents);
            case "documents" -> new ReadLimits(fileBytes, facts, values, stringLength, depth, aliases, value);
            default -> throw unknown(name);
        };
    }

    /**
     * These limits with {@code name} set to {@code value} as a user writes it: a whole number, for
     * {@code file-size} optionally followed by {@code K}, {@code M} or {@code G} (powers of 1024).
     *
     * @param name  one of {@link #names()}
     * @param value its new value, as text
     * @return the limits, {@code name} set to {@code value}
     * @throws IllegalArgumentException naming the limit and what is allowed
     */
    public ReadLimits with(String name, String value) {
        if (!RANGES.containsKey(name)) {
            throw unknown(name);
        }
        String v = value.trim().replace("_", "");
        long unit = 1;
        if (name.equals("file-size") && !v.isEmpty()) {
            switch (Character.toUpperCase(v.charAt(v.length() - 1))) {
                case 'K' -> unit = 1L << 10;
                case 'M' -> unit = 1L << 20;
                case 'G' -> unit = 1L << 30;
                default -> unit = 1;
            }
            if (unit > 1) {
                v = v.substring(0, v.length() - 1);
            }
        }
        long n;
        try {
            n = Math.multiplyExact(Long.parseLong(v), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("limit " + name + ": \"" + value + "\" is not a whole number"
                    + (name.equals("file-size") ? " of bytes (K, M and G are accepted, e.g. 200M)" : ""));
        }
        return with(name, n);
    }

    private static void check(String name, long value) {
        long[] r = RANGES.get(name);
        if (value < r[0] || value > r[1]) {
            throw new IllegalArgumentException("limit " + name + ": " + value + " is out of range; allowed: "
                    + r[0] + " to " + r[1]);
        }
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("no limit is called \"" + name + "\"; the limits are "
                + String.join(", ", RANGES.keySet()));
    }

    /** For example {@code depth=64}: how a user raises it. */
    static String setting(String name, long value) {
        return name + "=" + value;
    }

    /** The file size in words, e.g. {@code 64 MiB (67108864 bytes)}. */
    static String bytes(long n) {
        if (n >= 1L << 20 && n % (1L << 20) == 0) {
            return (n >> 20) + " MiB (" + n + " bytes)";
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB (%d bytes)", n / (double) (1L << 20), n);
        }
        if (n >= 1L << 10 && n % (1L << 10) == 0) {
            return (n >> 10) + " KiB (" + n + " bytes)";
        }
        return n + (n == 1 ? " byte" : " bytes");
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String n : RANGES.keySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(n).append('=').append(get(n));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
