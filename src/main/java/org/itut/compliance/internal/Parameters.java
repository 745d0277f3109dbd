package org.itut.compliance.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.itut.compliance.io.Resources;

/**
 * The dated, cited numbers the rules read, per instrument edition, and the holiday calendar for
 * working-day rules. The library ships its own under {@code parameters/}; a directory of the same
 * layout overrides them value by value (and may register editions in {@code editions.yaml} and
 * holidays in {@code holidays.yaml}).
 */
public final class Parameters {

    static final String FOLDER = "parameters";
    /** The pseudo-edition of engine-policy values: limits the library sets where the text gives no number. */
    public static final String POLICY = "policy";

    private final Map<String, Parameter> values;
    private final Editions editions;
    private final Set<LocalDate> holidays;
    private final List<String> sources;
    /** Each file's name for digests (bundled: its resource name; override: "override/" + its path in the directory) and bytes. */
    private final Map<String, byte[]> files;

    private Parameters(Map<String, Parameter> values, Editions editions, Set<LocalDate> holidays, List<String> sources,
                       Map<String, byte[]> files) {
        this.values = values;
        this.editions = editions;
        this.holidays = holidays;
        this.sources = sources;
        this.files = files;
    }

    /** The library's own parameters. */
    public static Parameters bundled() {
        Map<String, Parameter> values = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        Editions editions = null;
        Set<LocalDate> holidays = new TreeSet<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : Resources.list(FOLDER, n -> n.endsWith(".yaml"))) {
            String res = FOLDER + "/" + name;
            JsonNode root = Yaml.resource(res);
            sources.add(res);
            files.put(res, Yaml.resourceBytes(res));
            switch (name) {
                case "editions.yaml" -> editions = Editions.from(root, res);
                case "holidays.yaml" -> holidays.addAll(holidays(root, res));
                default -> load(root, res, values);
            }
        }
        if (editions == null) {
            throw new IllegalStateException("parameters/editions.yaml is missing from the class path");
        }
        return new Parameters(values, editions, holidays, sources, files);
    }

    /**
     * These parameters with every value, edition and holiday in {@code dir} taking precedence. An
     * override is input: every file is checked before anything is applied, and every problem found is
     * reported at once, naming the file and the key.
     *
     * @throws IllegalArgumentException listing each problem, one per line
     */
    public Parameters overriddenBy(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a directory of parameter files");
        }
        Map<String, Parameter> merged = new LinkedHashMap<>(values);
        Editions eds = editions;
        Set<LocalDate> hol = new TreeSet<>(holidays);
        List<String> src = new ArrayList<>(sources);
        Map<String, byte[]> bytes = new LinkedHashMap<>(this.files);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(dir + ": the directory cannot be read: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        Map<Path, JsonNode> roots = new LinkedHashMap<>();
        for (Path p : files) {
            try {
                roots.put(p, Yaml.file(p));
                bytes.put("override/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(p + ": cannot be read: " + e.getMessage());
            }
        }
        // Editions first: a values file may name an edition that the same directory registers.
        for (Map.Entry<Path, JsonNode> e : roots.entrySet()) {
            if (e.getKey().getFileName().toString().equals("editions.yaml")) {
                String file = e.getKey().toString();
                int before = problems.size();
                ParameterChecks.editions(e.getValue(), file, problems);
                if (problems.size() == before) {
                    try {
                        Editions next = eds.overriddenBy(Editions.from(e.getValue(), file));
                        ParameterChecks.keepsBundledEditions(editions, e.getValue(), next, file, problems);
                        eds = next;
                    } catch (IllegalArgumentException ex) {
                        problems.add(ex.getMessage());
                    }
                }
            }
        }
        for (Map.Entry<Path, JsonNode> e : roots.entrySet()) {
            String file = e.getKey().toString();
            src.add(file);
            switch (e.getKey().getFileName().toString()) {
                case "editions.yaml" -> { }
                case "holidays.yaml" -> {
                    if (ParameterChecks.holidays(e.getValue(), file, problems)) {
                        hol.addAll(holidays(e.getValue(), file));
                    }
                }
                default -> {
                    if (ParameterChecks.values(e.getValue(), file, eds, values.values(), problems)) {
                        try {
                            load(e.getValue(), file, merged);
                        } catch (IllegalArgumentException ex) {
                            problems.add(ex.getMessage());
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", problems));
        }
        return new Parameters(merged, eds, hol, src, bytes);
    }

    private static void load(JsonNode root, String file, Map<String, Parameter> into) {
        String instrument = Yaml.text(root, "instrument", file, "");
        String edition = Yaml.text(root, "edition", file, "");
        JsonNode vals = Yaml.require(root, "values", file);
        for (Iterator<Map.Entry<String, JsonNode>> it = vals.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String where = "values." + e.getKey();
            Period period = null;
            if (v.hasNonNull("period")) {
                try {
                    period = Period.parse(v.get("period").asText());
                } catch (DateTimeParseException ex) {
                    throw new IllegalArgumentException(file + ": " + where + ".period: \"" + v.get("period").asText()
                            + "\" is not a period such as P12D or P2M");
                }
            }
            Integer wd = v.hasNonNull("workingDays") ? v.get("workingDays").asInt() : null;
            Integer number = v.hasNonNull("number") ? v.get("number").asInt() : null;
            if ((period == null ? 0 : 1) + (wd == null ? 0 : 1) + (number == null ? 0 : 1) != 1) {
                throw new IllegalArgumentException(file + ": " + where + " needs exactly one of period, workingDays, number");
            }
            into.put(key(instrument, edition, e.getKey()), new Parameter(e.getKey(), instrument, edition,
                    Yaml.text(v, "clause", file, where), period, wd, number,
                    v.hasNonNull("note") ? v.get("note").asText() : "", file));
        }
    }

    private static Set<LocalDate> holidays(JsonNode root, String file) {
        Set<LocalDate> out = new TreeSet<>();
        JsonNode list = root.path("holidays");
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(LocalDate.parse(list.get(i).asText()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(file + ": holidays[" + i + "]: \"" + list.get(i).asText() + "\" is not a date");
            }
        }
        return out;
    }

    private static String key(String instrument, String edition, String name) {
        return instrument + "|" + edition + "|" + name;
    }

    public Editions editions() {
        return editions;
    }

    /**
     * These parameters with the edition policy's strict mode on or off: when on, a finding that would be
     * judged under a text other than the edition in force (carried forward) is INDETERMINATE instead.
     */
    public Parameters withStrictEditions(boolean strict) {
        return new Parameters(values, editions.strict(strict), holidays, sources, files);
    }

    /** The files the values came from, in the order they were applied. */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /**
     * The SHA-256 over the parameter files in the order they were applied: the bundled ones by resource
     * name, then any override directory's files as {@code override/<path in the directory>}.
     */
    public String sha256() {
        return Digests.sha256OfFiles(files);
    }

    /** Each parameter file's digest name and its own SHA-256, in the order applied. */
    public Map<String, String> fileDigests() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, b) -> out.put(name, Digests.sha256(b)));
        return out;
    }

    /** Every value, for catalogues and hashes. */
    public List<Parameter> all() {
        return List.copyOf(values.values());
    }

    /**
     * The value of {@code name} set by {@code edition} of {@code instrument}.
     *
     * @throws IllegalStateException when no such value is configured (a defect in a rule or a file)
     */
    public Parameter get(String instrument, String edition, String name) {
        Parameter p = values.get(key(instrument, edition, name));
        if (p == null) {
            throw new IllegalStateException("no parameter \"" + name + "\" for " + instrument + " (" + edition
                    + ") in " + sources);
        }
        return p;
    }

    public boolean has(String instrument, String edition, String name) {
        return values.containsKey(key(instrument, edition, name));
    }

    public boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** {@code n} working days after {@code d} (a non-working {@code d} counts from the next working day). */
    public LocalDate plusWorkingDays(LocalDate d, int n) {
        LocalDate cur = d;
        int left = n;
        while (left > 0) {
            cur = cur.plusDays(1);
            if (isWorkingDay(cur)) {
                left--;
            }
        }
        return cur;
    }

    /** The working day {@code n} working days before {@code d}. */
    public LocalDate minusWorkingDays(LocalDate d, int n) {
        LocalDate cur = d;
        int left = n;
        while (left > 0) {
            cur = cur.minusDays(1);
            if (isWorkingDay(cur)) {
                left--;
            }
        }
        return cur;
    }
}
