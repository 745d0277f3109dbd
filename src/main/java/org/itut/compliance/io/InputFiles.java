package org.itut.compliance.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.itut.compliance.internal.Digests;

/**
 * The fact files an evaluation read, with their SHA-256, for evaluation records. Directories expand
 * as {@link FactReader#read(List)} expands them: every {@code .yaml}, {@code .yml} and {@code .json}
 * file below, in path order; names are written as the reader writes them in problems and origins.
 */
public final class InputFiles {

    /**
     * One file read.
     *
     * @param file   its name as the reader gives it (the path as typed, or {@code register/...} for the bundled register)
     * @param sha256 the lower-case hex SHA-256 of its bytes
     * @param bytes  its size
     */
    public record InputFile(String file, String sha256, long bytes) {
    }

    private InputFiles() {
    }

    /**
     * The fact files that {@link FactReader#read(List)} reads from some paths, hashed.
     *
     * @param paths files, and directories whose {@code .yaml}, {@code .yml} and {@code .json} files are read
     * @return each file with its SHA-256 and size, in the order the reader reads them
     * @throws IOException when a file or directory cannot be read
     */
    public static List<InputFile> of(List<Path> paths) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(Files::isRegularFile).filter(f -> isFactName(f.getFileName().toString())).sorted().toList();
                }
                for (Path f : files) {
                    out.add(hash(f.toString(), Files.readAllBytes(f)));
                }
            } else {
                out.add(hash(p.toString(), Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /**
     * The files of the bundled register, hashed.
     *
     * @return each file (named {@code register/...}) with its SHA-256 and size, in path order
     */
    public static List<InputFile> register() {
        List<InputFile> out = new ArrayList<>();
        for (String name : Resources.list(FactReader.REGISTER, InputFiles::isFactName)) {
            String res = FactReader.REGISTER + "/" + name;
            out.add(hash(res, Resources.read(res)));
        }
        return out;
    }

    private static InputFile hash(String name, byte[] bytes) {
        return new InputFile(name, Digests.sha256(bytes), bytes.length);
    }

    static boolean isFactName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }
}
