package org.itut.compliance.internal;

import org.itut.compliance.facts.GroupKind;

/**
 * The study group, working party, joint working party or TSAG a rapporteur group or Question reports to
 * (its nearest such ancestor), and the study group above that body. Computed from base facts by
 * {@link MeetingDuties#reportingBody} inside a rule's consequence, never inserted: a rule that collected a
 * derived fact could fire before the derivation and record a finding that cannot be withdrawn.
 *
 * @param group    the id of the rapporteur group or Question
 * @param body     the id of the body it reports to (its parent meetings are this body's meetings)
 * @param bodyKind the kind of that body
 * @param sg       the id of the study group (or TSAG) at the top: {@code body} itself, or its parent
 * @param sgKind   the kind of that group
 */
public record ReportingBody(String group, String body, GroupKind bodyKind, String sg, GroupKind sgKind) {

    /** True when {@code id} is the body or the study group above it. */
    public boolean isParent(String id) {
        return body.equals(id) || sg.equals(id);
    }
}
