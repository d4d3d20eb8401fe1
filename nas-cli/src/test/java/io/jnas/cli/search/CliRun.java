package io.jnas.cli.search;

import io.jnas.cli.NasCommand;
import io.jnas.run.TestRuns;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a search command with the test evaluators and captures exit code, stdout, stderr. */
record CliRun(int code, String out, String err) {

    static CliRun search(String... args) {
        return run(new SearchCommand(TestRuns.EVALUATORS, TestRuns.NO_TABLES), args);
    }

    static CliRun bench(String... args) {
        return run(new SearchBenchCommand(TestRuns.EVALUATORS, TestRuns.NO_TABLES), args);
    }

    static CliRun tableBench(String... args) {
        return run(new TableBenchCommand(), args);
    }

    static CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NasCommand.commandLine(command).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
