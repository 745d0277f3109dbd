package org.itut.compliance.io;

import java.util.Locale;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.RuleInfo;

/** Small text helpers shared by the report writers: labels, citations and escaping. */
final class Texts {
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
            if (Character.isLetterOrDigit(c)) {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return sb.toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(xmlChar(c) ? c : '\uFFFD');
            }
        }
        return sb.toString();
    }

    /** Replaces characters XML 1.0 cannot carry (control characters) with U+FFFD. */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(xmlChar(c) ? c : '\uFFFD');
        }
        return sb.toString();
    }

    private static boolean xmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || Character.isSurrogate(c);
    }

    /** Escapes text for a Markdown table cell or paragraph: pipes, backslashes, markup characters, line breaks. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#' -> sb.append('\\').append(c);
                case '\n' -> sb.append("<br>");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A slug usable as an HTML id or Markdown anchor: lower case, letters, digits and hyphens. */
    static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return t.isEmpty() ? "x" : t;
    }
}
