package io.jnas.cli;

import io.jnas.accuracy.CachedEvaluator;
import io.jnas.accuracy.EngineInfo;
import io.jnas.accuracy.EvaluatorOptions;
import io.jnas.accuracy.TrainEvaluator;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.Architecture;
import io.jnas.benchmark.EvalBench;
import io.jnas.cli.options.SpaceOption;
import io.jnas.cli.options.TrainingOptions;
import io.jnas.data.DataLocations;
import io.jnas.data.DataSets;
import io.jnas.evaluators.Evaluators;
import io.jnas.options.VerboseOption;
import io.jnas.space.SearchSpace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas eval-bench}: evaluates N distinct random subnets of a space with one accuracy
 * evaluator and prints evaluations per minute, seconds per candidate and the score spread.
 */
@Command(name = "eval-bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks an accuracy evaluator on random subnets of a space.",
            "Prints evaluations per minute, median seconds per candidate, and the spread of"
                + " scores (for train: validation accuracy). One warm-up evaluation is not counted."})
public final class EvalBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--evaluator", defaultValue = "synflow",
            description = "train, synflow or gradnorm (default: ${DEFAULT-VALUE})")
    String evaluator;

    @Mixin
    SpaceOption space;

    @Option(names = "--n", defaultValue = "20", description = "subnets to evaluate (default: ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--seed", defaultValue = "42",
            description = "seeds the subnets, the split, batch order and weights (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--warmup", defaultValue = "1",
            description = "uncounted evaluations first, of other subnets (default: ${DEFAULT-VALUE})")
    int warmup;

    @Mixin
    TrainingOptions training = new TrainingOptions(
            new TrainingOptions.Defaults("fashion-mnist", 1000, 500, 1, 32, 0.003f));

    @Option(names = "--download", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "download a missing full data set into the cache (SHA-256 checked;"
                    + " default: ${DEFAULT-VALUE}); --no-download goes straight to the subset")
    boolean download;

    @Option(names = "--resize", description = "resize the images to the space's input size")
    boolean resize;

    @Option(names = "--steps", defaultValue = "0", description = "optimizer steps instead of epochs (0: use epochs)")
    int steps;

    @Option(names = "--optimizer", defaultValue = "ADAM", description = "ADAM or SGD (default: ${DEFAULT-VALUE})")
    TrainSettings.OptimizerKind optimizer;

    @Option(names = "--median-stopping", negatable = true, defaultValue = "false",
            description = "stop candidates below the median after an epoch (default: ${DEFAULT-VALUE})")
    boolean medianStopping;

    @Option(names = "--proxy-batch", defaultValue = "64", description = "gradnorm batch (default: ${DEFAULT-VALUE})")
    int proxyBatch;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    private int run(PrintWriter out) {
        if (n < 1 || n > 100_000) {
            throw new IllegalArgumentException("--n must be in [1, 100000], but was " + n);
        }
        if (warmup < 0 || warmup > 100) {
            throw new IllegalArgumentException("--warmup must be in [0, 100], but was " + warmup);
        }
        SearchSpace s = SearchSpace.load(space.file());
        TrainSettings settings = settings();
        DataLocations where = DataLocations.fromEnvironment(training.dataDir(), download);
        EvaluatorOptions options = new EvaluatorOptions(training.dataSet(), where,
                resize ? s.input() : null, settings, proxyBatch);
        List<Architecture> archs = EvalBench.distinctSubnets(s, warmup + n, seed);
        EngineInfo engine = EngineInfo.current();
        out.printf("eval-bench: evaluator %s, space %s (%s, %d classes), %d distinct random subnets"
                + " (seed %d), %d warm-up%n", evaluator, s.name(), s.input(), s.classes(), n, seed,
                warmup);
        out.printf("engine: %s%n", engine);
        if (!evaluator.equals(Evaluators.SYNFLOW)) {
            DataSets.Found found = DataSets.locate(training.dataSet(), where);
            out.printf("data: %s, %s, from %s%n", training.dataSet(), found.layout().description(),
                    found.files().get(0).getParent());
        }
        long loadStart = System.nanoTime();
        try (CachedEvaluator e = Evaluators.of(evaluator, options)) {
            if (e.delegate() instanceof TrainEvaluator t) {
                out.printf("data loaded and split in %.1f s: %s; %s%n",
                        (System.nanoTime() - loadStart) / 1e9, t.split().train(),
                        settings.describe());
            }
            out.flush();
            for (int i = 0; i < warmup; i++) {
                e.evaluate(archs.get(i));
            }
            return measure(out, e, archs.subList(warmup, archs.size()));
        }
    }

    /** The training settings the options describe (the defaults equal TrainSettings.defaults()). */
    TrainSettings settings() {
        return new TrainSettings(training.epochs(), steps, training.batch(),
                training.trainSamples(), training.valSamples(), training.lr(), optimizer, seed,
                medianStopping, TrainSettings.defaults().medianMinCandidates());
    }

    private int measure(PrintWriter out, CachedEvaluator e, List<Architecture> archs) {
        boolean train = e.delegate() instanceof TrainEvaluator;
        out.printf("%4s  %-16s %9s %8s %10s %8s %8s%s%n", "#", "hash", "params", "MMACs",
                train ? "accuracy" : "score", "seconds", "cpu-s", train ? "  checkpoints" : "");
        EvalBench.Summary m = EvalBench.measure(e, archs, r -> {
            out.printf("%4d  %-16s %9d %8.1f %10.4f %8.2f %8.2f%s%n", r.index(),
                    r.architecture().hash(), r.cost().params(), r.cost().macs() / 1e6, r.score(),
                    r.seconds(), r.cpuSeconds(), train ? "  " + r.checkpoints() : "");
            out.flush();
        });
        out.printf("%d evaluations in %.1f s: %.1f evaluations/min; seconds per candidate: median"
                + " %.3f, p10 %.3f, p90 %.3f, max %.3f%n", m.count(), m.seconds(),
                m.count() * 60 / m.seconds(), m.medianSeconds(), m.p10Seconds(), m.p90Seconds(),
                m.maxSeconds());
        out.printf("process CPU time %.1f s (%.0f%% of wall time; below 100%% x threads means the"
                + " cores were shared); CPU seconds per candidate: median %.3f%n", m.cpuSeconds(),
                100 * m.cpuSeconds() / m.seconds(), m.medianCpuSeconds());
        out.printf("%s: min %.4f, median %.4f, max %.4f, spread (max - min) %.4f", train
                ? "validation accuracy" : "score", m.minScore(), m.medianScore(), m.maxScore(),
                m.maxScore() - m.minScore());
        if (m.count() >= 3) {
            out.printf("; Spearman rank correlation with params %.2f", m.spearmanWithParams());
        }
        out.println();
        if (train) {
            out.printf("stopped early by the median rule: %d of %d%n", m.stoppedEarly(),
                    m.count());
        }
        out.flush();
        return 0;
    }
}
