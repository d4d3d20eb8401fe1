package io.jnas.cli.search;

import io.jnas.benchmark.TableBench;
import io.jnas.cell.Cell;
import io.jnas.cli.choice.SupernetProgress;
import io.jnas.codec.CellCodec;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SearchCodecs;
import io.jnas.options.VerboseOption;
import io.jnas.recorded.BudgetRegret;
import io.jnas.recorded.RecordedTable;
import io.jnas.recorded.RecordedTables;
import io.jnas.recorded.TableOptimum;
import io.jnas.run.ConfigChoice;
import io.jnas.run.RunConfig;
import io.jnas.run.RunConfigException;
import io.jnas.run.RunConfigReader;
import io.jnas.run.RunListener;
import io.jnas.run.SearchRun;
import io.jnas.run.Strategy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas bench}: strategies compared side by side on recorded tables (NAS-Bench-201 style),
 * with the same budgets and seeds, against the table's known optimum and true fronts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = TableRecordCommand.class,
        description = {"Replay recorded tables of a cell space: every strategy (regularized"
                + " evolution, random search, NSGA-II, surrogate) side by side with the same"
                + " budget and seeds; mean ± sd of the best accuracy reached and, per device, of"
                + " the hypervolume of the found (accuracy, latency) front as a share of the"
                + " table's true front and of the budget regret (mean over the latency budgets"
                + " at the 5..90%% quantiles of the device's column of the table's best within"
                + " the budget minus the run's best within it); Welch's t-test against the first"
                + " strategy; best-so-far curves to curves.csv, one row per run to summary.csv,"
                + " both plotted with regret per budget in report.html.",
            "Accuracy comes from a column of --accuracy, latency per device from the columns of"
                + " --latency (CSV: an 'arch' column of cell strings, one column per metric or"
                + " device). Run settings as for `nas search`.",
            "Regularized evolution under --fitness pareto (the default here) picks parents by"
                + " Pareto dominance in a tournament, which favours the accurate, slow corner:"
                + " compare fronts and budget regret with surrogate or nsga2; under --fitness"
                + " mnasnet it is the textbook aging evolution."},
        footer = {"", "Example:",
            "  nas bench --space nb201 --accuracy A.csv --accuracy-column c100 --latency L.csv"
                + " --devices pixel2,samsung_a50,silver_4114,titanx_1 --evals 100 --seeds 30",
            "  nas bench --space nb201 --accuracy A.csv --accuracy-column c100 --latency L.csv"
                + " --devices pixel2 --fitness mnasnet --w 0 --evals 100 --seeds 50",
            "  nas bench record --space nb201-mini --accuracy-out A.csv --latency-out L.csv"})
