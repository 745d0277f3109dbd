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
 * META-EDITION-IN-FORCE). The texts state no effective dates; the table takes the approval date
 * (A.1) or the closing day of the approving assembly (Res. 1, A.8). Read from
 * {@code parameters/editions.yaml}; a user who holds a newer edition can register it.
 */
public final class Editions {

    /**
     * One edition.
     *
     * @param instrument     the key used in rule metadata, e.g. {@code A.1}
     * @param name           the display name, e.g. {@code ITU-T A.1}
     * @param edition        e.g. {@code 10/2016}
     * @param label          e.g. {@code 10/2016} or {@code Rev. Hammamet, 2016}
     * @param from           first day in force
     * @param encoded        whether rules encode this edition's text
     * @param carriedForward the edition whose text is applied when this one's is not encoded, or {@code null}
     */
    public record Edition(String instrument, String name, String edition, String label, LocalDate from,
                          boolean encoded, String carriedForward) {
    }

    private final Map<String, List<Edition>> byInstrument;

    private Editions(Map<String, List<Edition>> byInstrument) {
        this.byInstrument = byInstrument;
    }

    static Editions from(JsonNode root, String file) {
        Map<String, List<Edition>> map = new LinkedHashMap<>();
        JsonNode list = Yaml.require(root, "instruments", file);
        for (int i = 0; i < list.size(); i++) {
            JsonNode in = list.get(i);
            String where = "instruments[" + i + "]";
            String key = Yaml.text(in, "instrument", file, where);
            String name = Yaml.text(in, "name", file, where);
            JsonNode eds = Yaml.require(in, "editions", file + " " + where);
            List<Edition> editions = new ArrayList<>();
            for (int j = 0; j < eds.size(); j++) {
                JsonNode e = eds.get(j);
                String w = where + ".editions[" + j + "]";
                String edition = Yaml.text(e, "edition", file, w);
                editions.add(new Edition(key, name, edition,
                        e.hasNonNull("label") ? e.get("label").asText() : edition,
                        Yaml.date(e, "from", file, w), e.path("encoded").asBoolean(false),
                        e.hasNonNull("carriedForward") ? e.get("carriedForward").asText() : null));
            }
            editions.sort(Comparator.comparing(Edition::from));
            map.put(key, List.copyOf(editions));
        }
        return new Editions(map);
    }

    /** Replaces whole instruments with those of {@code other}. */
    Editions overriddenBy(Editions other) {
        Map<String, List<Edition>> map = new LinkedHashMap<>(byInstrument);
        map.putAll(other.byInstrument);
        return new Editions(map);
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

    public boolean knows(String instrument) {
        return byInstrument.containsKey(instrument);
    }

    public String name(String instrument) {
        return editions(instrument).get(0).name();
    }
}
