package org.itut.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.drools.modelcompiler.KieBaseBuilder;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.io.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rule base the build precompiles (the executable model) is loaded by default, and loading it fails
 * loudly whenever it is not exactly the rule files: Drools itself loads an empty or partial model with at
 * most a logged warning (docs/drools.md).
 */
class PrecompiledRuleBaseTest {
    private static RuleModelIndex index;
    private static Map<String, String> sources;
    private static RuleBase rules;

    @BeforeAll
    static void load() {
        index = RuleModelIndex.bundled().orElseThrow();
        sources = RuleBase.readSources();
        rules = RuleBase.build(RuleBase.Origin.PRECOMPILED);
    }

    @Test
    void should_load_the_precompiled_rule_base_unless_told_otherwise() {
        assertThat(RuleBase.Origin.parse(null)).isEqualTo(RuleBase.Origin.PRECOMPILED);
        assertThat(RuleBase.Origin.parse(" precompiled ")).isEqualTo(RuleBase.Origin.PRECOMPILED);
        assertThat(RuleBase.Origin.parse("DRL")).isEqualTo(RuleBase.Origin.DRL);
        assertThatThrownBy(() -> RuleBase.Origin.parse("kjar")).hasMessageContaining("-Ditut.rules=kjar")
                .hasMessageContaining("precompiled (the default) or drl");
    }

    @Test
    void should_hand_a_prefetched_rule_base_to_the_next_build_only() {
        // GIVEN a rule base prefetched on a background thread, as the command line does at start-up
        RuleBase.prefetch();
        assertThat(RuleBase.prefetched()).isTrue();
        // WHEN the rules are built twice
        RuleBase first = RuleBase.build(RuleBase.Origin.PRECOMPILED);
        assertThat(RuleBase.prefetched()).isFalse();
        RuleBase second = RuleBase.build(RuleBase.Origin.PRECOMPILED);
        // THEN the first build took the prefetched one and the second built its own, with the same rules
        assertThat(second).isNotSameAs(first);
        assertThat(first.metas()).isEqualTo(second.metas()).isEqualTo(rules.metas());
    }

    @Test
    void should_hold_exactly_the_rules_the_drl_files_define() {
        // GIVEN the rule ids written in the library's rule files
        Map<String, String> fileOfRule = new TreeMap<>();
        assertThat(RuleBase.sourceProblems(sources, fileOfRule)).isEmpty();
        // THEN the precompiled rule base holds those rules, each from its file, and no other
        assertThat(fileOfRule).hasSizeGreaterThan(150);
        assertThat(rules.metas()).extracting(RuleMeta::id).containsExactlyElementsOf(fileOfRule.keySet());
        rules.metas().forEach(m -> assertThat(m.file()).as(m.id()).isEqualTo(fileOfRule.get(m.id())));
        int inKieBase = rules.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        assertThat(inKieBase).isEqualTo(fileOfRule.size());
    }

    @Test
    void should_index_every_rule_file_of_the_library_with_its_digest() {
        // The index lists the files it was generated from; the library lists what it holds.
        List<String> listed = Resources.list("rules", n -> n.endsWith(".drl")).stream().map(n -> "rules/" + n).toList();
        assertThat(index.files()).isEqualTo(listed);
        assertThat(index.rulesSha256()).isEqualTo(RuleBase.sha256Of(sources)).isEqualTo(rules.sha256());
        assertThat(index.droolsVersion()).isEqualTo(org.drools.base.util.Drools.getFullVersion());
        assertThat(index.models()).isNotEmpty().allMatch(m -> m.startsWith("org.itut.compliance.rules."));
    }

