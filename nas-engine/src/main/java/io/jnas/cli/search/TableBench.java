package io.jnas.cli.search;

import static java.util.Objects.requireNonNull;

import io.jnas.recorded.RecordedTable;
import io.jnas.recorded.TableOptimum;
import io.jnas.run.RunConfig;
import io.jnas.run.RunResult;
import io.jnas.run.SearchRun;
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
 * of its front per device, and (optionally) another column's value for the best architecture
 * found, e.g. the 200-epoch test accuracy of the best by 12-epoch validation accuracy.
 */
final class TableBench {

    /**
     * One run's outcome.
     *
     * @param bestKey the notation of the first architecture with the run's best accuracy
     * @param reported the report column's value of {@code bestKey}, when a column is reported
     */
    record Outcome(SearchBench.Measure measure, List<Evaluation> history, String bestKey,
            boolean foundBest, OptionalDouble reported) {
    }

    private final SearchRun runs;
    private final TableOptimum optimum;
    private final Path runsDir;
    private final RecordedTable reportTable;
    private final int reportColumn;

    /**
     * @param reportTable the table of the report column, or null for none
     * @param reportColumn its index in {@code reportTable}
     */
    TableBench(SearchRun runs, TableOptimum optimum, Path runsDir, RecordedTable reportTable,
            int reportColumn) {
        this.runs = requireNonNull(runs, "runs");
        this.optimum = requireNonNull(optimum, "optimum");
        this.runsDir = requireNonNull(runsDir, "runsDir");
        this.reportTable = reportTable;
        this.reportColumn = reportColumn;
    }

    /** Runs {@code strategy} with {@code seed} into {@code runsDir/<strategy>-<seed>}. */
    Outcome run(RunConfig base, String strategy, int evaluations, long seed) {
        String name = strategy + "-" + seed;
        RunResult r = runs.start(base.withBudget(strategy, evaluations, seed).withName(name),
                runsDir.resolve(name));
        Evaluation best = r.history().get(0);
        for (Evaluation e : r.history()) {
            if (e.accuracy() > best.accuracy()) {
                best = e;
            }
        }
        Map<String, Double> share = new LinkedHashMap<>();
        for (String d : r.config().devices()) {
            share.put(d, optimum.share(d, r.history().stream()
                    .map(e -> new Hypervolume.Point(e.accuracy(), e.latencyMs(d))).toList()));
        }
        String key = best.design().notation();
        return new Outcome(SearchBench.measure(r, best.accuracy(), share), r.history(), key,
                best.accuracy() >= optimum.bestAccuracy(), reportTable == null
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(reportTable.require(key, reportColumn)));
    }
}
