package org.itut.compliance.facts;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A duty a group's terms of reference declare. Checked by generic rules that cite the terms of
 * reference and this item, never A.1.
 *
 * @param item               where in the terms of reference the duty is written, e.g. "work methods, bullet 3"
 * @param kind               the kind of duty
 * @param to                 the groups whose meetings anchor the duty (reporting targets); empty for own meetings
 * @param leadTime           how long before the first day of the anchoring meeting the act is due
 * @param draftAgenda        whether an announcement must carry the draft agenda
 */
public record DeclaredDuty(String item, DutyKind kind, List<String> to, Period leadTime, boolean draftAgenda) {
    public DeclaredDuty {
        Facts.requireText(item, "duty.item");
        Objects.requireNonNull(kind, "duty.kind");
        Objects.requireNonNull(leadTime, "duty.leadTime");
        to = List.copyOf(to);
        if (leadTime.isNegative()) {
            throw new IllegalArgumentException("duty.leadTime must not be negative: " + leadTime);
        }
    }
}
