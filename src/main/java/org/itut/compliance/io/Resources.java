package org.itut.compliance.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Lists resources under a folder of the class path, whether it is a directory or inside a jar. */
public final class Resources {
    private Resources() {
    }

    /**
     * The names, relative to {@code folder} and with '/' separators, of the files below it whose
     * names satisfy {@code filter}, sorted.
     */
    public static List<String> list(String folder, Predicate<String> filter) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = Resources.class.getClassLoader().getResources(folder);
            while (roots.hasMoreElements()) {
                URI uri = roots.nextElement().toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    boolean close = false;
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                        close = true;
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    try {
                        collect(fs.getPath(folder), filter, names);
                    } finally {
                        if (close) {
                            fs.close();
                        }
                    }
                } else {
                    collect(Path.of(uri), filter, names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(names);
    }

    private static void collect(Path root, Predicate<String> filter, TreeSet<String> names) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (filter.test(p.getFileName().toString())) {
                    names.add(rel);
                }
            });
        }
    }
}
