package org.itut.compliance.cli;

import java.util.List;
import java.util.Set;

import org.itut.compliance.internal.RuleBase;

/** Entry point of {@code target/itut-compliance-cli.jar}. */
public final class Main {
    /** The commands that evaluate or list the rules, and so need the rule base. */
    private static final Set<String> NEED_RULES = Set.of("check", "rules", "explain", "replay");

    private Main() {
    }

    public static void main(String[] args) {
        // The library ships no logging binding; at the command line SLF4J's notice about that is noise.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        if (needsRules(args)) {
            // The longest part of a cold start: let it run while picocli parses and the facts are read.
            RuleBase.prefetch();
        }
        System.exit(Cli.commandLine().execute(args));
    }

    /** Whether the command line names a command that needs the rules, and asks for neither help nor the version. */
    static boolean needsRules(String[] args) {
        List<String> list = List.of(args);
        if (list.stream().anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"))) {
            return false;
        }
        return list.stream().filter(a -> !a.startsWith("-")).findFirst().filter(NEED_RULES::contains).isPresent();
    }
}
