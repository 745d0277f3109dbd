package org.itut.compliance.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which edition of each instrument is in force on a date (provision catalogue,
 * META-EDITION-IN-FORCE), and what is known about the editions whose text is not encoded: the
 * clause crosswalks that are evidenced, the provisions known to differ, and the encoded successors
 * of older provisions. Read from {@code parameters/editions.yaml}; a user who holds a newer edition
 * can register it. The policy that uses this is in {@link Citations}.
 */
public final class Editions {

    /** How much of an edition's text the rules encode. */
    public enum Encoding {
        /** The rules encode its text. */
        FULL,
        /** Only the rules that cite this edition encode its text; every other provision is carried forward. */
        PARTIAL,
        /** None: every provision is carried forward from the newest encoded text. */
        NONE
    }

    /** A clause of the text applied mapped to this edition's clause, with the evidence. */
    public record Mapping(String text, String clause, String basis) {
    }

    /** A note on the provisions at or under clause {@code text} of the text applied. */
    public record Note(String text, String note) {
    }

    /**
     * An encoded provision of this edition that replaces the provisions at or under clause
     * {@code replaces} of the older text.
     *
     * @param clause  this edition's clause that governs instead
     * @param status  that provision's status tag
     * @param governs which acts it governs, in words
     */
    public record Successor(String replaces, String clause, String status, String governs) {
    }

    /**
     * One edition.
     *
     * @param instrument     the key used in rule metadata, e.g. {@code A.1}
     * @param name           the display name, e.g. {@code ITU-T A.1}
     * @param edition        e.g. {@code 10/2016}
     * @param label          e.g. {@code 10/2016} or {@code Rev. Hammamet, 2016}
     * @param from           first day in force
     * @param encoding       how much of its text the rules encode
     * @param carriedForward the text applied where this edition's is not encoded, in words, or {@code null} when it is
     * @param crosswalk      evidenced clause mappings from the text applied
     * @param notCarried     provisions known to differ from the text applied: never carried forward
     * @param caveats        provisions carried forward with a known difference
     * @param successors     older provisions an encoded provision of this edition replaces
     */
    public record Edition(String instrument, String name, String edition, String label, LocalDate from,
                          Encoding encoding, String carriedForward, List<Mapping> crosswalk, List<Note> notCarried,
                          List<Note> caveats, List<Successor> successors) {

        /** True when the rules encode this edition's text in full. */
        public boolean encoded() {
            return encoding == Encoding.FULL;
        }

        /** The mapping of {@code clause}, or of the nearest clause above it that is mapped; {@code null} if none. */
        Mapping mapping(String clause) {
            return nearest(crosswalk, clause, Mapping::text);
        }

        Note notCarried(String clause) {
            return nearest(notCarried, clause, Note::text);
        }

        Note caveat(String clause) {
            return nearest(caveats, clause, Note::text);
        }

        Successor successor(String clause) {
            return nearest(successors, clause, Successor::replaces);
        }
    }

    /** Clauses of another instrument that an instrument governs from its first edition's date. */
    record TakeOver(String instrument, List<String> clauses) {
    }

    private final Map<String, List<Edition>> byInstrument;
    private final Map<String, TakeOver> takeOvers;
    private final boolean strict;

    private Editions(Map<String, List<Edition>> byInstrument, Map<String, TakeOver> takeOvers, boolean strict) {
        this.byInstrument = byInstrument;
        this.takeOvers = takeOvers;
        this.strict = strict;
    }

