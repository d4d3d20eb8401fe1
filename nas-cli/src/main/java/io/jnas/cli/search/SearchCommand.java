package io.jnas.cli.search;

import static java.util.Objects.requireNonNull;

import io.jnas.cli.choice.PredictorChoice;
import io.jnas.cli.choice.SupernetProgress;
import io.jnas.cli.distributed.DistributedOptions;
import io.jnas.codec.SearchCodecs;
import io.jnas.distributed.Coordinator;
import io.jnas.distributed.DistributedException;
import io.jnas.distributed.Placement;
import io.jnas.failure.FailureText;
import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.PredictorProvider;
import io.jnas.options.VerboseOption;
import io.jnas.report.RunReport;
import io.jnas.run.EvaluatorSource;
import io.jnas.run.FinishedRun;
import io.jnas.run.RunConfig;
import io.jnas.run.RunConfigException;
import io.jnas.run.RunConfigReader;
import io.jnas.run.RunResult;
import io.jnas.run.SearchRun;
import io.jnas.text.ProjectHome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas search}: the main job. With no arguments it runs configs/search/default.yaml;
 * a YAML run config ({@code --config}) and flags override it key by key.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Hardware-aware search. Without arguments: the run config"
                + " configs/search/default.yaml (surrogate-guided search over"
                + " fashion-mnist-small, the local CPU, brief training on Fashion-MNIST)."
                + " Results go to runs/<name>/.",
            "Flags override keys of the run config of the same name."},
        footer = {"", "Examples:", "  nas search",
            "  nas search --strategy nsga2 --fitness pareto --evals 300 --name nsga2-demo",
            "  nas search --max-latency local=2.5 --max-params 150k --seed 7",
            "  nas search --resume runs/nsga2-demo"})
public final class SearchCommand implements Callable<Integer> {

    static final Path DEFAULT_CONFIG = Path.of("configs/search/default.yaml");

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML run config (default: " + "configs/search/default.yaml when present).")
    Path config;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Continue a run (after a crash or kill) from its config.yaml and log.")
    Path resume;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Run name: results go to runs/NAME (default: strategy and time).")
    String name;

    @Option(names = "--run-dir", paramLabel = "DIR", description = "Run directory (instead of"
            + " runs/NAME).")
    Path runDir;

