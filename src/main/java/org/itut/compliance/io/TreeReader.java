package org.itut.compliance.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML or JSON into {@link Node}s that remember their lines. Jackson's own tree forgets
 * locations and keeps the last of two duplicate keys silently; this reader reports both. It enforces
 * the {@link ReadLimits} as it goes and stops a file at the first limit exceeded, so no limit is
 * checked after the work it guards: a deep file is refused at the level past the limit, a YAML alias
 * when it is met. YAML tags are refused, so a tag never chooses a type.
 */
final class TreeReader {

    /** The counts that one submission's files share, against the submission-wide limits. */
    static final class Budget {
        final ReadLimits limits;
        long facts;
        long values;
        /** Set once a submission-wide limit is exceeded: no further file is read. */
        boolean exhausted;

        Budget(ReadLimits limits) {
            this.limits = limits;
        }
    }

    /** Ends the reading of a file after its problem was recorded; carries no stack trace. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private record Anchored(Node node, long size, int line) {
    }

    private final String file;
    private final List<InputProblem> problems;
    private final Budget budget;
    private final ReadLimits limits;
    /** The keys and indexes from the root to the value being read, for the path in a problem. */
    private final List<Object> path = new ArrayList<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private long aliases;

    TreeReader(String file, List<InputProblem> problems, Budget budget) {
        this.file = file;
        this.problems = problems;
        this.budget = budget;
        this.limits = budget.limits;
    }

