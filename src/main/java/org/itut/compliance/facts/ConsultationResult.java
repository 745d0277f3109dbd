package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The announced result of a consultation (usually a TSB circular), and what was done with the
 * comments received.
 *
 * @param id                  a unique id
 * @param consultation        the id of the consultation
 * @param document            the id of the announcing document, or {@code null}
 * @param date                the date of the announcement, or {@code null} if unknown
 * @param outcomes            the announced result per subject
 * @param commentsForwarded   the id of the document that forwarded the comments to the study group, or {@code null}
 * @param commentsForwardedOn the date the comments were forwarded, or {@code null}
 */
public record ConsultationResult(String id, String consultation, String document, LocalDate date,
                                 Map<String, ResultState> outcomes, String commentsForwarded,
                                 LocalDate commentsForwardedOn) {
    public ConsultationResult {
        Facts.requireText(id, "result.id");
        Facts.requireText(consultation, "result.consultation");
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    /** The announced result for {@code subject}, or {@code null} if the announcement does not mention it. */
    public ResultState outcomeOf(String subject) {
        return outcomes.get(subject);
    }
}
