package org.itut.compliance;

import java.util.List;
import java.util.Objects;

/**
 * One rule of the rule base, as its metadata describes it.
 *
 * @param id         the rule id
 * @param instrument the text the rule encodes
 * @param edition    the edition whose text the rule encodes
 * @param clause     the clause in that edition
 * @param title      a paraphrased title
 * @param level      the level of a failure by default
 * @param status     how well the provision is known
 * @param catalogue  the ids of the provision-catalogue entries the rule covers
 * @param parameters the names of the dated parameters the rule reads
 * @param file       the rule file, relative to the rules folder
 */
public record RuleInfo(String id, String instrument, String edition, String clause, String title,
                       Level level, Status status, List<String> catalogue, List<String> parameters, String file) {

    /**
     * Checks what one {@code RuleInfo} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and copies the collections, so that the record
     * never changes.
     *
     * @param id         the rule id
     * @param instrument the text the rule encodes
     * @param edition    the edition whose text the rule encodes
     * @param clause     the clause in that edition
     * @param title      a paraphrased title
     * @param level      the level of a failure by default
     * @param status     how well the provision is known
     * @param catalogue  the ids of the provision-catalogue entries the rule covers
     * @param parameters the names of the dated parameters the rule reads
     * @param file       the rule file, relative to the rules folder
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        catalogue = List.copyOf(catalogue);
        parameters = List.copyOf(parameters);
    }
}