    /** The file's documents (one, unless the limit {@code documents} allows more), or none after recording why. */
    List<Node> readAll(Reader reader, boolean json) {
        List<Node> docs = new ArrayList<>();
        try (JsonParser p = factory(json).createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(new InputProblem(file, 0, "", "the file is empty",
                        "a mapping with some of the keys groups, meetings, documents, decisions, consultations, replies, inventories"));
                return docs;
            }
            while (t != null) {
                if (docs.size() == limits.documents()) {
                    limit(line(p.currentTokenLocation()), "", "the file holds more than " + limits.documents()
                            + (limits.documents() == 1 ? " document (a second '---' or JSON value)" : " documents"),
                            "documents", "one YAML document per file; put further facts in another file");
                }
                docs.add(value(p, 1));
                t = p.nextToken();
            }
            return docs;
        } catch (Stop e) {
            return List.of();
        } catch (JsonProcessingException e) {
            CheckedText.Refusal refusal = refusal(e);
            if (refusal != null) {
                problems.add(refusal.problem());
                return List.of();
            }
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : line(loc);
            if (e instanceof StreamConstraintsException) {
                constraint(line, e.getOriginalMessage());
                return List.of();
            }
            problems.add(new InputProblem(file, line, "",
                    "not valid " + (json ? "JSON" : "YAML") + ": " + clip(e.getOriginalMessage().replaceAll("\\s+", " ").trim()),
                    "well-formed " + (json ? "JSON" : "YAML")));
            return List.of();
        } catch (IOException e) {
            CheckedText.Refusal refusal = refusal(e);
            problems.add(refusal != null ? refusal.problem()
                    : new InputProblem(file, 0, "", "cannot be read: " + e.getMessage(), "a readable file"));
            return List.of();
        }
    }

    private JsonFactory factory(boolean json) {
        // Jackson's own constraints stand behind ours: a JSON string is refused while it is read, before
        // it is held whole; ours (checked first where both apply) give the message that names the limit.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth((int) limits.depth() + 1)
                .maxStringLength(clampToInt(limits.stringLength()))
                .maxNameLength(clampToInt(limits.stringLength()))
                .maxDocumentLength(limits.fileBytes())
                .build();
        if (json) {
            return JsonFactory.builder().streamReadConstraints(constraints).build();
        }
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's default (3 MiB) is replaced by the file-size limit, which the reader has already applied.
        options.setCodePointLimit(clampToInt(limits.fileBytes()));
        options.setNestingDepthLimit(clampToInt(limits.depth() + 1));
        options.setMaxAliasesForCollections(clampToInt(limits.aliases()));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new EventsFactory(YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints));
    }

    /**
     * A YAML parser that keeps SnakeYAML's last event: Jackson passes anchors and tags on only for some
     * tokens (not a scalar value's anchor, and a mapping's first key's tag as the mapping's), the event has them all.
     */
    private static final class EventsParser extends YAMLParser {
        Event event;

        EventsParser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options, Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, options, null, reader);
        }

        @Override
        protected Event getEvent() {
            event = super.getEvent();
            return event;
        }

        String anchor() {
            return event instanceof NodeEvent n && !(event instanceof AliasEvent) ? n.getAnchor() : null;
        }

        String alias() {
            return event instanceof AliasEvent a ? a.getAnchor() : null;
        }

        String tag() {
            if (event instanceof ScalarEvent s) {
                return s.getTag();
            }
            return event instanceof CollectionStartEvent c ? c.getTag() : null;
        }
    }

    private static final class EventsFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        EventsFactory(YAMLFactoryBuilder b) {
            super(b);
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) {
            return new EventsParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, r);
        }
    }

    private Node value(JsonParser p, int depth) throws IOException {
        JsonToken t = p.currentToken();
        int line = line(p.currentTokenLocation());
        if (depth > limits.depth()) {
            limit(line, renderPath(), "the values nest deeper than " + limits.depth() + " levels", "depth",
                    "the facts format needs fewer than ten levels");
        }
        count(line);
        String anchor = null;
        if (p instanceof EventsParser yp) {
            if (yp.alias() != null) {
                return alias(yp.alias(), line);
            }
            tag(yp, line);
            anchor = yp.anchor();
        }
        long before = budget.values;
        Node node = switch (t) {
            case START_OBJECT -> {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    if (key.length() > limits.stringLength()) {
                        limit(keyLine, renderPath(), "a key of " + key.length() + " characters is longer than "
                                + limits.stringLength(), "string-length", "keys as the facts format names them");
                    }
                    if (p instanceof EventsParser yp) {
                        if (yp.anchor() != null) {
                            problems.add(new InputProblem(file, keyLine, renderPath(), "the key \"" + clip(key)
                                    + "\" carries the YAML anchor &" + clip(yp.anchor()), "plain keys: an alias cannot stand for a key"));
                            throw new Stop();
                        }
                        tag(yp, keyLine);
                    }
                    p.nextToken();
                    path.add(key);
                    Node v = value(p, depth + 1);
                    path.remove(path.size() - 1);
                    Node.Entry previous = entries.putIfAbsent(key, new Node.Entry(keyLine, v));
                    if (previous != null) {
                        problems.add(new InputProblem(file, keyLine, "", "the key \"" + clip(key)
                                + "\" appears twice in one mapping (first on line " + previous.keyLine() + ")",
                                "each key once per mapping"));
                    }
                }
                yield new Node.MapNode(line, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                // The items of a top-level list (groups, meetings ...) are the facts.
                boolean facts = depth == 2 && path.size() == 1;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (facts && ++budget.facts > limits.facts()) {
                        budget.exhausted = true;
                        limit(line(p.currentTokenLocation()), renderPath() + "[" + items.size() + "]",
                                "the submission holds more than " + limits.facts() + " facts", "facts",
                                "fewer facts per evaluation: split the submission");
                    }
                    path.add(items.size());
                    items.add(value(p, depth + 1));
                    path.remove(path.size() - 1);
                }
                yield new Node.ListNode(line, items);
            }
            case VALUE_STRING -> new Node.Scalar(line, text(p, line), Node.Scalar.Type.STRING);
            case VALUE_NUMBER_INT -> new Node.Scalar(line, text(p, line), Node.Scalar.Type.INTEGER);
            case VALUE_NUMBER_FLOAT -> new Node.Scalar(line, text(p, line), Node.Scalar.Type.DECIMAL);
            case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(line, p.getText(), Node.Scalar.Type.BOOLEAN);
            case VALUE_NULL -> new Node.Scalar(line, null, Node.Scalar.Type.NULL);
            default -> {
                problems.add(new InputProblem(file, line, renderPath(), "found " + describe(t),
                        "a mapping, a list, a text, a number, a boolean or an empty value"));
                throw new Stop();
            }
        };
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, budget.values - before + 1, line));
        }
        return node;
    }

    private void count(int line) {
        if (++budget.values > limits.values()) {
            budget.exhausted = true;
            limit(line, renderPath(), "the submission holds more than " + limits.values()
                    + " values (mappings, lists and scalars, an alias counted as what it stands for)", "values",
                    "fewer facts per evaluation: split the submission");
        }
    }

    private String text(JsonParser p, int line) throws IOException {
        String s = p.getText();
        if (s.length() > limits.stringLength()) {
            limit(line, renderPath(), "a text of " + s.length() + " characters is longer than " + limits.stringLength(),
                    "string-length", "texts of ordinary length (ids, names, sentences)");
        }
        return s;
    }

    /** An alias: refused by default, else the anchored value again, counted at its full size. */
    private Node alias(String name, int line) {
        Anchored a = anchors.get(name);
        String where = a == null ? "" : " (its anchor &" + clip(name) + " is on line " + a.line() + ")";
        if (limits.aliases() == 0) {
            problems.add(new InputProblem(file, line, renderPath(), "the YAML alias *" + clip(name) + where
                    + " is refused: the facts format has no aliases (limit aliases is 0)",
                    "the value written out in full (for a reference to another fact, its id), or --limit aliases=N to expand up to N aliases per file"));
            throw new Stop();
        }
        if (++aliases > limits.aliases()) {
            limit(line, renderPath(), "the YAML alias *" + clip(name) + " is one more than the " + limits.aliases()
                    + " aliases allowed in a file", "aliases", "the values written out in full");
        }
        if (a == null) {
            problems.add(new InputProblem(file, line, renderPath(), "the YAML alias *" + clip(name)
                    + " names no anchor completed before it", "an anchor &" + clip(name) + " on an earlier value that does not contain the alias"));
            throw new Stop();
        }
        // The alias stands for the whole anchored value: counting its size keeps an alias bomb within the values limit.
        budget.values += a.size() - 1;
        if (budget.values > limits.values()) {
            budget.exhausted = true;
            limit(line, renderPath(), "the YAML alias *" + clip(name) + " expands to " + a.size()
                    + " values, which takes the submission past " + limits.values() + " values", "values",
                    "fewer aliases of large values");
        }
        return a.node();
    }

    private void tag(EventsParser p, int line) {
        String tag = p.tag();
        if (tag != null) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
            problems.add(new InputProblem(file, line, renderPath(), "the YAML tag " + clip(shown) + " is refused",
                    "plain values: the facts format has no tags, and no tag ever makes the reader create an object"));
            throw new Stop();
        }
    }

    /** Records a limit exceeded and stops the file. */
    private void limit(int line, String where, String what, String name, String expected) {
        problems.add(new InputProblem(file, line, where, what + " (limit " + name + " = " + limits.get(name) + ")",
                expected + "; or raise the limit: --limit " + name + "=N, ReadLimits.with(\"" + name + "\", N)"));
        throw new Stop();
    }

    /** Jackson's constraint exceptions, as the limit they stand for. */
    private void constraint(int line, String message) {
        String m = message == null ? "" : message;
        try {
            if (m.startsWith("String value length") || m.startsWith("Name length")) {
                limit(line, "", "a text or key is longer than " + limits.stringLength() + " characters", "string-length",
                        "texts of ordinary length (ids, names, sentences)");
            } else if (m.startsWith("Document nesting depth")) {
                limit(line, "", "the values nest deeper than " + limits.depth() + " levels", "depth",
                        "the facts format needs fewer than ten levels");
            } else if (m.startsWith("Document length")) {
                limit(line, "", "the file holds more than " + limits.fileBytes() + " characters", "file-size",
                        "a smaller file (split the facts over several files)");
            }
        } catch (Stop ignored) {
            return;
        }
        problems.add(new InputProblem(file, line, "", "not readable within Jackson's limits: " + clip(m), "smaller values"));
    }

    private static CheckedText.Refusal refusal(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CheckedText.Refusal r) {
                return r;
            }
        }
        return null;
    }

    private String renderPath() {
        StringBuilder sb = new StringBuilder();
        for (Object o : path) {
            if (o instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(clip((String) o));
            }
        }
        return clip(sb.toString());
    }

    private static String describe(JsonToken t) {
        return t == JsonToken.VALUE_EMBEDDED_OBJECT ? "a binary value" : "an unexpected " + t;
    }

    /** A text shortened for a message: a problem must not repeat a megabyte of input. */
    static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "… (" + s.length() + " characters)";
    }

    private static int clampToInt(long n) {
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static int line(JsonLocation loc) {
        return Math.max(loc.getLineNr(), 0);
    }
}
