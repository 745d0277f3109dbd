package org.itut.compliance.assertj;

import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.AbstractAssert;
import org.itut.compliance.Citation;
import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;

/** How the assertions describe findings in their messages, and how {@code citing} matches. */
final class Describe {
    private static final int MAX_LISTED = 25;

    private Describe() {
    }

    /** {@code next} with the description ({@code as(...)}) of {@code from}, so that chained assertions keep it. */
    static <A extends AbstractAssert<?, ?>> A carry(AbstractAssert<?, ?> from, A next) {
        if (from.info.description() != null && !from.info.descriptionText().isEmpty()) {
            next.describedAs(from.info.description());
        }
        return next;
    }

    static String finding(Finding f) {
        return f.rule() + " · " + f.subject() + " · " + (f.outcome() == Outcome.FAIL ? "FAIL " + f.level() : f.outcome().name())
                + (f.due() == null ? "" : " · due " + f.due()) + " · " + f.message() + " [" + f.citation().reference() + "]";
    }

    static String list(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (none)";
        }
        StringBuilder sb = new StringBuilder();
        findings.stream().limit(MAX_LISTED).forEach(f -> sb.append("  - ").append(finding(f)).append(System.lineSeparator()));
        if (findings.size() > MAX_LISTED) {
            sb.append("  ... and ").append(findings.size() - MAX_LISTED).append(" more").append(System.lineSeparator());
        }
        return sb.toString().stripTrailing();
    }

    /**
     * True when the citation's clause is {@code text}, or its full reference (e.g. {@code ITU-T A.1 (09/2019)
     * clause 1.6}) contains {@code text} as a whole: {@code "1.6"} matches clause 1.6 but not 1.6.2 or 11.6.
     */
    static boolean cites(Citation c, String text) {
        if (c.clause().equals(text)) {
            return true;
        }
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(text) + "(?![\\w]|\\.\\w)").matcher(c.reference()).find();
    }
}