public final class TableBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--accuracy", paramLabel = "CSV",
            description = "Recorded table with the accuracy column (required).")
    Path accuracy;

    @Option(names = "--accuracy-column", paramLabel = "NAME",
            description = "Column the search maximizes, e.g. a 12-epoch validation accuracy"
                    + " (required).")
    String accuracyColumn;

    @Option(names = "--report-column", paramLabel = "NAME", description = "Column of --accuracy"
            + " reported for the best architecture each run found (e.g. a 200-epoch test"
            + " accuracy).")
    String reportColumn;

    @Option(names = "--latency", paramLabel = "CSV",
            description = "Recorded latency in ms, one column per device (required; default"
                    + " devices: all its columns).")
    Path latency;

    @Mixin
    ComparisonOptions compare = new ComparisonOptions(ConfigChoice.keys(Strategy.class));

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: runs/, curves.csv,"
            + " summary.csv (default: runs/bench-<time>).")
    Path outDir;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML run config to start"
            + " from (default: nb201, 200 evaluations, population 20, fitness pareto).")
    Path config;

    @Mixin
    VerboseOption verbose;

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (accuracy == null || accuracyColumn == null || latency == null) {
            throw new RunConfigException("bench needs --accuracy, --accuracy-column and"
                    + " --latency (make tables with `nas bench record`)");
        }
        List<Long> seeds = compare.seeds();
        if (options.evaluator != null || options.predictor != null
                || options.evaluatorOptions != null || options.recordedLatency != null) {
            throw new RunConfigException("bench takes accuracy from --accuracy and latency"
                    + " from --latency, so it takes no --evaluator, --evaluator-option,"
                    + " --predictor or --recorded-latency");
        }
        if (options.strategy != null) {
            throw new RunConfigException("bench runs every strategy of --strategies, so it"
                    + " takes no --strategy");
        }
        RecordedTables tables = new RecordedTables();
        RecordedTable lat = tables.load(latency);
        RunConfig base = baseConfig(lat.columns());
        SearchCodec<?> codec = SearchCodecs.load(Path.of(base.space()));
        if (!(codec instanceof CellCodec cells)) {
            throw new RunConfigException("bench replays recorded tables of cell spaces, but"
                    + " space '" + codec.spaceName() + "' is a block-list space (compare"
                    + " strategies there with `nas search-bench`)");
        }
        RecordedTable acc = tables.load(accuracy);
        List<String> keys = cells.space().cells().stream().map(Cell::toString).toList();
        TableOptimum optimum = TableOptimum.of(keys, acc, accuracyColumn, lat, base.devices());
        Path dir = outDir != null ? outDir : Path.of("runs", "bench-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        requireEmpty(dir);
        SearchRun runs = new SearchRun(SupernetProgress.consoleEvaluators(tables), (d, s) -> {
            throw new IllegalArgumentException("bench uses recorded latency only");
        }, RunListener.NONE, tables).withLogForcedAtEnd();
        BudgetRegret regret = BudgetRegret.of(keys, acc, accuracyColumn, lat, base.devices());
        TableBench bench = new TableBench(runs, optimum, regret, dir.resolve("runs"),
                reportColumn == null ? null : acc,
                reportColumn == null ? -1 : acc.column(reportColumn));
        TableBenchReport.header(out, base, cells, optimum, acc, seeds.size(), seeds.get(0));
        Map<String, List<TableBench.Outcome>> all = new LinkedHashMap<>();
        for (String strategy : compare.strategies()) {
            List<TableBench.Outcome> os = new ArrayList<>();
            for (long s : seeds) {
                os.add(bench.run(base, strategy, base.evaluations(), s));
                err.printf(Locale.ROOT, "bench: %s seed %d done%n", strategy, s);
                err.flush();
            }
            all.put(strategy, os);
        }
        TableBenchReport.results(out, all, base, optimum, regret, reportColumn, dir);
        return 0;
    }

    private RunConfig baseConfig(List<String> latencyColumns) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("space", "configs/spaces/nb201.yaml");
        defaults.put("evaluations", 200);
        defaults.put("population", 20);
        defaults.put("sample-size", 5);
        defaults.put("mutation", 0.1);
        defaults.put("fitness", "pareto");
        defaults.put("devices", latencyColumns);
        defaults.put("checkpoint-every", 1000);
        List<RunConfigReader.Layer> layers = new ArrayList<>();
        layers.add(new RunConfigReader.Layer("bench defaults", false, defaults));
        if (config != null) {
            layers.add(RunConfigReader.Layer.file(config));
        }
        List<RunConfigReader.Layer> first = new ArrayList<>(layers);
        first.add(RunConfigReader.Layer.flags(options.keys(List.of())));
        List<String> devices = RunConfigReader.of(first).devices();
        layers.add(RunConfigReader.Layer.flags(options.keys(devices)));
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("evaluator", "table");
        fixed.put("evaluator-options", Map.of("file", accuracy.toString(),
                "column", accuracyColumn));
        fixed.put("predictor", "recorded");
        fixed.put("recorded-latency", latency.toString());
        layers.add(RunConfigReader.Layer.flags(fixed));
        return RunConfigReader.of(layers);
    }

    private static void requireEmpty(Path dir) {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new RunConfigException("--out " + dir + " must be a new or empty folder,"
                            + " but holds files (an earlier bench?); choose another");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
    }
}
