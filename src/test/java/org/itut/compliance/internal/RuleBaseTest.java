package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itut.compliance.Report;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Inventory;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Test;

/** Building the rule base fails loudly, and the shapes drools-notes warns about stay regression-tested. */
class RuleBaseTest {
    private static final String HEADER = """
            import org.itut.compliance.facts.Group;
            import org.itut.compliance.facts.Document;
            global org.itut.compliance.internal.Evaluation out;
            """;
    private static final String META = "@instrument(\"A.1\") @edition(\"10/2016\") @clause(\"1.6\") @title(\"t\") "
            + "@level(\"WARNING\") @status(\"verified\") @catalogue(\"X\")";

    @Test
    void should_fail_the_build_naming_the_file_and_line_of_a_rule_error() {
        Map<String, String> src = Map.of("rules/x/bad.drl", "package org.itut.compliance.rules.x;\n" + HEADER
                + "rule \"A1-1.6-bad\" " + META + "\nwhen\n  NoSuchFact()\nthen\nend\n");
        assertThatThrownBy(() -> RuleBase.build(src)).hasMessageContaining("rules/x/bad.drl").hasMessageContaining("ERROR");
    }

    @Test
    void should_fail_the_build_when_the_package_does_not_mirror_the_folder() {
        Map<String, String> src = Map.of("rules/a1/c1/x.drl", "package org.itut.compliance.rules.other;\n" + HEADER
                + "rule \"A1-1.6-x\" " + META + "\nwhen\n  Group()\nthen\nend\n");
        assertThatThrownBy(() -> RuleBase.build(src)).hasMessageContaining("the package must be org.itut.compliance.rules.a1.c1");
    }

    @Test
    void should_fail_the_build_when_two_files_define_the_same_rule() {
        String rule = "rule \"A1-1.6-x\" " + META + "\nwhen\n  Group()\nthen\nend\n";
        Map<String, String> src = new LinkedHashMap<>();
        src.put("rules/a/x.drl", "package org.itut.compliance.rules.a;\n" + HEADER + rule);
        src.put("rules/b/y.drl", "package org.itut.compliance.rules.b;\n" + HEADER + rule);
        assertThatThrownBy(() -> RuleBase.build(src)).hasMessageContaining("also defined in rules/a/x.drl");
    }

