package io.jnas.cli.search;

import static java.util.Objects.requireNonNull;

import io.jnas.benchmark.SearchBench;
import io.jnas.cli.choice.PredictorChoice;
import io.jnas.cli.choice.SupernetProgress;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SearchCodecs;
import io.jnas.latency.PredictorProvider;
import io.jnas.options.VerboseOption;
import io.jnas.run.EvaluatorSource;
import io.jnas.run.RunConfig;
import io.jnas.run.RunConfigReader;
import io.jnas.run.RunListener;
import io.jnas.run.SearchRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas search-bench}: strategies compared at equal evaluation counts over several seeds,
 * and the engine's own speed. Prints figures; asserts nothing.
 */
@Command(name = "search-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare search strategies at equal evaluation counts over K seeds:"
                + " mean ± sd of the best fitness and of the hypervolume of the (accuracy,"
                + " latency) front per device, with Welch's t-test against the first strategy;"
                + " evaluations per minute and the engine's overhead per evaluation.",
            "Run settings as for `nas search` (built-in defaults, then --config, then flags);"
                + " each run goes to a temporary directory that is deleted afterwards."},
        footer = {"", "Example:",
            "  nas search-bench --evaluator synflow --evals 400 --seeds 10"})
public final class SearchBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML run config to start"
            + " from (default: the built-in defaults, with the evaluator below).")
    Path config;

    @Mixin
    ComparisonOptions compare = new ComparisonOptions(List.of("regularized", "random"));

    @Option(names = "--default-evaluator", hidden = true, defaultValue = "synflow")
    String defaultEvaluator;

    @Mixin
    VerboseOption verbose;

    @Mixin
    RunOptions options = new RunOptions();

    private final EvaluatorSource evaluators;
    private final PredictorProvider tables;

    public SearchBenchCommand() {
        this(SupernetProgress.consoleEvaluators(), new PredictorChoice());
    }

    public SearchBenchCommand(EvaluatorSource evaluators, PredictorProvider tables) {
        this.evaluators = requireNonNull(evaluators, "evaluators");
        this.tables = requireNonNull(tables, "tables");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Long> seeds = compare.seeds();
        RunConfig base = baseConfig();
        SearchCodec<?> space = SearchCodecs.load(Path.of(base.space()));
        SearchRun runs = new SearchRun(evaluators, tables, RunListener.NONE);
        Map<String, Double> reference = SearchBench.reference(runs, base, space);
        SearchBench bench = new SearchBench(runs, reference);
        header(out, base, space, runs, reference, seeds);
        Map<String, List<SearchBench.Measure>> all = new LinkedHashMap<>();
        for (String strategy : compare.strategies()) {
            List<SearchBench.Measure> ms = new ArrayList<>();
            for (long s : seeds) {
                ms.add(bench.run(base, strategy, base.evaluations(), s));
                err.printf(Locale.ROOT, "search-bench: %s seed %d done%n", strategy, s);
                err.flush();
            }
            all.put(strategy, ms);
        }
        BenchReport.print(out, all, base.devices());
        return 0;
    }

    private RunConfig baseConfig() {
        List<RunConfigReader.Layer> layers = new ArrayList<>();
        if (config != null) {
            layers.add(RunConfigReader.Layer.file(config));
        } else {
            layers.add(new RunConfigReader.Layer("search-bench defaults", false,
                    Map.of("evaluator", defaultEvaluator, "evaluations", 400)));
        }
        List<RunConfigReader.Layer> first = new ArrayList<>(layers);
        first.add(RunConfigReader.Layer.flags(options.keys(List.of())));
        List<String> devices = RunConfigReader.of(first).devices();
        layers.add(RunConfigReader.Layer.flags(options.keys(devices)));
        return RunConfigReader.of(layers);
    }

    private void header(PrintWriter out, RunConfig c, SearchCodec<?> space, SearchRun runs,
            Map<String, Double> reference, List<Long> seeds) {
        out.printf(Locale.ROOT, "search-bench: space %s, evaluator %s, devices %s (predictor %s),"
                + " %d evaluations x %d seeds (%d..%d)%n", space.spaceName(), c.evaluator(),
                String.join(",", c.devices()), c.predictor(), c.evaluations(), seeds.size(),
                seeds.get(0), seeds.get(seeds.size() - 1));
        out.printf(Locale.ROOT, "settings: population %d, sample %d, mutation %.3f, crossover"
                + " %.2f; fitness %s (mnasnet %s, w %.3f, target %s)%n", c.population(),
                c.sampleSize(), c.mutation(), c.crossover(), c.fitness(), c.mnasnetMode(), c.w(),
                targets(c, space, runs));
        StringBuilder ref = new StringBuilder();
        reference.forEach((d, ms) -> ref.append(ref.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.3f ms", d, ms)));
        out.printf(Locale.ROOT, "hypervolume: reference point accuracy 0 and 1.1 x the latency of"
                + " the maximal subnet (%s); latency divided by the reference, so HV is in"
                + " accuracy units%n", ref);
    }

    private static String targets(RunConfig c, SearchCodec<?> space, SearchRun runs) {
        StringBuilder sb = new StringBuilder();
        runs.predictors(c, space).forEach((d, p) -> {
            Double t = c.targetMs().get(d);
            double ms = t != null ? t : p.predictMs(space.reference());
            sb.append(sb.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT,
                    "%s %.3f ms%s", d, ms, t != null ? "" : " = centroid"));
        });
        return sb.toString();
    }
}
