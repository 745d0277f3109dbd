package org.itut.compliance.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an override directory's files before {@link Parameters} applies them: a parameter override
 * is input like any fact file, and a nonsense value (a negative period, a share above 100 %, an
 * unknown key, an edition that is not registered) is refused naming the file and the key rather than
 * turned into findings. Each method adds its problems to {@code problems} and says whether the file
 * may be applied.
 */
final class ParameterChecks {
    /** A period longer than this is no notice period or lead time any text sets. */
    static final int MAX_PERIOD_MONTHS = 10 * 12;
    /** A year of working days. */
    static final int MAX_WORKING_DAYS = 366;
    /** A count (of study groups, Member States, replies) larger than this is no count a text sets. */
    static final int MAX_COUNT = 10_000;

    private static final Set<String> VALUES_FILE_KEYS = Set.of("instrument", "edition", "values");
    private static final Set<String> VALUE_KEYS = Set.of("period", "workingDays", "number", "clause", "note");
    private static final Set<String> EDITIONS_FILE_KEYS = Set.of("instruments");
    private static final Set<String> INSTRUMENT_KEYS = Set.of("instrument", "name", "editions");
    private static final Set<String> EDITION_KEYS = Set.of("edition", "label", "from", "encoded", "carriedForward");

    /**
     * The names the rules read, with the kind they read them as (empty when a rule only asks whether one
     * is set): a value the library leaves unset by default, such as A.1's report-posting-limit, is no unknown key.
     */
    private static final Map<String, String> READ_BY_RULES = readByRules();

    private ParameterChecks() {
    }

