package org.itut.compliance.facts;

/**
 * Where a fact was read from, for reports that point back into the input.
 *
 * @param file the file as given to the reader
 * @param line the 1-based line of the fact's first key
 * @param path the path inside the file, e.g. {@code groups[3]}
 */
public record Origin(String file, int line, String path) {
    @Override
    public String toString() {
        return file + ":" + line + " (" + path + ")";
    }
}