    static Editions from(JsonNode root, String file) {
        Map<String, List<Edition>> map = new LinkedHashMap<>();
        Map<String, TakeOver> takeOvers = new LinkedHashMap<>();
        JsonNode list = Yaml.require(root, "instruments", file);
        for (int i = 0; i < list.size(); i++) {
            JsonNode in = list.get(i);
            String where = "instruments[" + i + "]";
            String key = Yaml.text(in, "instrument", file, where);
            String name = Yaml.text(in, "name", file, where);
            if (in.hasNonNull("takesOver")) {
                JsonNode t = in.get("takesOver");
                List<String> clauses = new ArrayList<>();
                Yaml.require(t, "clauses", file + " " + where + ".takesOver").forEach(c -> clauses.add(c.asText()));
                takeOvers.put(key, new TakeOver(Yaml.text(t, "instrument", file, where + ".takesOver"), List.copyOf(clauses)));
            }
            JsonNode eds = Yaml.require(in, "editions", file + " " + where);
            List<Edition> editions = new ArrayList<>();
            for (int j = 0; j < eds.size(); j++) {
                JsonNode e = eds.get(j);
                String w = where + ".editions[" + j + "]";
                String edition = Yaml.text(e, "edition", file, w);
                List<Mapping> crosswalk = new ArrayList<>();
                for (JsonNode x : e.path("crosswalk")) {
                    crosswalk.add(new Mapping(Yaml.text(x, "text", file, w + ".crosswalk"), Yaml.text(x, "clause", file, w + ".crosswalk"),
                            Yaml.text(x, "basis", file, w + ".crosswalk")));
                }
                List<Note> notCarried = notes(e.path("notCarried"), "reason", file, w + ".notCarried");
                List<Note> caveats = notes(e.path("caveats"), "note", file, w + ".caveats");
                List<Successor> successors = new ArrayList<>();
                for (JsonNode x : e.path("successors")) {
                    String sw = w + ".successors";
                    successors.add(new Successor(Yaml.text(x, "replaces", file, sw), Yaml.text(x, "clause", file, sw),
                            Yaml.text(x, "status", file, sw), Yaml.text(x, "governs", file, sw)));
                }
                editions.add(new Edition(key, name, edition, e.hasNonNull("label") ? e.get("label").asText() : edition,
                        Yaml.date(e, "from", file, w), encoding(e.get("encoded"), file, w), null, List.copyOf(crosswalk),
                        notCarried, caveats, List.copyOf(successors)));
            }
            editions.sort(Comparator.comparing(Edition::from));
            map.put(key, List.copyOf(editions));
        }
        return new Editions(withCarriedForward(map, takeOvers), takeOvers, false);
    }

    private static Encoding encoding(JsonNode n, String file, String where) {
        if (n == null || n.isNull() || n.isBoolean() && !n.asBoolean()) {
            return Encoding.NONE;
        }
        if (n.isBoolean()) {
            return Encoding.FULL;
        }
        if ("partial".equals(n.asText())) {
            return Encoding.PARTIAL;
        }
        throw new IllegalArgumentException(file + ": " + where + ".encoded: \"" + n.asText() + "\" must be true, false or partial");
    }

    private static List<Note> notes(JsonNode list, String key, String file, String where) {
        List<Note> out = new ArrayList<>();
        for (JsonNode x : list) {
            out.add(new Note(Yaml.text(x, "text", file, where), Yaml.text(x, key, file, where)));
        }
        return List.copyOf(out);
    }

    /** Fills each unencoded edition's {@code carriedForward}: the newest encoded text of its instrument (or of the one it takes over). */
    private static Map<String, List<Edition>> withCarriedForward(Map<String, List<Edition>> map, Map<String, TakeOver> takeOvers) {
        Map<String, List<Edition>> out = new LinkedHashMap<>();
        map.forEach((key, list) -> {
            TakeOver t = takeOvers.get(key);
            List<Edition> source = t != null && map.containsKey(t.instrument()) ? map.get(t.instrument()) : list;
            Edition newest = null;
            for (Edition e : source) {
                if (e.encoding() == Encoding.FULL) {
                    newest = e;
                }
            }
            String words = newest == null ? "none" : (t != null ? newest.name() + " " : "") + newest.label();
            List<Edition> filled = new ArrayList<>();
            for (Edition e : list) {
                String cf = switch (e.encoding()) {
                    case FULL -> null;
                    case PARTIAL -> words + " where this edition's text is not encoded";
                    case NONE -> words;
                };
                filled.add(new Edition(e.instrument(), e.name(), e.edition(), e.label(), e.from(), e.encoding(), cf, e.crosswalk(),
                        e.notCarried(), e.caveats(), e.successors()));
            }
            out.put(key, List.copyOf(filled));
        });
        return out;
    }

