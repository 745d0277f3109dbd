package org.itut.compliance.io;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Locale;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.RuleInfo;

/**
 * Small text helpers shared by the report writers: labels, citations, and the escaping that keeps
 * what facts contain from breaking a format. Facts are written by other people: an id, a name or a
 * note may hold markup, table syntax, terminal escape sequences or bidirectional overrides, and each
 * format gets them neutralised in its own way.
 */
final class Texts {
    /** What an unrepresentable or dangerous character becomes in HTML, XML and Markdown. */
    static final char REPLACEMENT = '\uFFFD';

    private Texts() {
    }

    /** {@code FAIL VIOLATION}, {@code PASS}, {@code PENDING} ... */
    static String outcome(Finding f) {
        return f.outcome() == Outcome.FAIL ? "FAIL " + f.level() : f.outcome().name();
    }

    /** The provision a rule encodes, e.g. {@code ITU-T A.1 (10/2016) clause 1.6}. */
    static String citation(RuleInfo r) {
        if (r.edition() == null || r.edition().isEmpty()) {
            return "the group's own " + r.instrument() + (r.clause().equals("(whole)") ? "" : " (" + r.clause() + ")");
        }
        return r.instrument() + " (" + r.edition() + ") " + (r.clause().matches("^[0-9].*") ? "clause " : "") + r.clause();
    }

    /** {@code A1-1.6-ca-convener} → {@code A116CaConvener}: a SARIF rule name. */
    static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return sb.toString();
    }

    /**
     * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder how
     * the text around them is shown, so that a line can read differently from what it holds.
     */
    static boolean bidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** C0 and C1 control characters and DEL: terminal escape sequences start with them. */
    static boolean control(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    /** Characters XML 1.0 can carry (section 2.2), less the discouraged C1 controls. */
    static boolean xmlChar(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F || c > 0x9F && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** Escapes text for HTML (and SVG) element content and quoted attribute values. */
    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (!xmlChar(c) || bidiControl(c) || c == '\r') {
                        sb.append(REPLACEMENT);
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /**
     * Replaces what XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone surrogates,
     * U+FFFE and U+FFFF) and the discouraged C1 controls with U+FFFD. Markup characters are left to the
     * XML writer, which escapes them.
     */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (xmlChar(c)) {
                sb.appendCodePoint(c);
            } else {
                sb.append(REPLACEMENT);
            }
        });
        return sb.toString();
    }

    /**
     * Escapes text for a Markdown table cell or paragraph: the characters of table, link, emphasis,
     * code and HTML syntax are backslash-escaped, a line break becomes {@code <br>} (so a row stays one
     * line), and control characters and bidirectional overrides become U+FFFD.
     */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#', '&', '~', '!' -> sb.append('\\').append((char) c);
                case '\n' -> sb.append("<br>");
                case '\r' -> { }
                case '\t' -> sb.append(' ');
                default -> {
                    if (!xmlChar(c) || bidiControl(c)) {
                        sb.append(REPLACEMENT);
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /**
     * Text for a Markdown code span inside a table: a code span takes no backslash escapes, so a backtick
     * (which would end it) becomes an apostrophe, a pipe is written {@code \|} (which GitHub's tables
     * read inside code spans too), and line breaks and control characters cannot occur.
     */
    static String mdCode(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 4);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '`' -> sb.append('\'');
                case '|' -> sb.append("\\|");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> {
                    if (!xmlChar(c) || bidiControl(c)) {
                        sb.append(REPLACEMENT);
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /**
     * Text for a terminal: control characters (the start of every ANSI escape sequence), DEL, C1
     * controls, bidirectional overrides, line and paragraph separators and lone surrogates are written
     * as visible escapes (<code>&#92;n</code>, <code>&#92;u001B</code>, <code>&#92;u202E</code>), a tab as a space. What a value
     * holds can then neither move the cursor, recolour the screen, fake a line of the report nor
     * reorder what is shown.
     */
    static String term(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            boolean bad = control(c) || bidiControl(c) || c == '\u2028' || c == '\u2029' || lone;
            if (!bad) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            switch (c) {
                case '\t' -> sb.append(' ');
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A slug usable as an HTML id or Markdown anchor: lower case, letters, digits and hyphens. */
    static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return t.isEmpty() ? "x" : t;
    }

    /** At most {@code max} code points of {@code s}, ending with an ellipsis when shortened; never splits a pair. */
    static String shorten(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * The JSON mapper of the report writers: indented, and writing C1 controls, bidirectional overrides
     * and U+2028/U+2029 as <code>&#92;u</code> escapes. JSON readers get the same text back; a person who
     * prints the file in a terminal gets no escape sequence and no reordered line.
     */
    static ObjectMapper jsonMapper() {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        m.getFactory().setCharacterEscapes(new JsonEscapes());
        return m;
    }

    private static final class JsonEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        JsonEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            if (c >= 0x7F && c <= 0x9F || bidiControl(c) || c == 0x2028 || c == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format(Locale.ROOT, "\\u%04x", c));
            }
            return null;
        }
    }
}
