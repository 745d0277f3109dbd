package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The deletion of a Recommendation (Res. 1 (2016) 9.8.2; A.8 (2008) 8.2).
 *
 * @param meeting    the id of the study-group meeting that agreed it, or {@code null}
 * @param unopposed  whether it was agreed unopposed; {@code null} if unknown
 * @param opposing   Member States present that opposed, as named (AAP tolerates one)
 * @param circular   the id of the circular announcing the agreement, or {@code null}
 * @param circularOn the date of that circular, or {@code null} if unknown
 * @param objections objections received afterwards
 * @param result     the circular announcing the result, or {@code null}
 */
public record RecommendationDeletion(String meeting, Boolean unopposed, List<String> opposing, String circular,
                                     LocalDate circularOn, List<Objection> objections, ResultNotice result) {
    public RecommendationDeletion {
        opposing = List.copyOf(opposing);
        objections = List.copyOf(objections);
    }
}