    private static Map<String, String> readByRules() {
        Map<String, String> out = new java.util.HashMap<>();
        java.util.regex.Pattern call = java.util.regex.Pattern.compile(
                "out\\.(period|workingDays|number|hasParameter)\\(kcontext,\\s*\"([^\"]+)\"");
        for (String drl : org.itut.compliance.io.Resources.list("rules", n -> n.endsWith(".drl"))) {
            java.util.regex.Matcher m = call.matcher(new String(org.itut.compliance.io.Resources.read("rules/" + drl),
                    java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) {
                String kind = m.group(1).equals("hasParameter") ? "" : m.group(1);
                out.merge(m.group(2), kind, (a, b) -> a.isEmpty() ? b : a);
            }
        }
        return Map.copyOf(out);
    }

    /** A values file: {@code instrument}, {@code edition} and {@code values} of known names and kinds. */
    static boolean values(JsonNode root, String file, Editions editions, Collection<Parameter> bundled, List<String> problems) {
        int before = problems.size();
        keys(root, VALUES_FILE_KEYS, file, "", problems);
        String instrument = text(root, "instrument", file, "", problems);
        String edition = text(root, "edition", file, "", problems);
        if (instrument != null && !editions.knows(instrument)) {
            problems.add(file + ": instrument: \"" + instrument + "\" is not a registered instrument; registered: "
                    + String.join(", ", registered(editions, bundled)));
            instrument = null;
        }
        // "policy" is not an edition: it holds the engine's own limits where a text gives no number.
        if (instrument != null && edition != null && !Parameters.POLICY.equals(edition)
                && editions.edition(instrument, edition).isEmpty()) {
            problems.add(file + ": edition: " + instrument + " has no edition \"" + edition + "\"; registered: "
                    + String.join(", ", editions.editions(instrument).stream().map(Editions.Edition::edition).toList())
                    + " (register a new one in editions.yaml in the same directory)");
        }
        JsonNode vals = root.get("values");
        if (vals == null || !vals.isObject()) {
            problems.add(file + ": values: " + (vals == null ? "the key is missing" : "found " + kind(vals))
                    + ", expected a mapping of parameter names to values");
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = vals.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            value(e.getKey(), e.getValue(), instrument, file, bundled, problems);
        }
        return problems.size() == before;
    }

    private static void value(String name, JsonNode v, String instrument, String file, Collection<Parameter> bundled,
                              List<String> problems) {
        String where = "values." + name;
        if (!v.isObject()) {
            problems.add(file + ": " + where + ": found " + kind(v) + ", expected a mapping with one of period, workingDays, number, and clause");
            return;
        }
        keys(v, VALUE_KEYS, file, where, problems);
        Parameter known = null;
        if (instrument != null) {
            Set<String> names = new TreeSet<>();
            for (Parameter p : bundled) {
                if (p.instrument().equals(instrument)) {
                    names.add(p.name());
                    if (p.name().equals(name)) {
                        known = p;
                    }
                }
            }
            String read = READ_BY_RULES.get(name);
            if (known == null && read == null) {
                problems.add(file + ": " + where + ": " + instrument + " has no parameter \"" + name + "\"; its parameters: "
                        + String.join(", ", names));
            }
            if (known == null && read != null && !read.isEmpty() && !v.hasNonNull(read)) {
                problems.add(file + ": " + where + ": the rules read " + name + " as " + read + ", so it needs " + read);
            }
        }
        String kind = null;
        int kinds = 0;
        for (String k : List.of("period", "workingDays", "number")) {
            if (v.hasNonNull(k)) {
                kind = k;
                kinds++;
            }
        }
        if (kinds != 1) {
            problems.add(file + ": " + where + ": needs exactly one of period, workingDays, number");
            return;
        }
        String bundledKind = known == null ? null
                : known.period() != null ? "period" : known.workingDays() != null ? "workingDays" : "number";
        if (bundledKind != null && !bundledKind.equals(kind)) {
            problems.add(file + ": " + where + "." + kind + ": " + name + " is a " + bundledKind + " (the library's is "
                    + known.display() + "), not a " + kind);
        }
        JsonNode x = v.get(kind);
        switch (kind) {
            case "period" -> {
                try {
                    Period p = Period.parse(x.asText());
                    if (p.isNegative() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
                        problems.add(file + ": " + where + ".period: \"" + x.asText() + "\" is negative; expected a period of zero or more, such as P12D");
                    } else if (p.toTotalMonths() + p.getDays() / 31 > MAX_PERIOD_MONTHS) {
                        problems.add(file + ": " + where + ".period: \"" + x.asText() + "\" is longer than ten years; expected a notice period such as P12D or P2M");
                    }
                } catch (DateTimeParseException | ArithmeticException e) {
                    problems.add(file + ": " + where + ".period: \"" + x.asText() + "\" is not a period such as P12D or P2M");
                }
            }
            case "workingDays" -> whole(x, file, where + ".workingDays", MAX_WORKING_DAYS, "working days", problems);
            default -> {
                boolean share = name.endsWith("-share");
                whole(x, file, where + ".number", share ? 100 : MAX_COUNT, share ? "per cent" : "a count", problems);
            }
        }
        if (v.get("clause") == null || !v.get("clause").isValueNode() || v.get("clause").asText().isBlank()) {
            problems.add(file + ": " + where + ".clause: must be a non-empty text (the clause that sets the value)");
        }
        if (v.has("note") && !v.get("note").isTextual() && !v.get("note").isNull()) {
            problems.add(file + ": " + where + ".note: found " + kind(v.get("note")) + ", expected a text");
        }
    }

    private static void whole(JsonNode x, String file, String where, int max, String unit, List<String> problems) {
        if (!x.isIntegralNumber() || !x.canConvertToInt()) {
            problems.add(file + ": " + where + ": found " + kind(x) + " " + x.asText() + ", expected a whole number of " + unit);
        } else if (x.asInt() < 0 || x.asInt() > max) {
            problems.add(file + ": " + where + ": " + x.asInt() + " is out of range; expected 0 to " + max + " (" + unit + ")");
        }
    }

    /** {@code holidays.yaml}: a list of dates. */
    static boolean holidays(JsonNode root, String file, List<String> problems) {
        int before = problems.size();
        keys(root, Set.of("holidays"), file, "", problems);
        JsonNode list = root.get("holidays");
        if (list == null || !list.isArray()) {
            problems.add(file + ": holidays: " + (list == null ? "the key is missing" : "found " + kind(list))
                    + ", expected a list of dates YYYY-MM-DD");
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual()) {
                problems.add(file + ": holidays[" + i + "]: found " + kind(list.get(i)) + ", expected a date YYYY-MM-DD");
            } else {
                date(list.get(i).asText(), file, "holidays[" + i + "]", problems);
            }
        }
        return problems.size() == before;
    }

