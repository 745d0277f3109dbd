package org.itut.compliance.cli;

/** Entry point of {@code target/itut-compliance-cli.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The library ships no logging binding; at the command line SLF4J's notice about that is noise.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(Cli.commandLine().execute(args));
    }
}
