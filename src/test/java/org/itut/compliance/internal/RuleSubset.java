package org.itut.compliance.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itut.compliance.io.Resources;

/**
 * An engine over part of the rule base, for benchmarks, the per-file ablation and the reference-checker
 * test: the library's DRL files, filtered by file and by rule id, built through the package-private
 * {@code RuleBase.build(Map)} with the bundled parameters. Test-side only; the shipped engine always
 * holds every rule.
 *
 * <p>Rules are cut out of a file by their {@code rule "id" ... end} block (the house style puts both at
 * the start of a line); the package, imports, globals and functions stay.
 */
public final class RuleSubset {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\".*?^end[ \\t]*$\\R?");

    private RuleSubset() {
    }

    /** Every rule file, by its path under the class path ({@code rules/a1/c1/1.6.drl}), in path order. */
    public static Map<String, String> all() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : Resources.list(RuleBase.FOLDER, n -> n.endsWith(".drl"))) {
            String path = RuleBase.FOLDER + "/" + name;
            sources.put(path, new String(Resources.read(path), StandardCharsets.UTF_8));
        }
        return sources;
    }

    /** The files whose path passes {@code files}, each holding only the rules whose id passes {@code rules}. */
    public static Map<String, String> select(Predicate<String> files, Predicate<String> rules) {
        Map<String, String> out = new LinkedHashMap<>();
        all().forEach((path, text) -> {
            if (!files.test(path)) {
                return;
            }
            String kept = keep(text, rules);
            if (kept != null) {
                out.put(path, kept);
            }
        });
        return out;
    }

    /** The derivations of {@code rules/common/} plus exactly the rules {@code ids} (from any file). */
    public static Map<String, String> commonPlus(Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        Map<String, String> m = select(p -> true, id -> wanted.contains(id));
        select(p -> p.startsWith("rules/common/"), id -> true).forEach(m::put);
        return sorted(m);
    }

    /** The rule ids defined in {@code text}, in order. */
    public static List<String> ruleIds(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** An engine over {@code sources} (paths as {@link #all()} keys them) with the bundled parameters. */
    public static Engine engine(Map<String, String> sources) {
        return new Engine(RuleBase.build(sources), Parameters.bundled());
    }

    private static Map<String, String> sorted(Map<String, String> m) {
        Map<String, String> s = new LinkedHashMap<>();
        m.keySet().stream().sorted().forEach(k -> s.put(k, m.get(k)));
        return s;
    }

    /** {@code text} with only the rules passing {@code rules}, or {@code null} if none is left. */
    private static String keep(String text, Predicate<String> rules) {
        Matcher m = BLOCK.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        int kept = 0;
        while (m.find()) {
            sb.append(text, last, m.start());
            if (rules.test(m.group(1))) {
                sb.append(m.group());
                kept++;
            }
            last = m.end();
        }
        sb.append(text.substring(last));
        return kept == 0 ? null : sb.toString();
    }
}
