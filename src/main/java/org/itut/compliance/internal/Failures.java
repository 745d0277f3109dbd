package org.itut.compliance.internal;

import java.lang.reflect.RecordComponent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itut.compliance.EvaluationException;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * Turns whatever the rule engine throws during an evaluation into an {@link EvaluationException}
 * naming the rule and the fact it judged, so that no Drools type reaches the library's callers, not
 * even as a cause: the cause kept is the first exception in the chain that is not the engine's own
 * (nor its expression language's, nor a reflective wrapper).
 */
final class Failures {
    /** How Drools names a rule in the message of an exception thrown while evaluating a condition. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule \"([^\"]+)\"");

    private Failures() {
    }

    static EvaluationException of(RuntimeException e) {
        if (e instanceof EvaluationException ee) {
            return ee;
        }
        String rule = null;
        String subject = null;
        if (e instanceof ConsequenceException ce) {
            Match m = ce.getMatch();
            if (m != null) {
                rule = m.getRule() == null ? null : m.getRule().getName();
                for (Object o : m.getObjects()) {
                    subject = idOf(o);
                    if (subject != null) {
                        break;
                    }
                }
            }
        }
        if (rule == null && e.getMessage() != null) {
            Matcher mm = RULE_IN_MESSAGE.matcher(e.getMessage());
            if (mm.find()) {
                rule = mm.group(1);
            }
        }
        Throwable cause = e;
        while (cause != null && isEngines(cause)) {
            cause = cause.getCause();
        }
        String what = cause != null ? cause.toString() : e.getClass().getSimpleName() + ": " + e.getMessage();
        EvaluationException out = new EvaluationException(
                (rule == null ? "the evaluation failed" : "rule " + rule + " failed" + (subject == null ? "" : " judging " + subject))
                        + ": " + what, rule, subject, cause);
        if (cause == null) {
            // Nothing of ours in the chain: keep where the engine failed, without its type.
            out.setStackTrace(e.getStackTrace());
        }
        return out;
    }

    /** The engine's own wrappers, its expression language's, and reflection's around a helper that threw. */
    private static boolean isEngines(Throwable t) {
        String n = t.getClass().getName();
        return n.startsWith("org.drools.") || n.startsWith("org.kie.") || n.startsWith("org.mvel2.")
                || t.getCause() != null && (t instanceof java.lang.reflect.InvocationTargetException
                        || t instanceof java.lang.reflect.UndeclaredThrowableException);
    }

    /** The id of a fact (a record with an {@code id} component), or {@code null}. */
    private static String idOf(Object o) {
        if (o != null && o.getClass().isRecord()) {
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                if (c.getName().equals("id") && c.getType() == String.class) {
                    try {
                        return (String) c.getAccessor().invoke(o);
                    } catch (ReflectiveOperationException | RuntimeException ex) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
