package org.itut.compliance.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a group exists on the as-of date, and why: derived once per group by
 * {@code rules/common/lifetime.drl} (inserted logically) and read by the duty rules.
 *
 * @param group  the group id
 * @param state  the state on the as-of date
 * @param from   the first day the group is known to exist (its establishment, or the earliest act that
 *               shows it existed), or {@code null} if unknown
 * @param lastDay the last day the group had a basis to act: its closure, the end of its lifetime, or the
 *               end of a review it needed and did not get; {@code null} while it has one
 * @param basis  the id of the fact the state rests on (a decision, a meeting), or {@code null}
 * @param reason why, in a sentence
 */
public record GroupStatus(String group, State state, LocalDate from, LocalDate lastDay, String basis, String reason) {

    /** The states a group can be in on a date. */
    public enum State { ACTIVE, CLOSED, NOT_YET_ESTABLISHED, UNKNOWN }

    public GroupStatus {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when {@code date} falls after the last day the group had a basis to act. */
    public boolean endedBefore(LocalDate date) {
        return lastDay != null && date != null && date.isAfter(lastDay);
    }

    /** True when {@code date} falls before the first day the group is known to exist. */
    public boolean startsAfter(LocalDate date) {
        return from != null && date != null && date.isBefore(from);
    }
}
