package io.jnas.benchmark;

import static java.util.Objects.requireNonNull;

import io.jnas.recorded.BudgetRegret;
import io.jnas.recorded.RecordedTable;
import io.jnas.recorded.TableOptimum;
import io.jnas.run.RunConfig;
import io.jnas.run.RunResult;
import io.jnas.run.SearchRun;
import io.jnas.run.Strategy;
import io.jnas.search.Evaluation;
import io.jnas.search.fitness.Hypervolume;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs one strategy with one seed against recorded tables and measures what it found against the
 * table's known optimum: the best accuracy, whether it is the table's best, the hypervolume share
 * of its front and the budget regret per device, and (optionally) another column's value for the
 * best architecture found, e.g. the 200-epoch test accuracy of the best by 12-epoch validation
 * accuracy.
 */
public final class TableBench {

    /**
     * One run's outcome.
     *
     * @param bestKey the notation of the first architecture with the run's best accuracy
     * @param reported the report column's value of {@code bestKey}, when a column is reported
     * @param regret per device, the budget regret per budget ({@link BudgetRegret#perBudget})
     */
    public record Outcome(SearchBench.Measure measure, List<Evaluation> history, String bestKey,
            boolean foundBest, OptionalDouble reported, Map<String, double[]> regret) {

        /** The budget regret on one device: the mean over its budgets. */
        public double meanRegret(String device) {
            return java.util.Arrays.stream(regret.get(device)).average().orElseThrow();
        }
    }

    private final SearchRun runs;
    private final TableOptimum optimum;
    private final BudgetRegret regret;
    private final Path runsDir;
    private final RecordedTable reportTable;
    private final int reportColumn;

    /**
     * @param reportTable the table of the report column, or null for none
     * @param reportColumn its index in {@code reportTable}
     */
    public TableBench(SearchRun runs, TableOptimum optimum, BudgetRegret regret, Path runsDir,
            RecordedTable reportTable, int reportColumn) {
        this.runs = requireNonNull(runs, "runs");
        this.optimum = requireNonNull(optimum, "optimum");
        this.regret = requireNonNull(regret, "regret");
        this.runsDir = requireNonNull(runsDir, "runsDir");
        this.reportTable = reportTable;
        this.reportColumn = reportColumn;
    }

    /** Runs {@code strategy} with {@code seed} into {@code runsDir/<strategy>-<seed>}. */
    public Outcome run(RunConfig base, String strategy, int evaluations, long seed) {
        String name = strategy + "-" + seed;
        RunResult r = runs.start(base.withBudget(Strategy.of(strategy), evaluations, seed).withName(name),
                runsDir.resolve(name));
        Evaluation best = r.history().get(0);
        for (Evaluation e : r.history()) {
            if (e.accuracy() > best.accuracy()) {
                best = e;
            }
        }
        Map<String, Double> share = new LinkedHashMap<>();
        Map<String, double[]> regrets = new LinkedHashMap<>();
        for (String d : r.config().devices()) {
            List<Hypervolume.Point> found = r.history().stream()
                    .map(e -> new Hypervolume.Point(e.accuracy(), e.latencyMs(d))).toList();
            share.put(d, optimum.share(d, found));
            regrets.put(d, regret.perBudget(d, found));
        }
        String key = best.design().notation();
        return new Outcome(SearchBench.measure(r, best.accuracy(), share), r.history(), key,
                best.accuracy() >= optimum.bestAccuracy(), reportTable == null
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(reportTable.require(key, reportColumn)), regrets);
    }
}
