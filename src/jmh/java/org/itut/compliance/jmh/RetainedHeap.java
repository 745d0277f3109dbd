package org.itut.compliance.jmh;

import java.util.ArrayList;
import java.util.List;

import org.itut.compliance.ComplianceEngine;
import org.itut.compliance.bench.Corpus;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.internal.Engine;
import org.itut.compliance.internal.EngineAccess;
import org.itut.compliance.internal.LiveSession;
import org.itut.compliance.internal.ReferenceChecker;
import org.itut.compliance.internal.RuleSubset;

/**
 * Retained heap per fact of a live session: used heap after a forced GC with the session open, less
 * the same with the facts built but no session; and, for scale, the facts themselves. Not a JMH
 * benchmark (a retained size is not a time); run by the bench profile, see docs/performance.md.
 *
 * <p>Arguments: sizes, e.g. {@code 10000 100000 1000000}; {@code --subset} measures the engine restricted
 * to the reference's rules; {@code --hold SECONDS} keeps the last session open that long (for
 * {@code jcmd PID GC.class_histogram}).
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    public static void main(String[] args) throws Exception {
        boolean subsetOnly = false;
        long hold = 0;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--subset" -> subsetOnly = true;
                case "--hold" -> hold = Long.parseLong(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
            }
        }
        Engine engine = subsetOnly ? RuleSubset.engine(RuleSubset.commonPlus(ReferenceChecker.RULES)) : EngineAccess.of(ComplianceEngine.create());
        System.out.printf("engine: %s; pid %d%n", subsetOnly ? "reference's rules + rules/common" : "whole rule base",
                ProcessHandle.current().pid());
        System.out.printf("| facts | the facts themselves, B/fact | live session retains, B/fact | objects in working memory |%n");
        System.out.printf("|---:|---:|---:|---:|%n");
        for (int k = 0; k < sizes.size(); k++) {
            int n = sizes.get(k);
            long empty = used();
            Submission s = Corpus.of(n, 42);
            s.validate();
            long withFacts = used();
            LiveSession live = LiveSession.open(engine, s, Corpus.AS_OF);
            long withSession = used();
            System.out.printf("| %,d | %,.0f | %,.0f | %,d |%n", s.size(), (withFacts - empty) / (double) s.size(),
                    (withSession - withFacts) / (double) s.size(), live.factCount());
            if (k == sizes.size() - 1 && hold > 0) {
                System.out.printf("holding the session of %,d facts for %d s: jcmd %d GC.class_histogram%n", s.size(), hold,
                        ProcessHandle.current().pid());
                Thread.sleep(hold * 1000);
            }
            live.close();
        }
    }

    /** Used heap after the collector has had every chance to clear what is unreachable. */
    static long used() {
        return LiveSession.usedHeap();
    }
}
