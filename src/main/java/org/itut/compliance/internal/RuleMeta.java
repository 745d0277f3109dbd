package org.itut.compliance.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.itut.compliance.Level;
import org.itut.compliance.RuleInfo;
import org.itut.compliance.Status;

/**
 * A rule's metadata, normalised once: Drools can hand metadata values back with their quotes
 * (see docs/drools.md), so every value passes through {@link #clean(Object)}.
 *
 * <p>Keys: {@code @instrument @edition @clause @title @level @status}, optionally {@code @textEdition}
 * and {@code @textClause} (where the content was read, when the clause is cited by crosswalk),
 * {@code @catalogue} (catalogue entry ids, comma-separated) and {@code @parameters} (parameter
 * names, comma-separated). A rule that only derives facts carries {@code @derivation} instead.
 */
public record RuleMeta(String id, String instrument, String edition, String clause, String textEdition,
                       String textClause, String title, Level level, Status status, List<String> catalogue,
                       List<String> parameters, String file, boolean derivation) {

    /** The instrument key of rules that check duties a group's own terms of reference declare. */
    public static final String TERMS_OF_REFERENCE = "ToR";

    static RuleMeta from(String id, Map<String, Object> raw, String file) {
        boolean derivation = raw.containsKey("derivation");
        String instrument = clean(raw.get("instrument"));
        String levelText = clean(raw.get("level"));
        String statusText = clean(raw.get("status"));
        if (derivation) {
            return new RuleMeta(id, instrument, clean(raw.get("edition")), clean(raw.get("clause")), null, null,
                    nonNull(clean(raw.get("derivation")), id), null, null, List.of(), list(raw.get("parameters")), file, true);
        }
        StringBuilder missing = new StringBuilder();
        for (String key : List.of("instrument", "clause", "title", "level", "status")) {
            if (clean(raw.get(key)) == null) {
                missing.append(" @").append(key);
            }
        }
        if (!TERMS_OF_REFERENCE.equals(instrument) && clean(raw.get("edition")) == null) {
            missing.append(" @edition");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(file + ": rule \"" + id + "\" lacks metadata" + missing);
        }
        Level level;
        Status status;
        try {
            level = Level.valueOf(levelText);
            status = Status.fromTag(statusText);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": rule \"" + id + "\": " + e.getMessage(), e);
        }
        if (status == Status.CARRIED_FORWARD) {
            throw new IllegalStateException(file + ": rule \"" + id + "\": carried-forward is a finding's status (the edition in force"
                    + " has no encoded text), never a provision's; use the catalogue's tag");
        }
        if (status == Status.UNVERIFIED && level == Level.VIOLATION) {
            throw new IllegalStateException(file + ": rule \"" + id + "\" is unverified and so cannot default to VIOLATION");
        }
        return new RuleMeta(id, instrument, clean(raw.get("edition")), clean(raw.get("clause")),
                clean(raw.get("textEdition")), clean(raw.get("textClause")), clean(raw.get("title")), level, status,
                list(raw.get("catalogue")), list(raw.get("parameters")), file, false);
    }

    private static String nonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** Strips the quotes Drools may leave around a metadata value, and surrounding blanks. */
    static String clean(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        while (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s.isEmpty() ? null : s;
    }

    private static List<String> list(Object value) {
        String s = clean(value);
        return s == null ? List.of() : Arrays.stream(s.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    public boolean termsOfReference() {
        return TERMS_OF_REFERENCE.equals(instrument);
    }

    RuleInfo info(Editions editions) {
        String name = termsOfReference() ? "terms of reference" : editions.name(instrument);
        return new RuleInfo(id, name, edition == null ? "" : edition, clause, title, level, status, catalogue, parameters, file);
    }
}
