package io.jnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.data.TestData;
import io.jnas.model.DjlRuntime;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalBenchCommandIT {

    @BeforeAll
    static void djl() {
        DjlRuntime.configure(1);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = NasCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void synflowBenchPrintsRatesAndSpread() {
        Run r = run("eval-bench", "--evaluator", "synflow", "--n", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("eval-bench: evaluator synflow, space mnist-small (1x28x28, 10"
                + " classes), 3 distinct random subnets (seed 42), 1 warm-up"), r.out());
        assertTrue(r.out().matches("(?s).*3 evaluations in [0-9.]+ s: [0-9.]+ evaluations/min;"
                + " seconds per candidate: median [0-9.]+.*"), r.out());
        assertTrue(r.out().contains("score: min "), r.out());
    }

    @Test
    void trainBenchOnTheMnistTestSplitReportsAccuracies() {
        Run r = run("eval-bench", "--evaluator", "train", "--dataset", "mnist", "--data-dir",
                TestData.dir().toString(), "--n", "2", "--warmup", "0", "--samples", "200",
                "--validation", "100", "--epochs", "1", "--batch", "32");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("data: mnist, test split (10,000)"), r.out());
        assertTrue(r.out().contains("validation accuracy: min "), r.out());
        assertTrue(r.out().contains("stopped early by the median rule: 0 of 2"), r.out());
    }

    @Test
    void badInputGetsOneMessageAndExitCode() {
        Run r = run("eval-bench", "--evaluator", "naswot", "--n", "1");
        assertEquals(2, r.code(), "bad input");
        assertEquals("nas eval-bench: evaluator must be one of [train, synflow, gradnorm], but was"
                + " 'naswot'", r.err().strip());
        Run s = run("eval-bench", "--dataset", "digits", "--evaluator", "gradnorm", "--n", "1",
                "--data-dir", TestData.dir().toString());
        assertEquals(2, s.code(), "bad input");
        assertTrue(s.err().contains("has samples of 1x8x8, but the architecture takes 1x28x28"),
                s.err());
        assertEquals(2, run("eval-bench", "--n", "x").code(), "usage error");
    }

    @Test
    void helpIsThere() {
        Run r = run("eval-bench", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--evaluator"), r.out());
        assertTrue(r.out().contains("evaluations per minute"), r.out());
    }
}
