package io.jnas.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.cell.Cell;
import io.jnas.cell.CellSpace;
import io.jnas.recorded.BudgetRegret;
import io.jnas.recorded.RecordedTables;
import io.jnas.recorded.TableAccuracy;
import io.jnas.recorded.TestTables;
import io.jnas.search.Evaluation;
import io.jnas.search.fitness.Hypervolume;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code surrogate} strategy against random search on a small table with structure (729
 * cells whose accuracy is a sum of per-edge op weights plus noise, see {@link TestTables}), both
 * with the same budgets and seeds: it must find better designs, and better designs per latency
 * budget. Determinism and resume are covered with the other strategies in {@link SearchRunTest}
 * (block-list space) and {@link CellSearchRunTest} (cell space).
 */
class SurrogateSearchRunTest {

    private static final int SEEDS = 5;
    private static final int EVALUATIONS = 30;

    @TempDir
    Path tmp;
    Map<String, Object> keys = new LinkedHashMap<>();
    RecordedTables tables = new RecordedTables();
    BudgetRegret regret;

    @BeforeEach
    void tables() {
        Path space = TestTables.space(tmp);
        CellSpace s = CellSpace.load(space);
        Path accuracy = TestTables.accuracy(tmp, s, 3);
        Path latency = TestTables.latency(tmp, s);
        keys.put("space", space.toString());
        keys.put("evaluator", "table");
        keys.put("evaluator-options", Map.of("file", accuracy.toString(), "column", "valid"));
        keys.put("devices", List.of("fast", "slow"));
        keys.put("predictor", "recorded");
        keys.put("recorded-latency", latency.toString());
        keys.put("evaluations", EVALUATIONS);
        keys.put("population", 10);
        regret = BudgetRegret.of(s.cells().stream().map(Cell::toString).toList(),
                tables.load(accuracy), "valid", tables.load(latency), List.of("fast", "slow"));
    }

    private List<Evaluation> run(String strategy, long seed, Map<String, Object> extra) {
        Map<String, Object> k = new LinkedHashMap<>(keys);
        k.putAll(extra);
        k.put("strategy", strategy);
        k.put("seed", seed);
        return new SearchRun((name, options) -> TableAccuracy.open(tables, options),
                TestRuns.NO_TABLES, RunListener.NONE, tables).start(TestRuns.config(k),
                tmp.resolve(strategy + "-" + seed + "-" + extra.hashCode())).history();
    }

    @Test
    void findsBetterDesignsThanRandomSearchWithTheSameBudget() {
        Map<String, Object> accuracyOnly = Map.of("fitness", "mnasnet", "w", 0.0);
        double surrogate = 0;
        double random = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            surrogate += best(run("surrogate", seed, accuracyOnly)) / SEEDS;
            random += best(run("random", seed, accuracyOnly)) / SEEDS;
        }
        assertTrue(surrogate > random, "mean best: surrogate " + surrogate + ", random " + random);
    }

    @Test
    void findsBetterDesignsPerLatencyBudgetThanRandomSearch() {
        Map<String, Object> pareto = Map.of("fitness", "pareto");
        double[] surrogate = new double[2];
        double[] random = new double[2];
        List<String> devices = List.of("fast", "slow");
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<Evaluation> s = run("surrogate", seed, pareto);
            List<Evaluation> r = run("random", seed, pareto);
            for (int d = 0; d < 2; d++) {
                surrogate[d] += regret(s, devices.get(d)) / SEEDS;
                random[d] += regret(r, devices.get(d)) / SEEDS;
            }
        }
        for (int d = 0; d < 2; d++) {
            assertTrue(surrogate[d] < random[d], devices.get(d) + " mean budget regret: surrogate "
                    + surrogate[d] + ", random " + random[d]);
        }
    }

    private static double best(List<Evaluation> history) {
        return history.stream().mapToDouble(Evaluation::accuracy).max().orElseThrow();
    }

    private double regret(List<Evaluation> history, String device) {
        return regret.of(device, history.stream().map(e -> new Hypervolume.Point(e.accuracy(),
                e.latencyMs(device))).toList());
    }
}
