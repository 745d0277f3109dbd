package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.FactReader;
import org.itut.compliance.io.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library reads its rules, parameters and register from its own jar only. An application jar that
 * comes first on the class path with its own {@code rules/}, {@code parameters/} and {@code register/}
 * folders, and even with files under the library's namespace, changes nothing.
 */
class ForeignResourcesTest {
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void should_give_the_same_register_report_with_a_foreign_jar_of_resources_first_on_the_class_path(@TempDir Path dir)
            throws Exception {
        // GIVEN a jar with resources an application might ship, some of them broken on purpose
        Map<String, String> foreign = new LinkedHashMap<>();
        foreign.put("rules/app.drl", "package rules;\nrule \"app\" when then System.out.println(\"app\"); end\n");
        foreign.put("rules/a1/c1/1.6.drl", "this is not DRL");
        foreign.put("parameters/editions.yaml", "instruments: not a list\n");
        foreign.put("register/zz-app.yaml", "groups:\n  - {id: APP-1, kind: STUDY_GROUP}\n");
        foreign.put("org/itut/compliance/rules/zz/evil.drl", "this is not DRL either");
        foreign.put("org/itut/compliance/register/zz-app.yaml", "groups:\n  - {id: APP-2, kind: STUDY_GROUP}\n");
        foreign.put("org/itut/compliance/parameters/editions.yaml", "instruments: []\n");
        Path jar = dir.resolve("application.jar");
        writeJar(jar, foreign);

        // WHEN the engine is loaded from a class loader that searches the foreign jar first
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        urls.add(CLASSES.toUri().toURL());
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        String isolatedJson;
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(isolated);
            assertThat(isolated.getResource("rules/app.drl")).as("the foreign resources are visible").isNotNull();
            assertThat(isolated.getResource("org/itut/compliance/parameters/editions.yaml").toString()).contains("application.jar");
            Class<?> engineClass = Class.forName("org.itut.compliance.ComplianceEngine", true, isolated);
            assertThat(engineClass.getClassLoader()).isSameAs(isolated);
            Object engine = engineClass.getMethod("create").invoke(null);
            Object register = Class.forName("org.itut.compliance.io.FactReader", true, isolated).getMethod("readRegister").invoke(null);
            Class<?> submission = Class.forName("org.itut.compliance.facts.Submission", true, isolated);
            Object report = engineClass.getMethod("evaluate", submission, LocalDate.class).invoke(engine, register, LocalDate.of(2026, 2, 15));
            isolatedJson = (String) Class.forName("org.itut.compliance.io.ReportJson", true, isolated)
                    .getMethod("write", report.getClass()).invoke(null, report);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }

        // THEN the report is the one the library gives on its own
        Submission register = FactReader.readRegister();
        String ownJson = ReportJson.write(TestEngine.get().evaluate(register, LocalDate.of(2026, 2, 15)));
        assertThat(isolatedJson).doesNotContain("APP-1").doesNotContain("APP-2").isEqualTo(ownJson);
    }

    private static void writeJar(Path jar, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
    }
}
