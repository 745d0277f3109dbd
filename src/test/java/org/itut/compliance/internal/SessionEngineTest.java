package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.EvaluationException;
import org.itut.compliance.Finding;
import org.itut.compliance.facts.ConsultationProcedure;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.FactChange;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Inventory;
import org.itut.compliance.facts.MemberKind;
import org.itut.compliance.facts.Reply;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.approval.ConsultationFrame;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/** What sessions need of the rule engine and of the rules: dependencies they match, not state the global holds. */
class SessionEngineTest {
    private static final String HEADER = """
            import org.itut.compliance.facts.*;
            import org.itut.compliance.internal.Inventories;
            import org.itut.compliance.internal.approval.ConsultationFrame;
            import java.util.List;
            global org.itut.compliance.internal.Evaluation out;
            """;
    private static final String META = "@instrument(\"A.1\") @edition(\"10/2016\") @clause(\"1.6\") @title(\"t\") "
            + "@level(\"WARNING\") @status(\"verified\") @catalogue(\"X\")";
    private static final Inventory SG17_REPORTS = new Inventory("SG17", List.of(DocumentKind.REPORT),
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    private static String derivations() throws IOException {
        try (InputStream in = SessionEngineTest.class.getResourceAsStream("/org/itut/compliance/rules/common/index.drl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Engine engine(String rule) throws IOException {
        Map<String, String> src = new LinkedHashMap<>();
        src.put("rules/common/index.drl", derivations());
        src.put("rules/p/r.drl", "package org.itut.compliance.rules.p;\n" + HEADER + rule);
        return new Engine(RuleBase.build(Publisher.with(src)), Parameters.bundled());
    }

    @Test
    void should_refuse_a_rule_that_reads_the_inventories_without_matching_them() throws Exception {
        // GIVEN a rule that asks the global about inventories but does not match Inventories()
        Engine engine = engine("""
                rule "A1-1.6-blind" %s
                when
                    $g : Group( id == "SG17" )
                then
                    out.inventoryComplete("SG17", DocumentKind.REPORT, java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 3, 2));
                end
                """.formatted(META));
        // WHEN it fires, THEN the evaluation fails naming the rule, instead of answering from a stale list
        Submission s = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP)).inventory(SG17_REPORTS).build();
        assertThatThrownBy(() -> engine.evaluate(s, LocalDate.of(2026, 1, 1))).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("A1-1.6-blind").hasMessageContaining("does not match Inventories()");
    }

    @Test
    void should_judge_again_when_an_inventory_goes_in_a_rule_that_matches_the_inventories() throws Exception {
        // GIVEN a rule that matches Inventories() and reads them
        Engine engine = engine("""
                rule "A1-1.6-closed" %s
                when
                    $g : Group( id == "SG17" )
                    Inventories()
                then
                    if (out.inventoryComplete("SG17", DocumentKind.REPORT, java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 3, 2))) {
                        out.on(kcontext).subject("SG17").fail("complete");
                    } else {
                        out.on(kcontext).subject("SG17").missing("the reports of SG17", "SG17").indeterminate("open");
                    }
                end
                """.formatted(META));
        Submission s = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP)).inventory(SG17_REPORTS).build();
        // WHEN the inventory is retracted in a session
        try (Session session = engine.open(s, LocalDate.of(2026, 1, 1))) {
            assertThat(session.report().findings()).extracting(Finding::message).containsExactly("complete");
            session.apply(List.of(FactChange.retractFact(SG17_REPORTS)));
            // THEN the rule judged again
            assertThat(session.report().findings()).extracting(Finding::message).containsExactly("open");
        }
    }

    @Test
    void should_dispose_the_working_memory_of_a_session_when_it_is_closed_and_open_none_for_invalid_facts() throws Exception {
        // GIVEN an engine with no session open
        Engine engine = new Engine(RuleBase.build(), Parameters.bundled());
        Submission s = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP)).build();
        // WHEN a session is opened, THEN the rule base holds it; WHEN closed, THEN no longer
        Session session = engine.open(s, LocalDate.of(2026, 1, 1));
        assertThat(engine.rules().kieBase().getKieSessions()).hasSize(1);
        session.close();
        assertThat(engine.rules().kieBase().getKieSessions()).isEmpty();
        // AND facts refused before opening leave none behind
        Submission invalid = Submission.builder().group(Group.builder("WP1/17", GroupKind.WORKING_PARTY).parent("SG99").build()).build();
        assertThatThrownBy(() -> engine.open(invalid, LocalDate.of(2026, 1, 1))).isInstanceOf(org.itut.compliance.facts.InvalidSubmissionException.class);
        assertThat(engine.rules().kieBase().getKieSessions()).isEmpty();
    }

    /**
     * Drools 10.2.0, apache/incubator-kie#7109 (fixed after 10.2.0): packages are added to a rule base
     * one after another, and a rule of a later package that shares a node splits an earlier rule's
     * network segment; an accumulate in the split segment then misses changes to the facts it
     * collects. Here: a tally-shaped rule ({@code from} a list, then {@code collect}) beside a rule in
     * another package that shares its first pattern. A full evaluation inserts every fact before the
     * first firing and is not affected (every case and the register give the same reports with and
     * without node sharing); a session's changes are.
     */
    private static final String TALLY = """
            rule "t" @derivation("a tally")
            when
                $f : ConsultationFrame( procedure == ConsultationProcedure.TAP_RES1_2016_9_4 )
                $s : String() from $f.subjects
                $replies : List() from collect( Reply( consultation == $f.id ) )
            then
                insertLogical( "t " + $replies.size() );
            end
            """;
    private static final String SIBLING = """
            rule "u" @derivation("a sibling sharing the first pattern")
            when
                $f : ConsultationFrame( procedure == ConsultationProcedure.TAP_RES1_2016_9_4 )
                $m : List() from collect( Meeting() )
            then
            end
            """;

    private static List<String> tallyAfterARetractedReply(boolean shareBetaNodes) {
        Map<String, String> src = new LinkedHashMap<>();
        src.put("rules/x/t.drl", "package org.itut.compliance.rules.x;\n" + HEADER + TALLY);
        src.put("rules/y/u.drl", "package org.itut.compliance.rules.y;\n" + HEADER + SIBLING);
        RuleBase rb = RuleBase.build(src, shareBetaNodes);
        KieSession k = rb.kieBase().newKieSession();
        try {
            k.setGlobal("out", new Evaluation(rb, Parameters.bundled(), LocalDate.of(2026, 1, 1)));
            k.insert(new ConsultationFrame("C", ConsultationProcedure.TAP_RES1_2016_9_4, List.of("S"), null, null, null, null,
                    null, null, null, null, true, Instant.EPOCH));
            k.insert(Reply.builder("R1", "C", "MS 1", MemberKind.MEMBER_STATE).build());
            FactHandle r2 = k.insert(Reply.builder("R2", "C", "MS 2", MemberKind.MEMBER_STATE).build());
            k.fireAllRules();
            k.delete(r2);
            k.fireAllRules();
            return k.getObjects(o -> o instanceof String).stream().map(String.class::cast).toList();
        } finally {
            k.dispose();
        }
    }

    @Test
    void should_see_a_retracted_reply_in_a_tally_when_beta_nodes_are_not_shared() {
        assertThat(tallyAfterARetractedReply(false)).containsExactly("t 1");
    }

    /**
     * A canary: when this fails, the Drools in use has the fix of #7109, and the rule base may share
     * beta nodes again (RuleBase.configuration builds it without them until then).
     */
    @Test
    void should_still_miss_a_retracted_reply_with_shared_beta_nodes_until_drools_fixes_7109() {
        assertThat(tallyAfterARetractedReply(true)).containsExactly("t 2");
    }
}
