package org.itut.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The front door and the input model show neither the engine behind them nor Drools. */
class PublicApiTest {

    private static List<Class<?>> publicClasses(String pkg) throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(ComplianceEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(pkg.replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                Class<?> c = Class.forName(pkg + "." + f.getFileName().toString().replace(".class", ""));
                if (Modifier.isPublic(c.getModifiers())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Test
    void should_expose_no_internal_or_drools_type_in_a_public_method_of_the_front_door_or_the_facts() throws Exception {
        // GIVEN every public class of org.itut.compliance and org.itut.compliance.facts
        List<Class<?>> api = new ArrayList<>(publicClasses("org.itut.compliance"));
        api.addAll(publicClasses("org.itut.compliance.facts"));
        assertThat(api).contains(ComplianceEngine.class, org.itut.compliance.facts.Submission.class);
        // WHEN their public methods are listed
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : api) {
            for (Method m : c.getMethods()) {
                List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                types.add(m.getReturnType());
                types.addAll(List.of(m.getExceptionTypes()));
                for (Class<?> t : types) {
                    String n = t.getName();
                    if (n.startsWith("org.itut.compliance.internal") || n.startsWith("org.drools") || n.startsWith("org.kie")) {
                        leaks.add(c.getSimpleName() + "." + m.getName() + " uses " + n);
                    }
                }
            }
        }
        // THEN none takes, returns or throws such a type (ComplianceEngine.internal() is gone)
        assertThat(leaks).isEmpty();
    }
}
