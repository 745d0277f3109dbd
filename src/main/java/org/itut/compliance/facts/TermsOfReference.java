package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A group's terms of reference.
 *
 * @param document   the id of the document that holds them (e.g. "TSAG-R1 Annex D")
 * @param approved   whether these are approved terms (false for a draft)
 * @param approvedOn the approval date, or {@code null} if unknown
 * @param approvedBy the approving group, or {@code null} if unknown
 * @param sections   the sections the terms contain
 * @param parent     the parent the terms name, or {@code null} if they name none
 * @param leadership the leadership the terms prescribe
 * @param duties     the time-bound duties the terms declare
 * @param lifetime   the lifetime the terms state, or {@code null} if they state none
 * @param citations  clauses of other texts the terms cite
 */
public record TermsOfReference(String document, boolean approved, LocalDate approvedOn, String approvedBy,
                               List<TorSection> sections, String parent, List<DeclaredLeadership> leadership,
                               List<DeclaredDuty> duties, Lifetime lifetime, List<ClauseReference> citations) {
    public TermsOfReference {
        Facts.requireText(document, "termsOfReference.document");
        sections = List.copyOf(sections);
        leadership = List.copyOf(leadership);
        duties = List.copyOf(duties);
        citations = List.copyOf(citations);
    }

    public boolean has(TorSection section) {
        return sections.contains(section);
    }
}
