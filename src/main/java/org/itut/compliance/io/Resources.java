package org.itut.compliance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The library's own resources (rules, parameters, the bundled register), read from the jar or class
 * folder that holds the library's classes and from nowhere else.
 *
 * <p>Names are logical, such as {@code rules/a1/c1/1.6.drl} or {@code register/calendar.yaml}; they live
 * under {@value #NAMESPACE} inside the library. An application that ships its own {@code rules/} or
 * {@code org/itut/compliance/rules/} in another jar changes nothing: neither the class loader's search
 * order nor other jars are consulted.
 */
public final class Resources {
    /** Where the library keeps its resources, relative to its jar's root. */
    public static final String NAMESPACE = "org/itut/compliance/";

    private static final String ANCHOR = "org/itut/compliance/io/Resources.class";
    private static final URI ROOT = ownRoot();

    private Resources() {
    }

    /**
     * The names, relative to {@code folder} and with '/' separators, of the library's files below it whose
     * file names satisfy {@code filter}, sorted.
     *
     * @param folder a folder of the library, e.g. {@code register} or {@code rules/a1}
     * @param filter which file names to keep (the name only, without its folder)
     * @return the names, relative to {@code folder}; empty when the library has no such folder
     */
    public static List<String> list(String folder, Predicate<String> filter) {
        TreeSet<String> names = new TreeSet<>();
        try {
            if ("jar".equals(ROOT.getScheme())) {
                // The jar's own entry list, not a zip file system: the JDK shares the central directory the class
                // loader has already read, where a zip file system reads all of it again (~0.1 s on the CLI jar).
                String prefix = NAMESPACE + folder + "/";
                String spec = ROOT.getRawSchemeSpecificPart();
                Path jar = Path.of(URI.create(spec.substring(0, spec.length() - "!/".length())));
                try (JarFile jf = new JarFile(jar.toFile(), false)) {
                    for (java.util.Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                        JarEntry e = en.nextElement();
                        String n = e.getName();
                        if (!e.isDirectory() && n.startsWith(prefix) && filter.test(n.substring(n.lastIndexOf('/') + 1))) {
                            names.add(n.substring(prefix.length()));
                        }
                    }
                }
            } else {
                collect(Path.of(ROOT).resolve(NAMESPACE + folder), filter, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    /**
     * Reads a library resource.
     *
     * @param name a logical name such as {@code parameters/editions.yaml}
     * @return its bytes
     * @throws IllegalStateException when the library does not contain it
     */
    public static byte[] read(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library resource " + name, e);
        }
    }

    /**
     * Opens the library resource {@code name}.
     *
     * @param name a logical name such as {@code register/calendar.yaml}
     * @return a stream of its bytes, to be closed by the caller
     * @throws IllegalStateException when the library does not contain it
     */
    public static InputStream open(String name) {
        try {
            URL url = new URL(ROOT.toURL(), NAMESPACE + name);
            return url.openStream();
        } catch (IOException e) {
            throw new IllegalStateException("the library resource " + name + " is missing (looked in " + ROOT + ")", e);
        }
    }

    private static void collect(Path root, Predicate<String> filter, TreeSet<String> names) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (filter.test(p.getFileName().toString())) {
                    names.add(rel);
                }
            });
        }
    }

    /**
     * The root of the jar or class folder this class was loaded from: {@code jar:file:/…/x.jar!/} or
     * {@code file:/…/classes/}. The library's resources sit beside its classes in every packaging we build
     * (plain jar, shaded CLI jar, Maven's target/classes). The code source is asked first because it names
     * where this very class came from; a class loader's search order could name another jar.
     */
    private static URI ownRoot() {
        try {
            java.security.CodeSource cs = Resources.class.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) {
                URI loc = cs.getLocation().toURI();
                if ("file".equals(loc.getScheme()) && Files.isRegularFile(Path.of(loc))) {
                    return new URI("jar:" + loc + "!/");
                }
                if ("file".equals(loc.getScheme()) && Files.isDirectory(Path.of(loc))) {
                    return loc;
                }
            }
            URL self = Resources.class.getResource("Resources.class");
            if (self == null) {
                throw new IllegalStateException("cannot locate the library's own classes (" + ANCHOR + ")");
            }
            String s = self.toString();
            return new URI(s.substring(0, s.length() - ANCHOR.length()));
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalStateException("cannot locate the library's own classes", e);
        }
    }
}
