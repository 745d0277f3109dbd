package org.itut.compliance.io;

import java.util.Objects;

/**
 * One thing wrong with the input.
 *
 * @param file     the file, as given to the reader
 * @param line     the 1-based line, or 0 when the problem concerns the whole file
 * @param path     the path inside the file, e.g. {@code groups[3].parent}, or empty for the whole file
 * @param problem  what was found
 * @param expected what was expected, or what to do
 */
public record InputProblem(String file, int line, String path, String problem, String expected) {
    /**
     * Checks what one {@code InputProblem} can check on its own (a failure throws
     * {@link IllegalArgumentException} or {@link NullPointerException} naming the component); and gives a
     * component left {@code null} its default where it has one.
     *
     * @param file     the file, as given to the reader
     * @param line     the 1-based line, or 0 when the problem concerns the whole file
     * @param path     the path inside the file, e.g. {@code groups[3].parent}, or empty for the whole file
     * @param problem  what was found
     * @param expected what was expected, or what to do
     */
    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        expected = expected == null ? "" : expected;
    }

    /** For example {@code facts/2026.yaml:41: groups[3].parent: group "SG99" is not in the submission. Expected ...}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(problem);
        if (!expected.isEmpty()) {
            sb.append(". ").append(Character.toUpperCase(expected.charAt(0))).append(expected.substring(1));
        }
        if (sb.charAt(sb.length() - 1) != '.') {
            sb.append('.');
        }
        return sb.toString();
    }
}
