package org.itut.compliance.scratch;

import java.time.LocalDate;
import org.itut.compliance.Report;
import org.itut.compliance.TestEngine;
import org.itut.compliance.io.FactReader;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        var sub = FactReader.readRegister();
        for (String d : System.getProperty("asof", "2026-04-04").split(",")) {
            Report r = TestEngine.get().evaluate(sub, LocalDate.parse(d));
            System.out.println("=== as of " + d);
            r.findings().forEach(f -> System.out.println(f.rule() + " | " + f.subject() + " | " + f.outcome() + " " + (f.level() == null ? "" : f.level()) + " | " + f.message() + " [" + f.citation() + "] due=" + f.due()));
            r.determinations().forEach(x -> System.out.println("DET " + x.kind() + " " + x.subject() + " = " + x.value() + " : " + x.reason() + " " + x.date() + "\n    " + x.details()));
        }
    }
}
