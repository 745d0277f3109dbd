package org.itut.compliance.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * How a document was sent, for provisions that route inputs to named roles.
 *
 * @param document      the id of the document
 * @param to            the roles it was sent to
 * @param on            the date it was sent, or {@code null} if unknown
 * @param madeAvailable the date it was made available to the receiving group's members, or {@code null} if unknown
 */
public record Delivery(String document, List<DeliveryRecipient> to, LocalDate on, LocalDate madeAvailable) {
    /**
     * Checks what one {@code Delivery} can check on its own (a failure throws {@link IllegalArgumentException}
     * or {@link NullPointerException} naming the component); and copies the collections, so that the record
     * never changes.
     *
     * @param document      the id of the document
     * @param to            the roles it was sent to
     * @param on            the date it was sent, or {@code null} if unknown
     * @param madeAvailable the date it was made available to the receiving group's members, or {@code null} if
     *                      unknown
     */
    public Delivery {
        Facts.requireText(document, "delivery.document");
        to = List.copyOf(to);
    }

    /**
     * Whether the document was sent to a recipient.
     *
     * @param role the recipient
     * @return true when it is among the delivery's {@code to}
     */
    public boolean reaches(DeliveryRecipient role) {
        return to.contains(role);
    }
}
