package org.itut.compliance.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML or JSON into {@link Node}s that remember their lines. Jackson's own tree forgets
 * locations and keeps the last of two duplicate keys silently; this reader reports both.
 */
final class TreeReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final String file;
    private final List<InputProblem> problems;

    TreeReader(String file, List<InputProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Returns the root node, or {@code null} after recording why there is none. */
    Node read(Reader reader, boolean json) {
        try (JsonParser p = (json ? JSON : YAML).createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(new InputProblem(file, 0, "", "the file is empty",
                        "a mapping with some of the keys groups, meetings, documents, decisions, consultations, replies, inventories"));
                return null;
            }
            Node root = value(p);
            if (p.nextToken() != null) {
                problems.add(new InputProblem(file, line(p.currentTokenLocation()), "",
                        "the file holds more than one document", "one YAML document (no second '---') per file"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(new InputProblem(file, loc == null ? 0 : line(loc), "",
                    "not valid " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage().replaceAll("\\s+", " ").trim(),
                    "well-formed " + (json ? "JSON" : "YAML")));
            return null;
        } catch (IOException e) {
            problems.add(new InputProblem(file, 0, "", "cannot be read: " + e.getMessage(), "a readable file"));
            return null;
        }
    }

    private Node value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        int line = line(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    p.nextToken();
                    Node v = value(p);
                    Node.Entry previous = entries.putIfAbsent(key, new Node.Entry(keyLine, v));
                    if (previous != null) {
                        problems.add(new InputProblem(file, keyLine, "", "the key \"" + key
                                + "\" appears twice in one mapping (first on line " + previous.keyLine() + ")",
                                "each key once per mapping"));
                    }
                }
                return new Node.MapNode(line, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                return new Node.ListNode(line, items);
            }
            case VALUE_STRING -> {
                return new Node.Scalar(line, p.getText(), Node.Scalar.Type.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(line, p.getText(), Node.Scalar.Type.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(line, p.getText(), Node.Scalar.Type.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(line, p.getText(), Node.Scalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(line, null, Node.Scalar.Type.NULL);
            }
            default -> throw new JsonParseProblem(p, "unexpected " + t);
        }
    }

    private static int line(JsonLocation loc) {
        return Math.max(loc.getLineNr(), 0);
    }

    private static final class JsonParseProblem extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        JsonParseProblem(JsonParser p, String msg) {
            super(msg, p.currentTokenLocation());
        }
    }
}
