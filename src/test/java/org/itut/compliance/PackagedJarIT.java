package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.ReportJson;
import org.itut.compliance.io.ReportSarif;
import org.junit.jupiter.api.Test;

/**
 * The artifacts {@code mvn package} builds, as an embedder gets them: the main jar (failsafe puts it on this
 * test's class path in place of target/classes), its sources and javadoc jars beside it, and the CLI jar.
 * The expected version and url are the pom's, passed in by failsafe.
 */
class PackagedJarIT {
    private static final String VERSION = System.getProperty("itut.expected-version");
    private static final String URL = System.getProperty("itut.expected-url");

    /** The jar this test loaded the library from. */
    private static Path mainJar() throws Exception {
        Path p = Path.of(ComplianceEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(p).as("the library is loaded from the packaged jar, not from classes").isRegularFile();
        assertThat(p.getFileName().toString()).endsWith(".jar");
        return p;
    }

    private static Attributes manifest(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            assertThat(m).as("%s has a manifest", jar).isNotNull();
            return m.getMainAttributes();
        }
    }

    @Test
    void should_name_version_title_vendor_and_module_in_the_main_jar_manifest() throws Exception {
        assertThat(VERSION).as("failsafe passes the pom's version").isNotBlank();
        // GIVEN the packaged main jar
        Attributes a = manifest(mainJar());
        // THEN its manifest carries what tools and embedders read
        assertThat(a.getValue("Implementation-Version")).isEqualTo(VERSION);
        assertThat(a.getValue("Implementation-Title")).isEqualTo("itut-compliance");
        assertThat(a.getValue("Implementation-Vendor")).isNotBlank();
        assertThat(a.getValue("Automatic-Module-Name")).isEqualTo("org.itut.compliance");
    }

    @Test
    void should_report_the_jar_version_not_dev_when_embedded() {
        // GIVEN an engine built from the packaged jar, WHEN it evaluates an (empty) submission
        Report report = ComplianceEngine.create().evaluate(Submission.builder().build(), LocalDate.of(2026, 2, 15));
        // THEN the version the reports carry is the manifest's
        assertThat(ComplianceEngine.version()).isEqualTo(VERSION);
        assertThat(ReportJson.tree(report).get("library").asText()).isEqualTo(VERSION);
        assertThat(ReportSarif.tree(report, null, ReportSarif.Options.defaults())
                .at("/runs/0/tool/driver/version").asText()).isEqualTo(VERSION);
    }

    @Test
    void should_carry_the_pom_url_and_the_licence_in_the_jar() throws Exception {
        assertThat(URL).as("failsafe passes the pom's url").isNotBlank();
        try (JarFile jf = new JarFile(mainJar().toFile())) {
            Properties p = new Properties();
            try (InputStream in = jf.getInputStream(jf.getEntry("org/itut/compliance/library.properties"))) {
                p.load(in);
            }
            assertThat(p.getProperty("url")).isEqualTo(URL);
            assertThat(jf.getEntry("META-INF/LICENSE")).as("the licence text").isNotNull();
            assertThat(jf.getEntry("org/itut/compliance/schemas/facts.schema.json")).as("the facts schema").isNotNull();
            assertThat(jf.getEntry("org/itut/compliance/schemas/report.schema.json")).as("the report schema").isNotNull();
        }
        assertThat(ReportSarif.INFORMATION_URI).isEqualTo(URL);
        assertThat(ReportSarif.RULE_DOCS).startsWith(URL + "/");
    }

    @Test
    void should_build_sources_and_javadoc_jars_beside_the_main_jar() throws Exception {
        // GIVEN the main jar, WHEN mvn package has run
        Path jar = mainJar();
        String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path sources = jar.resolveSibling(base + "-sources.jar");
        Path javadoc = jar.resolveSibling(base + "-javadoc.jar");
        // THEN the sources jar holds the public sources and the javadoc jar the pages of the public API only
        try (JarFile s = new JarFile(sources.toFile())) {
            assertThat(s.getEntry("org/itut/compliance/ComplianceEngine.java")).isNotNull();
            assertThat(s.getEntry("org/itut/compliance/facts/Submission.java")).isNotNull();
        }
        try (JarFile d = new JarFile(javadoc.toFile())) {
            assertThat(d.stream().map(e -> e.getName()))
                    .anyMatch(n -> n.endsWith("org/itut/compliance/ComplianceEngine.html"))
                    .anyMatch(n -> n.endsWith("org/itut/compliance/facts/Submission.html"))
                    .anyMatch(n -> n.endsWith("org/itut/compliance/io/FactReader.html"))
                    .noneMatch(n -> n.contains("org/itut/compliance/internal/"))
                    .noneMatch(n -> n.contains("org/itut/compliance/cli/"));
        }
    }

    @Test
    void should_keep_the_cli_jar_at_its_documented_path_with_a_main_class() throws Exception {
        Path cli = Path.of(System.getProperty("cli.jar", "target/itut-compliance-cli.jar"));
        assertThat(cli).isRegularFile();
        Attributes a = manifest(cli);
        assertThat(a.getValue("Main-Class")).isEqualTo("org.itut.compliance.cli.Main");
        assertThat(a.getValue("Implementation-Version")).isEqualTo(VERSION);
        assertThat(Files.size(cli)).as("the CLI jar holds its dependencies").isGreaterThan(Files.size(mainJar()));
    }
}
