package org.itut.compliance.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.facts.Submission;

/**
 * Writes the obligations view ({@code check --due-within}): every finding with a due date in a window,
 * in date order, with the group that owes it, its target, its status and its basis. What a secretariat
 * plans with.
 */
public final class ObligationsWriter {
    /** The version of the JSON shape {@code check --due-within ... --format json} writes. */
    public static final String SCHEMA = "itut-compliance/obligations/v1";

    private static final ObjectMapper MAPPER = Texts.jsonMapper();

    private ObligationsWriter() {
    }

    /**
     * A plain-text table, one obligation per row with its message below.
     *
     * @param obligations      the findings due in the window, in date order ({@link org.itut.compliance.Report#obligations})
     * @param from             the first day of the window
     * @param window           its length; it ends on {@code from} plus {@code window}
     * @param inputDescription what was checked, for the heading, e.g. {@code bundled register, 82 facts}
     * @return the table, lines ending with the platform's line separator
     */
    public static String text(List<Finding> obligations, LocalDate from, Period window, String inputDescription) {
        String nl = System.lineSeparator();
        LocalDate to = from.plus(window);
        StringBuilder sb = new StringBuilder();
        sb.append("itut-compliance ").append(ComplianceEngine.version()).append(" · obligations due from ").append(from)
                .append(" to ").append(to).append(" (").append(window).append(") · ").append(Texts.term(inputDescription)).append(nl).append(nl);
        if (obligations.isEmpty()) {
            sb.append("No duty falls due in this window.").append(nl);
            return sb.toString();
        }
        int group = Math.max(5, obligations.stream().mapToInt(f -> Texts.term(f.subject()).length()).max().orElse(5));
        int target = Math.max(6, obligations.stream().mapToInt(f -> Texts.term(target(f)).length()).max().orElse(6));
        String row = "%-10s  %-16s  %-" + group + "s  %-" + target + "s  %s";
        sb.append(String.format(row, "DUE", "STATUS", "GROUP", "TARGET", "BASIS")).append(nl);
        for (Finding f : obligations) {
            sb.append(String.format(row, f.due(), status(f), Texts.term(f.subject()), Texts.term(target(f)), Texts.term(basis(f))))
                    .append(nl);
            sb.append("            ").append(Texts.term(f.rule())).append(": ").append(Texts.term(f.message())).append(nl);
        }
        sb.append(nl).append(obligations.size()).append(obligations.size() == 1 ? " obligation" : " obligations").append(nl);
        return sb.toString();
    }

    /**
     * The JSON shape {@value #SCHEMA}, without locations.
     *
     * @param obligations the findings due in the window, in date order
     * @param from        the first day of the window
     * @param window      its length
     * @return the JSON text
     */
    public static String json(List<Finding> obligations, LocalDate from, Period window) {
        return json(obligations, from, window, null);
    }

    /**
     * The JSON shape {@value #SCHEMA}, each finding with its location in the input.
     *
     * @param obligations the findings due in the window, in date order
     * @param from        the first day of the window
     * @param window      its length
     * @param submission  the facts evaluated, to locate each finding; {@code null} for no locations
     * @return the JSON text
     */
    public static String json(List<Finding> obligations, LocalDate from, Period window, Submission submission) {
        Subjects subjects = Subjects.of(submission);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("library", ComplianceEngine.version());
        root.put("asOf", from.toString());
        root.put("window", window.toString());
        root.put("through", from.plus(window).toString());
        ArrayNode list = root.putArray("obligations");
        for (Finding f : obligations) {
            ObjectNode n = list.addObject();
            n.put("due", f.due().toString());
            n.put("group", f.subject());
            n.put("target", target(f));
            n.put("status", f.outcome().name());
            if (f.level() == null) {
                n.putNull("level");
            } else {
                n.put("level", f.level().name());
            }
            n.put("basis", basis(f));
            ReportJson.finding(n.putObject("finding"), f, subjects);
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String status(Finding f) {
        return f.outcome() == Outcome.FAIL ? "FAIL " + f.level() : f.outcome().name();
    }

    private static String target(Finding f) {
        return f.evidence().getOrDefault("target", "");
    }

    private static String basis(Finding f) {
        return f.citation().reference() + " · " + f.citation().status().tag();
    }
}