    /**
     * drools-notes trap 1: {@code exists( A() and not B() )} stops firing when a rule in another
     * package starts with {@code exists( A() and ... )}. Our rules write the two conditions separately;
     * this keeps that shape working beside such a sibling.
     */
    @Test
    void should_fire_the_split_exists_and_not_shape_beside_a_sibling_rule_in_another_package() {
        Map<String, String> src = new LinkedHashMap<>();
        src.put("rules/p1/a.drl", "package org.itut.compliance.rules.p1;\n" + HEADER + """
                rule "A1-1.6-missing-report" %s
                when
                    $g : Group( kind == org.itut.compliance.facts.GroupKind.JCA )
                    exists Group( id == $g.parent )
                    not Document( source == $g.id )
                then
                    out.on(kcontext).subject($g.id()).fail("no report");
                end
                """.formatted(META));
        src.put("rules/p2/b.drl", "package org.itut.compliance.rules.p2;\n" + HEADER + """
                rule "A1-1.6-sibling" %s
                when
                    $g : Group( kind == org.itut.compliance.facts.GroupKind.JCA )
                    exists( Group( id == $g.parent ) and Document( source == $g.id ) )
                then
                    out.on(kcontext).subject($g.id()).pass("has a report");
                end
                """.formatted(META));
        RuleBase rb = RuleBase.build(Publisher.with(src));
        Engine engine = new Engine(rb, Parameters.bundled());
        Submission s = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP))
                .group(Group.builder("JCA-A", GroupKind.JCA).parent("SG17").build())
                .build();
        Report r = engine.evaluate(s, LocalDate.of(2026, 1, 1));
        assertThat(r.findingsOf("A1-1.6-missing-report")).hasSize(1);
        Submission withReport = Submission.builder().addAll(s).document(Document.builder("D1", DocumentKind.REPORT).source("JCA-A").build()).build();
        Report r2 = engine.evaluate(withReport, LocalDate.of(2026, 1, 1));
        assertThat(r2.findingsOf("A1-1.6-missing-report")).isEmpty();
        assertThat(r2.findingsOf("A1-1.6-sibling")).hasSize(1);
    }

    /**
     * drools-notes trap 5: records equal by value are still distinct facts; counting uses accumulate.
     * (Two groups with one id are refused before any rule runs; facts without ids may be equal.)
     */
    @Test
    void should_count_two_equal_records_as_two_facts() {
        Map<String, String> src = Map.of("rules/p/c.drl", "package org.itut.compliance.rules.p;\n" + HEADER + """
                import org.itut.compliance.facts.Inventory;
                rule "A1-1.6-count" %s
                when
                    $n : Number( intValue == 2 ) from accumulate( Inventory( source == "SG17" ), count(1) )
                then
                    out.on(kcontext).subject("SG17").pass("two");
                end
                """.formatted(META));
        Engine engine = new Engine(RuleBase.build(Publisher.with(src)), Parameters.bundled());
        Submission s = Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP))
                .inventory(new Inventory("SG17", List.of(DocumentKind.REPORT), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .inventory(new Inventory("SG17", List.of(DocumentKind.REPORT), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .build();
        assertThat(s.inventories().get(0)).isEqualTo(s.inventories().get(1));
        assertThat(engine.evaluate(s, LocalDate.of(2026, 1, 1)).findingsOf("A1-1.6-count")).hasSize(1);
    }

    /**
     * A rule that fires before a derived fact arrives, and fires again once it does, must leave only
     * its final conclusion: findings and determinations are logical insertions, so truth maintenance
     * withdraws the stale ones.
     */
    @Test
    void should_keep_only_the_final_conclusion_of_a_rule_that_fires_again_after_a_derivation() {
        Map<String, String> src = Map.of("rules/p/d.drl", "package org.itut.compliance.rules.p;\n" + HEADER + """
                import org.itut.compliance.facts.Meeting;
                import java.util.List;
                rule "A1-1.6-judge" %s salience 10
                when
                    $g : Group( id == "SG17" )
                    $ms : List() from collect( Meeting( group == "SG17" ) )
                then
                    out.determine(kcontext, "meetings", "SG17", String.valueOf($ms.size()), "counted", null);
                    if ($ms.isEmpty()) { out.on(kcontext).subject("SG17").fail("no meeting"); }
                    else { out.on(kcontext).subject("SG17").pass("a meeting"); }
                end
                rule "derive-meeting" @derivation("a meeting for every study group")
                when
                    $g : Group( id == "SG17" )
                then
                    insertLogical(new Meeting("SG17-derived", "SG17", null, org.itut.compliance.facts.PartialDate.UNKNOWN,
                            null, org.itut.compliance.facts.MeetingStatus.PLANNED, null, null, null, null, null));
                end
                """.formatted(META));
        Engine engine = new Engine(RuleBase.build(Publisher.with(src)), Parameters.bundled());
        Report r = engine.evaluate(Submission.builder().group(Group.of("SG17", GroupKind.STUDY_GROUP)).build(), LocalDate.of(2026, 1, 1));
        assertThat(r.findingsOf("A1-1.6-judge")).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("a meeting"));
        assertThat(r.determinations("meetings")).singleElement().satisfies(d -> assertThat(d.value()).isEqualTo("1"));
    }

    @Test
    void should_leave_no_session_behind_after_evaluations() throws Exception {
        Engine engine = new Engine(RuleBase.build(), Parameters.bundled());
        for (int i = 0; i < 20; i++) {
            engine.evaluate(org.itut.compliance.io.FactReader.readRegister(), LocalDate.of(2026, 2, 15));
        }
        assertThat(engine.rules().kieBase().getKieSessions()).isEmpty();
    }
}
