package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.itut.compliance.Finding;
import org.itut.compliance.Outcome;
import org.itut.compliance.facts.Establishment;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * Rules read facts that validation has checked, but a rule must not throw on facts that slip past it: the
 * rule base is given facts directly, without {@code Submission.validate()}, as no caller of the API can.
 */
class UnvalidatedFactsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);

    private static List<Finding> fire(Object... facts) {
        RuleBase rules = RuleBase.build();
        Evaluation out = new Evaluation(rules, Parameters.bundled(), AS_OF, List.of());
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("out", out);
            session.insert(new AsOf(AS_OF));
            for (Object f : facts) {
                session.insert(f);
            }
            session.fireAllRules(100_000);
            List<Finding> findings = new ArrayList<>();
            session.getObjects(o -> o instanceof Finding).forEach(o -> findings.add((Finding) o));
            return findings;
        } finally {
            session.dispose();
        }
    }

    @Test
    void should_leave_the_authorization_of_a_correspondence_group_undecided_when_its_parent_is_not_among_the_facts() {
        // GIVEN a correspondence group whose parent SG99 is named but not there (validation would refuse this)
        Group cg = Group.builder("CG-X", GroupKind.CORRESPONDENCE_GROUP).parent("SG99")
                .established(new Establishment(LocalDate.of(2025, 5, 30), "SG99", null, null, null)).build();
        // WHEN the rules judge it
        List<Finding> findings = fire(cg);
        // THEN the authorization rule does not throw, and says it cannot decide
        assertThat(findings).filteredOn(f -> f.rule().equals("A1-1.6-ca-authorization"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE);
                    assertThat(f.message()).contains("SG99").contains("not among the facts");
                });
    }
}
