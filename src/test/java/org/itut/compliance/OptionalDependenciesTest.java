package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * AssertJ, JUnit and picocli stay optional: an embedder who uses only the engine, its input and its
 * report writers does not need them. Checked three ways: the pom marks them optional, no core class
 * names them in its constant pool, and the engine evaluates in a class loader that lacks their jars.
 */
class OptionalDependenciesTest {
    private static final Path CLASSES = Path.of("target", "classes");
    /** Packages (as class-file paths) that may use the optional dependencies: the support for tests and the CLI. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "org/itut/compliance/assertj/", List.of("org/assertj/"),
            "org/itut/compliance/junit/", List.of("org/junit/"),
            "org/itut/compliance/cli/", List.of("picocli/"));
    private static final List<String> OPTIONAL = List.of("org/assertj/", "org/junit/", "org/opentest4j/", "picocli/");

    @Test
    void the_pom_keeps_assertj_junit_and_picocli_optional() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        Element project = pom.getDocumentElement();
        NodeList deps = ((Element) child(project, "dependencies")).getElementsByTagName("dependency");
        Map<String, String> optional = new TreeMap<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String artifact = text(d, "artifactId");
            String scope = text(d, "scope");
            if (List.of("assertj-core", "junit-jupiter-api", "picocli").contains(artifact)) {
                optional.put(artifact, text(d, "optional") + "/" + (scope.isEmpty() ? "compile" : scope));
            }
        }
        assertThat(optional).containsEntry("assertj-core", "true/compile").containsEntry("junit-jupiter-api", "true/compile")
                .containsEntry("picocli", "true/compile");
    }

    @Test
    void no_core_class_refers_to_an_optional_dependency() throws IOException {
        // GIVEN every compiled class of the library
        List<Path> classes;
        try (Stream<Path> s = Files.walk(CLASSES)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        assertThat(classes).hasSizeGreaterThan(50);
        // WHEN their constant pools are read
        List<String> offences = new ArrayList<>();
        List<String> permitted = new ArrayList<>();
        int core = 0;
        for (Path c : classes) {
            String name = CLASSES.relativize(c).toString().replace(File.separatorChar, '/');
            List<String> allowed = ALLOWED.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).toList();
            if (allowed.isEmpty()) {
                core++;
            }
            for (String utf8 : utf8Constants(c)) {
                for (String dep : OPTIONAL) {
                    if (utf8.contains(dep) && allowed.stream().noneMatch(dep::equals)) {
                        offences.add(name + " refers to " + utf8);
                    } else if (utf8.contains(dep)) {
                        permitted.add(dep);
                    }
                }
            }
        }
        // THEN only the assertj, junit and cli packages name AssertJ, JUnit or picocli
        assertThat(core).as("core classes scanned").isGreaterThan(40);
        assertThat(permitted).as("the scan sees the references the support packages do make").contains("org/assertj/", "org/junit/", "picocli/");
        assertThat(offences).isEmpty();
    }

    @Test
    void the_engine_evaluates_without_the_optional_jars() throws Exception {
        // GIVEN a class loader with the library's classes and its required dependencies only
        List<URL> urls = new ArrayList<>();
        urls.add(CLASSES.toUri().toURL());
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.endsWith(".jar") && !e.contains("/org/assertj/") && !e.contains("/org/junit/") && !e.contains("/org/opentest4j/")
                    && !e.contains("/org/apiguardian/") && !e.contains("/info/picocli/")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(isolated);
            // THEN the optional libraries are absent from it
            assertThatThrownBy(() -> Class.forName("org.assertj.core.api.Assertions", false, isolated)).isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Class.forName("org.junit.jupiter.api.Test", false, isolated)).isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Class.forName("picocli.CommandLine", false, isolated)).isInstanceOf(ClassNotFoundException.class);
            // WHEN the engine is built there and evaluates the bundled register, and a report is written as HTML
            Class<?> engineClass = Class.forName("org.itut.compliance.ComplianceEngine", true, isolated);
            assertThat(engineClass.getClassLoader()).isSameAs(isolated);
            Object engine = engineClass.getMethod("create").invoke(null);
            Object register = Class.forName("org.itut.compliance.io.FactReader", true, isolated).getMethod("readRegister").invoke(null);
            Class<?> submission = Class.forName("org.itut.compliance.facts.Submission", true, isolated);
            Object report = engineClass.getMethod("evaluate", submission, LocalDate.class).invoke(engine, register, LocalDate.of(2026, 2, 15));
            List<?> findings = (List<?>) report.getClass().getMethod("findings").invoke(report);
            Method html = Class.forName("org.itut.compliance.io.ReportHtml", true, isolated)
                    .getMethod("write", report.getClass(), submission, String.class);
            // THEN it works
            assertThat(findings).isNotEmpty();
            assertThat((String) html.invoke(null, report, register, "isolated")).contains("<svg class=\"timeline\"");
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    /** The CONSTANT_Utf8 entries of a class file: every class, method, field and descriptor name it uses. */
    static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException(classFile + " is not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(in.readUTF());
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag + " at entry " + i);
                }
            }
        }
        return out;
    }

    private static org.w3c.dom.Node child(Element e, String name) {
        NodeList list = e.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element c && c.getTagName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("pom.xml has no <" + name + "> under <" + e.getTagName() + ">");
    }

    private static String text(Element e, String name) {
        NodeList l = e.getElementsByTagName(name);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }
}
