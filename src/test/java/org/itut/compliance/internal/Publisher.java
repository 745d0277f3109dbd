package org.itut.compliance.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itut.compliance.io.Resources;

/**
 * Rule bases built from test sources get the library's publishing layer ({@code rules/common/context.drl}),
 * which turns each rule's conclusion into a finding: without it a rule base concludes but reports nothing.
 */
final class Publisher {
    static final String FILE = "rules/common/context.drl";

    private Publisher() {
    }

    /** {@code sources} plus the publishing layer. */
    static Map<String, String> with(Map<String, String> sources) {
        Map<String, String> all = new LinkedHashMap<>(sources);
        all.put(FILE, new String(Resources.read(FILE), java.nio.charset.StandardCharsets.UTF_8));
        return all;
    }
}
