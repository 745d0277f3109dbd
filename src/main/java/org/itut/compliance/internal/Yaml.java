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
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

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
            return MAPPER.readTree(Files.newBufferedReader(p));
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
