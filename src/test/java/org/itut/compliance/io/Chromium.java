package org.itut.compliance.io;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium}, run headless to render the HTML report as a person would see it. Each
 * run gets a new, empty profile directory and no network features, so nothing outside the page is
 * fetched or remembered. Install it with {@code .ci/install-chromium}.
 */
final class Chromium {
    static final String INSTALL_HINT = "chromium is not installed, so the HTML report was not rendered in a browser; "
            + "install it with .ci/install-chromium (apt-get install chromium) to run this test";

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser on the PATH (chromium or chromium-browser), if any. */
    static Optional<Chromium> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(new Chromium(p));
                }
            }
        }
        return Optional.empty();
    }

    /** Renders {@code page} and saves a PNG screenshot of a window of the given size. */
    void screenshot(Path page, Path png, int width, int height, Path workDir) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(workDir, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", "--force-device-scale-factor=1", page.toUri().toString()));
        if (!Files.isRegularFile(png)) {
            throw new IllegalStateException("chromium wrote no screenshot " + png);
        }
    }

    /**
     * The DOM chromium built from {@code page}, serialised, after the page's scripts and event handlers
     * (an image's {@code onerror}, a timer) have had three seconds of virtual time to run.
     */
    String dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
        return run(workDir, List.of("--virtual-time-budget=3000", "--dump-dom", page.toUri().toString()));
    }

    private String run(Path workDir, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Path out = workDir.resolve(profile.getFileName() + ".out");
        Path err = workDir.resolve(profile.getFileName() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 120 s: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("chromium exited with " + p.exitValue() + ": " + cmd + "\n"
                    + new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        }
        String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        delete(profile);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return text;
    }

    private static void delete(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
