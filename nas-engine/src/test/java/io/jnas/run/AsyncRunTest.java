package io.jnas.run;

import static io.jnas.run.TestRuns.config;
import static io.jnas.run.TestRuns.historyWithoutWallTimes;
import static io.jnas.run.TestRuns.keys;
import static io.jnas.run.TestRuns.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Design;
import io.jnas.search.SyntheticAccuracy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asynchronous aging evolution: each finished evaluation starts a new child at once. With
 * evaluations that finish in any order it ends, records every architecture once and keeps as
 * many running as there are workers; in process (one at a time) it is the textbook algorithm.
 */
class AsyncRunTest {

    @TempDir
    Path tmp;

    /** Workers that finish the running evaluations in a (seeded) random order. */
    private static final class ShuffledWorkers implements BatchEvaluator {
        private final int workers;
        private final SyntheticAccuracy synthetic = new SyntheticAccuracy();
        private final List<Design> running = new ArrayList<>();
        private final SplittableRandom order = new SplittableRandom(3);
        private int mostRunning;
        private int submitted;

        ShuffledWorkers(int workers) {
            this.workers = workers;
        }

        @Override
        public int batchSize() {
            return 1;
        }

        @Override
        public int parallelism() {
            return workers;
        }

        @Override
        public List<Score> evaluate(List<Design> designs) {
            throw new AssertionError("an asynchronous run submits one design at a time");
        }

        @Override
        public void submit(Design design) {
            running.add(design);
            submitted++;
            mostRunning = Math.max(mostRunning, running.size());
        }

        @Override
        public Finished awaitAny() {
            Design d = running.remove(order.nextInt(running.size()));
            return new Finished(d.hash(), new Score(synthetic.evaluate(d), 1.0));
        }
    }

    private static Map<String, Object> async(int evaluations) {
        Map<String, Object> k = keys("regularized", evaluations, 9);
        k.put("async", true);
        return k;
    }

    @Test
    void outOfOrderWorkersAreKeptBusyAndEveryArchitectureIsRecordedOnce() {
        ShuffledWorkers workers = new ShuffledWorkers(4);
        Path dir = tmp.resolve("async/run");
        RunResult r = runs().withBatchEvaluator(c -> workers).start(config(async(40)), dir);
        assertEquals(40, r.history().size());
        List<String> hashes = r.history().stream().map(e -> e.hash()).toList();
        assertEquals(40, new HashSet<>(hashes).size(), "every architecture once: " + hashes);
        assertEquals(40, workers.submitted, "nothing submitted beyond the budget");
        assertEquals(4, workers.mostRunning, "as many running as workers");
        assertEquals(40, historyWithoutWallTimes(dir).size());
        ResumeMismatch e = assertThrows(ResumeMismatch.class, () -> runs().resume(dir));
        assertTrue(e.getMessage().contains("is asynchronous (async: true): its history depends"
                + " on which evaluation finished first, so it cannot be replayed"), e.getMessage());
    }

    @Test
    void inProcessOneAtATimeItIsTheTextbookAlgorithm() {
        Path a = tmp.resolve("async/run");
        Path s = tmp.resolve("sync/run");
        runs().start(config(async(40)), a);
        Map<String, Object> sync = keys("regularized", 40, 9);
        runs().start(config(sync), s);
        assertEquals(historyWithoutWallTimes(s), historyWithoutWallTimes(a));
    }

    @Test
    void asyncAndChildBatchAreForRegularizedEvolutionOnly() {
        Map<String, Object> k = keys("nsga2", 40, 9);
        k.put("async", true);
        assertEquals("--async applies to strategy regularized (nsga2 sends each generation as one"
                + " batch, random search any number), so it must be false for strategy nsga2,"
                + " but was true", assertThrows(RunConfigException.class, () -> config(k))
                .getMessage());
        Map<String, Object> both = async(40);
        both.put("child-batch", 2);
        assertEquals("--child-batch must be 1 with --async (each finished evaluation starts one"
                + " child), but was 2", assertThrows(RunConfigException.class,
                () -> config(both)).getMessage());
        Map<String, Object> big = keys("regularized", 40, 9);
        big.put("child-batch", 13);
        assertEquals("--child-batch must be an integer in [1, 12], but was 13",
                assertThrows(RunConfigException.class, () -> config(big)).getMessage());
    }
}
