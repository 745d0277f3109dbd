package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document: contribution, TD, liaison statement, report, circular, letter, announcement.
 *
 * @param id         a unique id, e.g. {@code TSB-Circular-67}, {@code TSAG-TD92}
 * @param kind       the kind
 * @param role       what it is for, or {@code null}
 * @param title      the title, or {@code null}
 * @param source     the group (id) or entity that issued it, or {@code null} if unknown
 * @param to         the addressees (group ids or entity names)
 * @param date       the date it bears (issue date), or {@code null} if it bears none
 * @param submitted  the date TSB received it, or {@code null} if unknown
 * @param posted     the date it was posted, or {@code null} if unknown
 * @param forMeeting the id of the meeting it is for, or {@code null}
 * @param concerns   the ids of the groups, Questions or meetings it is about
 * @param covers     the ids of the meetings it reports on
 * @param contains   items it is known to contain
 * @param citations  clauses it cites
 * @param supersedes the id of a document it replaces, or {@code null}
 */
public record Document(String id, DocumentKind kind, DocumentRole role, String title, String source, List<String> to,
                       LocalDate date, LocalDate submitted, LocalDate posted, String forMeeting,
                       List<String> concerns, List<String> covers, List<DocumentContent> contains,
                       List<ClauseReference> citations, String supersedes) {
    public Document {
        Facts.requireText(id, "document.id");
        Objects.requireNonNull(kind, "document.kind");
        to = List.copyOf(to);
        concerns = List.copyOf(concerns);
        covers = List.copyOf(covers);
        contains = List.copyOf(contains);
        citations = List.copyOf(citations);
    }

    /**
     * The earliest date the document is known to have been available: received by TSB, else posted,
     * else the date it bears. {@code null} when none is known.
     */
    public LocalDate availableOn() {
        return submitted != null ? submitted : posted != null ? posted : date;
    }

    public boolean addressedTo(String group) {
        return to.contains(group);
    }
}
