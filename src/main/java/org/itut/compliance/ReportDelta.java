package org.itut.compliance;

import java.util.List;

/**
 * What a change of a {@link ComplianceSession}'s facts changed in its report: the findings and
 * determinations that now hold and did not before, and those that held and no longer do. A finding
 * whose outcome, message or evidence changed is one removed and one added (findings are values; the
 * rule and subject they share tell them apart). Applying {@link #removed()} and {@link #added()} to
 * the findings of the report before the change gives those of {@link ComplianceSession#report()}
 * after it; the same holds for determinations. The editions applied are in the report.
 *
 * @param added                 findings that hold now and did not, sorted by {@link Finding#ORDER}
 * @param removed               findings that held and do not now, sorted by {@link Finding#ORDER}
 * @param addedDeterminations   determinations that hold now and did not, sorted by {@link Determination#ORDER}
 * @param removedDeterminations determinations that held and do not now, sorted by {@link Determination#ORDER}
 */
public record ReportDelta(List<Finding> added, List<Finding> removed, List<Determination> addedDeterminations,
                          List<Determination> removedDeterminations) {

    /**
     * Copies the lists, so that a delta cannot change after it is made.
     *
     * @param added                 findings that hold now and did not
     * @param removed               findings that held and do not now
     * @param addedDeterminations   determinations that hold now and did not
     * @param removedDeterminations determinations that held and do not now
     */
    public ReportDelta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        addedDeterminations = List.copyOf(addedDeterminations);
        removedDeterminations = List.copyOf(removedDeterminations);
    }

    /**
     * True when the change left the findings and determinations as they were.
     *
     * @return whether nothing was added or removed
     */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && addedDeterminations.isEmpty() && removedDeterminations.isEmpty();
    }
}
