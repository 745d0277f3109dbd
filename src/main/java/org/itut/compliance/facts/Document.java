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
    /**
     * Checks what one {@code Document} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and copies the collections, so that the record
     * never changes.
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
     * else the date it bears.
     *
     * @return that date, or {@code null} when none is known
     */
    public LocalDate availableOn() {
        return submitted != null ? submitted : posted != null ? posted : date;
    }

    /**
     * Whether the document is addressed to a group.
     *
     * @param group a group id
     * @return true when it is among the document's {@code to}
     */
    public boolean addressedTo(String group) {
        return to.contains(group);
    }

    /**
     * A builder for a document with its {@code id} and {@code kind}; every other component is as when a fact file leaves its key out.
     *
     * @param id its {@code id}
     * @param kind its {@code kind}
     * @return the builder
     */
    public static Builder builder(String id, DocumentKind kind) {
        return new Builder(id, kind);
    }

    /**
     * Builds {@link Document} step by step, one named component at a time. {@link #build()} checks as the
     * constructor does.
     */
    public static final class Builder {
        private final String id;
        private final DocumentKind kind;
        private DocumentRole role;
        private String title;
        private String source;
        private List<String> to = List.of();
        private LocalDate date;
        private LocalDate submitted;
        private LocalDate posted;
        private String forMeeting;
        private List<String> concerns = List.of();
        private List<String> covers = List.of();
        private List<DocumentContent> contains = List.of();
        private List<ClauseReference> citations = List.of();
        private String supersedes;

        private Builder(String id, DocumentKind kind) {
            this.id = id;
            this.kind = kind;
        }

        /**
         * Sets {@link Document#role()}.
         *
         * @param role the value
         * @return this builder
         */
        public Builder role(DocumentRole role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@link Document#title()}.
         *
         * @param title the value
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@link Document#source()}.
         *
         * @param source the value
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets {@link Document#to()}.
         *
         * @param to the value
         * @return this builder
         */
        public Builder to(List<String> to) {
            this.to = to;
            return this;
        }

        /**
         * Sets {@link Document#to()}.
         *
         * @param to the value
         * @return this builder
         */
        public Builder to(String... to) {
            this.to = List.of(to);
            return this;
        }

        /**
         * Sets {@link Document#date()}.
         *
         * @param date the value
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@link Document#submitted()}.
         *
         * @param submitted the value
         * @return this builder
         */
        public Builder submitted(LocalDate submitted) {
            this.submitted = submitted;
            return this;
        }

        /**
         * Sets {@link Document#posted()}.
         *
         * @param posted the value
         * @return this builder
         */
        public Builder posted(LocalDate posted) {
            this.posted = posted;
            return this;
        }

        /**
         * Sets {@link Document#forMeeting()}.
         *
         * @param forMeeting the value
         * @return this builder
         */
        public Builder forMeeting(String forMeeting) {
            this.forMeeting = forMeeting;
            return this;
        }

        /**
         * Sets {@link Document#concerns()}.
         *
         * @param concerns the value
         * @return this builder
         */
        public Builder concerns(List<String> concerns) {
            this.concerns = concerns;
            return this;
        }

        /**
         * Sets {@link Document#concerns()}.
         *
         * @param concerns the value
         * @return this builder
         */
        public Builder concerns(String... concerns) {
            this.concerns = List.of(concerns);
            return this;
        }

        /**
         * Sets {@link Document#covers()}.
         *
         * @param covers the value
         * @return this builder
         */
        public Builder covers(List<String> covers) {
            this.covers = covers;
            return this;
        }

        /**
         * Sets {@link Document#covers()}.
         *
         * @param covers the value
         * @return this builder
         */
        public Builder covers(String... covers) {
            this.covers = List.of(covers);
            return this;
        }

        /**
         * Sets {@link Document#contains()}.
         *
         * @param contains the value
         * @return this builder
         */
        public Builder contains(List<DocumentContent> contains) {
            this.contains = contains;
            return this;
        }

        /**
         * Sets {@link Document#contains()}.
         *
         * @param contains the value
         * @return this builder
         */
        public Builder contains(DocumentContent... contains) {
            this.contains = List.of(contains);
            return this;
        }

        /**
         * Sets {@link Document#citations()}.
         *
         * @param citations the value
         * @return this builder
         */
        public Builder citations(List<ClauseReference> citations) {
            this.citations = citations;
            return this;
        }

        /**
         * Sets {@link Document#citations()}.
         *
         * @param citations the value
         * @return this builder
         */
        public Builder citations(ClauseReference... citations) {
            this.citations = List.of(citations);
            return this;
        }

        /**
         * Sets {@link Document#supersedes()}.
         *
         * @param supersedes the value
         * @return this builder
         */
        public Builder supersedes(String supersedes) {
            this.supersedes = supersedes;
            return this;
        }

        /**
         * The Document.
         *
         * @return the fact
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does
         */
        public Document build() {
            return new Document(id, kind, role, title, source, to, date, submitted, posted, forMeeting, concerns, covers, contains, citations, supersedes);
        }
    }
}
