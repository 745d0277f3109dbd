package org.itut.compliance.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.itut.compliance.io.ReportText;
import picocli.CommandLine;

/**
 * Where the commands write: the standard streams, always in UTF-8 whatever the locale, and files,
 * written whole or not at all. A write that fails is reported and gives exit code 1.
 */
final class Output {
    private Output() {
    }

    /**
     * The standard output as UTF-8: under {@code LC_ALL=C} the JVM's default would turn every non-ASCII
     * character into {@code ?}. Written to the file descriptor itself, not through {@link System#out},
     * which would swallow a failed write (a full disk, a closed pipe) that must give exit code 1.
     */
    static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    }

    /** The standard error as UTF-8. */
    static PrintWriter stderr() {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    }

    /**
     * Writes {@code text} to {@code file}, or to the command's standard output when {@code file} is null,
     * and returns {@code code}; or says on the error stream why it could not and returns
     * {@link Cli#INTERNAL_ERROR}. {@code option} names the option in that message.
     */
    static int write(CommandLine.Model.CommandSpec spec, String option, Path file, String text, int code) {
        PrintWriter err = spec.commandLine().getErr();
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            if (out.checkError()) {
                err.println("itut-compliance: cannot write the standard output (closed, or the disk is full); the report is incomplete");
                err.flush();
                return Cli.INTERNAL_ERROR;
            }
            return code;
        }
        try {
            atomically(file, text);
            return code;
        } catch (IOException | RuntimeException e) {
            err.println("itut-compliance: " + option + ": cannot write " + ReportText.safe(file.toString()) + ": "
                    + ReportText.safe(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
            err.flush();
            return Cli.INTERNAL_ERROR;
        }
    }

    /**
     * Writes {@code text} as UTF-8 to a temporary file beside {@code file} and moves it into place, so that
     * a reader never sees half a report and a failed write leaves the old file as it was.
     */
    static void atomically(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("it is a directory");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
