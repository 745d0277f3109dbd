package org.itut.compliance.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML or JSON value with the line it was read from. */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    int line();

    /** What kind of value this is, in words, for error messages. */
    String describe();

    record MapNode(int line, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Entry(int keyLine, Node value) {
    }

    record ListNode(int line, List<Node> items) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is {@code null} for YAML null / JSON null. */
    record Scalar(int line, String text, Type type) implements Node {
        enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "an empty value";
                case BOOLEAN -> "the boolean " + text;
                case INTEGER, DECIMAL -> "the number " + text;
                case STRING -> "the text \"" + text + "\"";
            };
        }
    }
}
