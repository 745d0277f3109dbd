package org.itut.compliance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.itut.compliance.TestEngine;
import picocli.CommandLine;

/** Runs the command line in-process with captured output, on the test run's shared engine. */
final class CliRun {
    record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    static Result run(String... args) {
        Cli.bundledEngine = TestEngine::get;
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
