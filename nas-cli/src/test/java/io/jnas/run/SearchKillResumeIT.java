package io.jnas.run;

import static io.jnas.run.TestRuns.historyWithoutWallTimes;
import static io.jnas.run.TestRuns.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.search.Spaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real {@code nas search} process killed with SIGKILL mid-run, then resumed: the run ends with
 * the same history and pareto.json as an uninterrupted run.
 */
class SearchKillResumeIT {

    @TempDir
    Path tmp;

    private List<String> args(String strategy, Path dir) {
        return List.of("--space", Spaces.file("mnist-small").toString(), "--strategy", strategy,
                "--evals", "60", "--population", "12", "--seed", "17", "--evaluator", "synthetic",
                "--evaluator-option", "sleep-ms=40", "--devices", "local,edge", "--predictor",
                "flops", "--flops", "local=0.4:0.2", "--flops", "edge=2.5:1.0",
                "--checkpoint-every", "7", "--run-dir", dir.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"regularized", "nsga2"})
    void killedWithSigkillThenResumedEndsLikeAnUninterruptedRun(String strategy)
            throws Exception {
        Path whole = tmp.resolve("whole/run");
        Path killed = tmp.resolve("killed/run");
        assertEquals(0, run(args(strategy, whole)));

        Process p = start(args(strategy, killed));
        Path log = killed.resolve("evaluations.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(log) < 20 && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the run must still be going when it is killed");
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        int before = lines(log);
        assertTrue(before >= 20 && before < 60, "killed after " + before + " evaluations");
        System.out.printf("%s: killed with SIGKILL after %d logged evaluations (%d bytes)%n",
                strategy, before, Files.size(log));

        assertEquals(0, run(List.of("--resume", killed.toString())));

        assertEquals(historyWithoutWallTimes(whole), historyWithoutWallTimes(killed));
        assertEquals(read(whole.resolve("pareto.json")), read(killed.resolve("pareto.json")));
        assertEquals(read(whole.resolve("checkpoint.json")),
                read(killed.resolve("checkpoint.json")));
    }

    private static int lines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return (int) Files.readAllLines(log).stream().filter(l -> l.endsWith("}")).count();
    }

    private Process start(List<String> args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", cp, SearchProcessMain.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("process-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private int run(List<String> args) throws Exception {
        Process p = start(args);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process did not end");
        return p.exitValue();
    }
}