    @Option(names = "--progress-every", paramLabel = "N", description = "Without a terminal: a"
            + " progress line every N evaluations (default: a tenth of the budget).")
    Integer progressEvery;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--measure-missing", description = "A block key that a device's lookup"
            + " table lacks is timed, when first needed, on an agent of that hardware id in"
            + " --measure-fleet, instead of failing the run.")
    boolean measureMissing;

    @Option(names = "--measure-fleet", paramLabel = "FILE", defaultValue = "configs/fleets/local.yaml",
            description = "Fleet file of --measure-missing (default: ${DEFAULT-VALUE}).")
    Path measureFleet;

    @Mixin
    RunOptions options = new RunOptions();

    @Mixin
    DistributedOptions distributed = new DistributedOptions();

    private final EvaluatorSource evaluators;
    private final PredictorProvider tables;

    /** The product's evaluators and lookup-table predictors. */
    public SearchCommand() {
        this(SupernetProgress.consoleEvaluators(), new PredictorChoice());
    }

    /** With given evaluators and table predictors (tests, embedding). */
    public SearchCommand(EvaluatorSource evaluators, PredictorProvider tables) {
        this.evaluators = requireNonNull(evaluators, "evaluators");
        this.tables = requireNonNull(tables, "tables");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = resume;
        RunResult result;
        Coordinator workers = null;
        SearchRun runs;
        try {
            runs = new SearchRun(evaluators, predictors(),
                    new ConsoleProgress(err, Terminal.attached(), progressEvery));
            Placement placement = distributed.placement(resume != null ? null : configFile());
            if (placement.distributed()) {
                workers = placement.open(Path.of(System.getProperty("java.io.tmpdir"),
                        "jnas-workers-" + ProcessHandle.current().pid()), System.getenv());
                runs = runs.withBatchEvaluator(workers.batches(err));
            }
            if (resume != null) {
                refuseRunSettings();
                result = runs.resume(resume);
            } else {
                RunConfig c = config(options);
                dir = directory(c);
                result = runs.start(c, dir);
            }
        } catch (DistributedException e) {
            // its message already names the cause: one line, with the exit code of its kind
            if (e.badInput()) {
                throw new RunConfigException(e.getMessage());
            }
            throw new IllegalStateException(e.getMessage());
        } catch (RuntimeException e) {
            if (FailureText.exitCode(e) == FailureText.BAD_INPUT || dir == null
                    || !Files.exists(dir.resolve("config.yaml"))) {
                throw e;
            }
            throw new IllegalStateException("the run failed: " + FailureText.of(e)
                    + "; every evaluation so far is in " + dir + ", continue with --resume "
                    + dir, e);
        } finally {
            if (workers != null) {
                workers.close();
            }
        }
        SummaryTable.print(result, out, frontPredictors(runs, result));
        RunReport.write(FinishedRun.of(result), List.of());
        out.println("  report.html        the report: fronts, best so far, front members");
        out.flush();
        if (result.history().isEmpty()) {
            // not a success: a run that evaluated nothing answered nothing
            throw new IllegalStateException("the search evaluated no candidate: "
                    + result.stopReason());
        }
        return 0;
    }

    /** The run's predictors, for the bands of the front table; none when they cannot be had. */
    private static Map<String, LatencyPredictor> frontPredictors(SearchRun runs, RunResult r) {
        try {
            return runs.predictors(r.config(), SearchCodecs.load(Path.of(r.config().space())));
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private PredictorProvider predictors() {
        if (!measureMissing) {
            return tables;
        }
        if (!(tables instanceof PredictorChoice choice)) {
            throw new RunConfigException("--measure-missing needs the lookup tables of the"
                    + " tables folder, but this search was given other predictors");
        }
        return choice.measuringMissing(measureFleet);
    }

    private void refuseRunSettings() {
        List<String> given = new ArrayList<>(options.given());
        if (config != null) {
            given.add("--config");
        }
        if (name != null || runDir != null) {
            given.add(name != null ? "--name" : "--run-dir");
        }
        if (!given.isEmpty()) {
            throw new RunConfigException("--resume continues a run with the settings of its"
                    + " config.yaml, so it takes no run settings, but got "
                    + String.join(", ", given));
        }
    }

    /** The run config: default or given file, then flags. */
    RunConfig config(RunOptions flags) {
        List<RunConfigReader.Layer> layers = new ArrayList<>();
        Path file = configFile();
        if (file != null) {
            layers.add(RunConfigReader.Layer.file(file));
        }
        RunConfig base = RunConfigReader.of(withFlags(layers, flags.keys(List.of())));
        Map<String, Object> keys = flags.keys(base.devices());
        if (name != null) {
            keys.put("name", name);
        }
        return RunConfigReader.of(withFlags(layers, keys));
    }

    /** The run-config file: the given one, else the default when present, else none. */
    private Path configFile() {
        Path main = ProjectHome.resolve(DEFAULT_CONFIG);
        return config != null ? config : Files.exists(main) ? main : null;
    }

    private static List<RunConfigReader.Layer> withFlags(List<RunConfigReader.Layer> layers,
            Map<String, Object> keys) {
        List<RunConfigReader.Layer> all = new ArrayList<>(layers);
        all.add(RunConfigReader.Layer.flags(keys));
        return all;
    }

    private Path directory(RunConfig c) {
        if (runDir != null) {
            return runDir;
        }
        String n = c.name() != null ? c.name() : c.strategy() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs").resolve(n);
    }
}