    /** Replaces whole instruments with those of {@code other}. */
    Editions overriddenBy(Editions other) {
        Map<String, List<Edition>> map = new LinkedHashMap<>(byInstrument);
        map.putAll(other.byInstrument);
        Map<String, TakeOver> t = new LinkedHashMap<>(takeOvers);
        other.byInstrument.keySet().forEach(t::remove);
        t.putAll(other.takeOvers);
        return new Editions(withCarriedForward(map, t), t, strict || other.strict);
    }

    /** These editions with strict mode set: a finding that would be carried forward is INDETERMINATE instead. */
    Editions strict(boolean on) {
        return new Editions(byInstrument, takeOvers, on);
    }

    /** True in strict mode (--strict-editions). */
    public boolean strict() {
        return strict;
    }

    /** The edition of {@code instrument} in force on {@code date}; empty before the first registered one. */
    public Optional<Edition> inForce(String instrument, LocalDate date) {
        Edition found = null;
        for (Edition e : editions(instrument)) {
            if (!e.from().isAfter(date)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The instrument that governs clause {@code clause} of {@code instrument} on {@code date}: another
     * instrument that has taken that clause over and has an edition in force then, else {@code instrument}.
     */
    String governing(String instrument, String clause, LocalDate date) {
        for (Map.Entry<String, TakeOver> t : takeOvers.entrySet()) {
            if (t.getValue().instrument().equals(instrument) && clause != null
                    && t.getValue().clauses().stream().anyMatch(c -> within(clause, c))
                    && date != null && inForce(t.getKey(), date).isPresent()) {
                return t.getKey();
            }
        }
        return instrument;
    }

    /** The edition named {@code edition} of {@code instrument}. */
    public Optional<Edition> edition(String instrument, String edition) {
        return editions(instrument).stream().filter(e -> e.edition().equals(edition)).findFirst();
    }

    /** The day after which {@code e} is no longer in force, or {@code null} while no later edition is registered. */
    public LocalDate until(Edition e) {
        List<Edition> list = editions(e.instrument());
        int i = list.indexOf(e);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1).from().minusDays(1) : null;
    }

    public List<Edition> editions(String instrument) {
        List<Edition> list = byInstrument.get(instrument);
        if (list == null) {
            throw new IllegalArgumentException("no editions are registered for instrument \"" + instrument
                    + "\"; registered: " + byInstrument.keySet());
        }
        return list;
    }

    /** Every registered instrument key, in file order. */
    public List<String> instruments() {
        return List.copyOf(byInstrument.keySet());
    }

    public boolean knows(String instrument) {
        return byInstrument.containsKey(instrument);
    }

    public String name(String instrument) {
        return editions(instrument).get(0).name();
    }

    /** True when {@code clause} is {@code top} or one of its sub-clauses ({@code 2.2.1} is within {@code 2.2}, not {@code 2.2.10} within {@code 2.2.1}). */
    static boolean within(String clause, String top) {
        return clause.equals(top) || clause.startsWith(top + ".");
    }

    private static <T> T nearest(List<T> list, String clause, java.util.function.Function<T, String> key) {
        if (clause == null) {
            return null;
        }
        T best = null;
        int len = -1;
        for (T t : list) {
            String k = key.apply(t);
            if (within(clause, k) && k.length() > len) {
                best = t;
                len = k.length();
            }
        }
        return best;
    }
}
