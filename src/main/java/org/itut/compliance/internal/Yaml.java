package org.itut.compliance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.itut.compliance.io.Resources;
import java.time.format.DateTimeParseException;

/** Reads the library's own configuration files (editions, parameters); errors name file and key. */
final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** Parameter files are a page or two; a larger one is not a parameter file. */
    private static final long MAX_BYTES = 1L << 20;

    private Yaml() {
    }

    static JsonNode resource(String name) {
        try {
            return MAPPER.readTree(Resources.read(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library resource " + name, e);
        }
    }

    static byte[] resourceBytes(String name) {
        return Resources.read(name);
    }

    static JsonNode file(Path p) {
        try {
            if (Files.size(p) > MAX_BYTES) {
                throw new IllegalArgumentException(p + ": " + Files.size(p) + " bytes is more than a parameter file holds ("
                        + MAX_BYTES + " at most)");
            }
            JsonNode root;
            try (java.io.Reader r = Files.newBufferedReader(p)) {
                root = MAPPER.readTree(r);
            }
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException(p + ": found " + (root == null ? "an empty file" : "a " + root.getNodeType()
                        .name().toLowerCase(java.util.Locale.ROOT)) + ", expected a mapping");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(p + ": not valid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " ").trim()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(p + ": cannot be read as YAML: " + e.getMessage(), e);
        }
    }

    static JsonNode require(JsonNode n, String key, String file) {
        JsonNode v = n == null ? null : n.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(file + ": the key \"" + key + "\" is missing");
        }
        return v;
    }

    static String text(JsonNode n, String key, String file, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new IllegalArgumentException(file + ": " + where + "." + key + " must be a non-empty text");
        }
        return v.asText();
    }

    static LocalDate date(JsonNode n, String key, String file, String where) {
        String t = text(n, key, file, where);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": " + where + "." + key + ": \"" + t + "\" is not a date YYYY-MM-DD");
        }
    }
}