    /** {@code editions.yaml}: instruments with their editions, each known by name and first day in force. */
    static void editions(JsonNode root, String file, List<String> problems) {
        keys(root, EDITIONS_FILE_KEYS, file, "", problems);
        JsonNode list = root.get("instruments");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(file + ": instruments: " + (list == null ? "the key is missing" : "found " + kind(list))
                    + ", expected a list of instruments, each with instrument, name and editions");
            return;
        }
        Set<String> instruments = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode in = list.get(i);
            String where = "instruments[" + i + "]";
            if (!in.isObject()) {
                problems.add(file + ": " + where + ": found " + kind(in) + ", expected a mapping with instrument, name and editions");
                continue;
            }
            keys(in, INSTRUMENT_KEYS, file, where, problems);
            String key = text(in, "instrument", file, where, problems);
            text(in, "name", file, where, problems);
            if (key != null && !instruments.add(key)) {
                problems.add(file + ": " + where + ".instrument: \"" + key + "\" is listed twice");
            }
            JsonNode eds = in.get("editions");
            if (eds == null || !eds.isArray() || eds.isEmpty()) {
                problems.add(file + ": " + where + ".editions: " + (eds == null ? "the key is missing" : "found " + kind(eds))
                        + ", expected a list of editions, each with edition and from");
                continue;
            }
            Map<String, Boolean> encoded = new java.util.LinkedHashMap<>();
            Set<LocalDate> days = new HashSet<>();
            for (int j = 0; j < eds.size(); j++) {
                JsonNode e = eds.get(j);
                String w = where + ".editions[" + j + "]";
                if (!e.isObject()) {
                    problems.add(file + ": " + w + ": found " + kind(e) + ", expected a mapping with edition and from");
                    continue;
                }
                keys(e, EDITION_KEYS, file, w, problems);
                String ed = text(e, "edition", file, w, problems);
                String from = text(e, "from", file, w, problems);
                LocalDate day = from == null ? null : date(from, file, w + ".from", problems);
                if (ed != null && encoded.containsKey(ed)) {
                    problems.add(file + ": " + w + ".edition: \"" + ed + "\" is listed twice for " + key);
                }
                if (day != null && !days.add(day)) {
                    problems.add(file + ": " + w + ".from: two editions of " + key + " come into force on " + day);
                }
                if (e.has("encoded") && !e.get("encoded").isBoolean()) {
                    problems.add(file + ": " + w + ".encoded: found " + kind(e.get("encoded")) + " " + e.get("encoded").asText()
                            + ", expected true or false");
                }
                if (e.has("label") && !e.get("label").isTextual()) {
                    problems.add(file + ": " + w + ".label: found " + kind(e.get("label")) + ", expected a text");
                }
                if (ed != null) {
                    encoded.put(ed, e.path("encoded").asBoolean(false));
                }
            }
            for (int j = 0; j < eds.size(); j++) {
                JsonNode cf = eds.get(j).get("carriedForward");
                if (cf != null && !cf.isNull()) {
                    String w = where + ".editions[" + j + "].carriedForward";
                    if (!Boolean.TRUE.equals(encoded.get(cf.asText()))) {
                        problems.add(file + ": " + w + ": \"" + cf.asText() + "\" is not an encoded edition of " + key
                                + " in this list; expected one of " + encoded.entrySet().stream().filter(Map.Entry::getValue)
                                .map(Map.Entry::getKey).toList());
                    }
                }
            }
        }
    }

    /** The library's rules encode the bundled encoded editions: an override may add editions, not remove those. */
    static void keepsBundledEditions(Editions bundled, JsonNode root, Editions next, String file, List<String> problems) {
        for (JsonNode in : root.path("instruments")) {
            String instrument = in.path("instrument").asText();
            if (!bundled.knows(instrument)) {
                continue;
            }
            for (Editions.Edition e : bundled.editions(instrument)) {
                // An encoded edition is one some rule's text comes from; other editions a rule cites are checked when the rules are built.
                if (e.encoded() && next.edition(instrument, e.edition()).isEmpty()) {
                    problems.add(file + ": instruments: " + instrument + " no longer lists its edition " + e.edition()
                            + ", whose text the library's rules encode; list every bundled edition and add yours");
                }
            }
        }
    }

    private static Set<String> registered(Editions editions, Collection<Parameter> bundled) {
        Set<String> out = new LinkedHashSet<>();
        for (Parameter p : bundled) {
            if (editions.knows(p.instrument())) {
                out.add(p.instrument());
            }
        }
        return out;
    }

    private static void keys(JsonNode n, Set<String> allowed, String file, String where, List<String> problems) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problems.add(file + ": " + (where.isEmpty() ? "" : where + ".") + k + ": unknown key; keys allowed here: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private static String text(JsonNode n, String key, String file, String where, List<String> problems) {
        JsonNode v = n.get(key);
        String at = (where.isEmpty() ? "" : where + ".") + key;
        if (v == null || v.isNull()) {
            problems.add(file + ": " + at + ": the key is missing");
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            problems.add(file + ": " + at + ": found " + kind(v) + ", expected a non-empty text");
            return null;
        }
        return v.asText();
    }

    private static LocalDate date(String t, String file, String where, List<String> problems) {
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(file + ": " + where + ": \"" + t + "\" is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case OBJECT -> "a mapping";
            case ARRAY -> "a list";
            case STRING -> "a text";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "an empty value";
            default -> "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