    /** drools-notes trap 2: the executable model may hand metadata back quoted; RuleMeta strips the quotes. */
    @Test
    void should_read_every_rules_metadata_unquoted_from_the_executable_model() {
        for (KiePackage p : rules.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                RuleMeta m = rules.meta(r.getName());
                for (String v : new String[] {m.instrument(), m.edition(), m.clause(), m.title(), m.textEdition(), m.textClause()}) {
                    if (v != null) {
                        assertThat(v).as("metadata of %s", r.getName()).doesNotStartWith("\"").doesNotEndWith("\"");
                    }
                }
                assertThat(m.derivation() || m.level() != null && m.status() != null).as("level and status of %s", m.id()).isTrue();
            }
        }
    }

    @Test
    void should_refuse_rule_files_other_than_those_it_was_generated_from() {
        // GIVEN the rule files with one character changed
        Map<String, String> edited = new LinkedHashMap<>(sources);
        String first = edited.keySet().iterator().next();
        edited.put(first, edited.get(first) + " ");
        // THEN loading the precompiled rule base against them fails and says how to fix it
        assertThatThrownBy(() -> RuleBase.precompiled(index, edited))
                .hasMessageContaining("generated from other rule files").hasMessageContaining("mvn package");
    }

    @Test
    void should_refuse_a_rule_base_that_lacks_a_rule_or_has_one_too_many() {
        Map<String, String> oneMore = new TreeMap<>(index.fileOfRule());
        oneMore.put("A1-0.0-not-compiled", "rules/a1/c1/1.6.drl");
        assertThatThrownBy(() -> RuleBase.checked(rules.kieBase(), oneMore, sources, rules.sha256(), RuleBase.Origin.PRECOMPILED, "x"))
                .hasMessageContaining("the rule files define " + oneMore.size()).hasMessageContaining("missing: [A1-0.0-not-compiled]");
        Map<String, String> oneLess = new TreeMap<>(index.fileOfRule());
        String dropped = oneLess.keySet().iterator().next();
        oneLess.remove(dropped);
        assertThatThrownBy(() -> RuleBase.checked(rules.kieBase(), oneLess, sources, rules.sha256(), RuleBase.Origin.PRECOMPILED, "x"))
                .hasMessageContaining("not in the rule files: [" + dropped + "]");
    }

    @Test
    void should_refuse_an_empty_rule_base() {
        // GIVEN a KieBase built from no model: what Drools gives, with a warning only, when the model is not found
        var empty = KieBaseBuilder.createKieBaseFromModel(List.of(), KieServices.get().newKieBaseConfiguration());
        assertThatThrownBy(() -> RuleBase.checked(empty, index.fileOfRule(), sources, rules.sha256(), RuleBase.Origin.PRECOMPILED,
                "its index lists " + index.fileOfRule().size())).hasMessageContaining("the rule base has no rules");
    }

    @Test
    void should_refuse_an_index_that_lists_no_model() {
        RuleModelIndex none = new RuleModelIndex(index.droolsVersion(), index.inputsSha256(), index.rulesSha256(), index.files(),
                List.of(), index.fileOfRule());
        assertThatThrownBy(() -> RuleBase.precompiled(none, sources)).hasMessageContaining("lists no model classes");
    }

    /**
     * The default path compiles no DRL, so it needs neither mvel nor Drools' dynamic wiring, which only the
     * optional drools-mvel brings: the engine evaluates in a class loader without them, and the diagnostic DRL
     * path says what it lacks there.
     */
    @Test
    void should_evaluate_the_register_without_the_drl_compilers_mvel() throws Exception {
        // GIVEN the findings on the register with every dependency present (before the context class loader changes:
        // Drools picks its service implementations through it, once per class)
        var here = new Engine(rules, Parameters.bundled()).evaluate(FactReader.readRegister(), LocalDate.of(2026, 2, 15));
        // and a class loader with the library and its dependencies except drools-mvel, mvel2 and drools-wiring-dynamic
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of("target", "classes").toUri().toURL());
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.endsWith(".jar") && !e.contains("/drools-mvel-") && !e.contains("/org/mvel/") && !e.contains("/drools-wiring-dynamic-")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(isolated);
            assertThatThrownBy(() -> Class.forName("org.mvel2.MVEL", false, isolated)).isInstanceOf(ClassNotFoundException.class);
            // WHEN the engine is built there and evaluates the bundled register
            Class<?> engineClass = Class.forName("org.itut.compliance.ComplianceEngine", true, isolated);
            Object engine = engineClass.getMethod("create").invoke(null);
            Object register = Class.forName("org.itut.compliance.io.FactReader", true, isolated).getMethod("readRegister").invoke(null);
            Class<?> submission = Class.forName("org.itut.compliance.facts.Submission", true, isolated);
            Object report = engineClass.getMethod("evaluate", submission, LocalDate.class).invoke(engine, register, LocalDate.of(2026, 2, 15));
            List<?> findings = (List<?>) report.getClass().getMethod("findings").invoke(report);
            // THEN it finds what the engine finds with every dependency present
            assertThat(findings).hasSize(here.findings().size()).isNotEmpty();
            assertThat(findings.toString()).isEqualTo(here.findings().toString());
            // and the DRL path there refuses with the dependency it lacks
            Class<?> ruleBase = Class.forName("org.itut.compliance.internal.RuleBase", true, isolated);
            Class<?> origin = Class.forName("org.itut.compliance.internal.RuleBase$Origin", true, isolated);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object drl = Enum.valueOf((Class) origin, "DRL");
            assertThatThrownBy(() -> {
                try {
                    ruleBase.getMethod("build", origin).invoke(null, drl);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }).isInstanceOf(IllegalStateException.class).hasMessageContaining("org.drools:drools-mvel");
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
