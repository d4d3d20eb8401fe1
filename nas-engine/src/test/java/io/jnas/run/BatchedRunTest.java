package io.jnas.run;

import static io.jnas.run.TestRuns.config;
import static io.jnas.run.TestRuns.historyWithoutWallTimes;
import static io.jnas.run.TestRuns.keys;
import static io.jnas.run.TestRuns.read;
import static io.jnas.run.TestRuns.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Design;
import io.jnas.search.SyntheticAccuracy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The batch seam of distributed evaluation: a run whose evaluations go to a
 * {@link BatchEvaluator} makes the history of the in-process run of the same seed, whatever the
 * batch size, and strategies that can propose ahead do send batches.
 */
class BatchedRunTest {

    @TempDir
    Path tmp;

    /** Scores batches with the synthetic evaluator, recording the batch sizes it was sent. */
    private static final class Recorder implements BatchEvaluator {
        private final int size;
        private final SyntheticAccuracy synthetic = new SyntheticAccuracy();
        private final List<Integer> batches = new ArrayList<>();

        Recorder(int size) {
            this.size = size;
        }

        @Override
        public int batchSize() {
            return size;
        }

        @Override
        public List<Score> evaluate(List<Design> designs) {
            batches.add(designs.size());
            return designs.stream().map(d -> new Score(synthetic.evaluate(d), 1.0)).toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"random, 1", "random, 5", "random, 32", "regularized, 5", "regularized, 32",
        "nsga2, 8"})
    void batchedRunsMakeTheInProcessHistory(String strategy, int batch) {
        Path plain = tmp.resolve("plain/run");
        Path batched = tmp.resolve("batched/run");
        runs().start(config(keys(strategy, 30, 11)), plain);
        Recorder recorder = new Recorder(batch);
        runs().withBatchEvaluator(c -> recorder).start(config(keys(strategy, 30, 11)), batched);
        assertEquals(historyWithoutWallTimes(plain), historyWithoutWallTimes(batched));
        assertEquals(read(plain.resolve("pareto.json")), read(batched.resolve("pareto.json")));
        assertEquals(30, recorder.batches.stream().mapToInt(Integer::intValue).sum());
        // random search: all of it; regularized evolution and nsga2: the first population (12)
        int expected = strategy.equals("nsga2") ? 12
                : Math.min(batch, strategy.equals("random") ? 30 : 12);
        assertTrue(recorder.batches.get(0) == expected, "first batch "
                + recorder.batches + ", expected " + expected);
        if (strategy.equals("nsga2")) {
            // each generation's offspring (P/2 = 6) together, not one at a time
            assertEquals(6, recorder.batches.get(1), "offspring batch " + recorder.batches);
        }
    }

    @ParameterizedTest
    @CsvSource({"1", "4", "32"})
    void childBatchesOfRegularizedEvolutionMakeOneHistoryForAnyWorkers(int workers) {
        Map<String, Object> keys = keys("regularized", 40, 5);
        keys.put("child-batch", 4);
        Path plain = tmp.resolve("plain/run");
        Path batched = tmp.resolve("batched/run");
        runs().start(config(keys), plain);
        Recorder recorder = new Recorder(workers);
        runs().withBatchEvaluator(c -> recorder).start(config(keys), batched);
        assertEquals(historyWithoutWallTimes(plain), historyWithoutWallTimes(batched));
        assertEquals(read(plain.resolve("pareto.json")), read(batched.resolve("pareto.json")));
        // after the first population of 12: children four at a time, 28 of them
        assertEquals(List.of(4, 4, 4, 4, 4, 4, 4), recorder.batches.subList(
                recorder.batches.size() - 7, recorder.batches.size()));
        Map<String, Object> one = keys("regularized", 40, 5);
        Path textbook = tmp.resolve("textbook/run");
        runs().start(config(one), textbook);
        assertNotEquals(historyWithoutWallTimes(textbook), historyWithoutWallTimes(plain),
                "child-batch 4 is another algorithm than one child per cycle");
    }
}
