package io.jnas.evaluators;

import static java.util.Objects.requireNonNull;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.accuracy.CachedEvaluator;
import io.jnas.accuracy.EvaluatorFactory;
import io.jnas.accuracy.EvaluatorOptions;
import io.jnas.accuracy.EvaluatorOptionsReader;
import io.jnas.accuracy.GradNormProxy;
import io.jnas.accuracy.SynFlowProxy;
import io.jnas.accuracy.TrainEvaluator;
import io.jnas.data.DataLocations;
import io.jnas.data.ImageDataset;
import io.jnas.recorded.RecordedTables;
import io.jnas.recorded.TableAccuracy;
import io.jnas.run.EvaluatorSource;
import io.jnas.space.SearchSpace;
import io.jnas.supernet.SupernetData;
import io.jnas.supernet.SupernetEvaluator;
import io.jnas.supernet.SupernetSettings;
import io.jnas.supernet.SupernetTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one registry of accuracy evaluators: every name a run config, a worker or a command may
 * give, and how it is opened (the DJL ones and the supernet wrapped in a {@link CachedEvaluator};
 * a recorded table is a lookup already). Adding an evaluator is one entry in {@link #TYPED} (built
 * from {@link EvaluatorOptions}) or {@link #table()} beside its class.
 *
 * <pre>{@code
 * try (AccuracyEvaluator e = new Evaluators().open("synflow", Map.of("seed", "3"))) {
 *     double score = e.evaluate(architecture);
 * }
 * }</pre>
 */
public final class Evaluators implements EvaluatorSource {

    /** {@code train}: brief training, validation accuracy in [0, 1]. */
    public static final String TRAIN = "train";
    /** {@code synflow}: data-free zero-cost proxy, ln(1 + SynFlow). */
    public static final String SYNFLOW = "synflow";
    /** {@code gradnorm}: zero-cost proxy on one mini-batch of real data. */
    public static final String GRADNORM = "gradnorm";

    /** Where trained supernets are stored and found again (evaluator option {@code store}). */
    public static final Path SUPERNETS = Path.of("runs", "supernets");

    /** How one evaluator is opened: from typed options, or from the run's raw options. */
    private interface Opener {
        AccuracyEvaluator open(Evaluators registry, Map<String, String> options, Path spaceFile);
    }

    /** The evaluators built from {@link EvaluatorOptions} alone (eval-bench, fidelity). */
    private static final Map<String, Function<EvaluatorOptions, AccuracyEvaluator>> TYPED =
            typed();

    /** Every evaluator, in the order messages list them. */
    private static final Map<String, Opener> TABLE = table();

    private final RecordedTables recorded;
    private final SupernetTrainer.Listener supernetProgress;

    /**
     * @param recorded recorded tables shared with other users (a benchmark reads each file once)
     * @param supernetProgress told how the training of a supernet not stored yet goes
     */
    public Evaluators(RecordedTables recorded, SupernetTrainer.Listener supernetProgress) {
        this.recorded = requireNonNull(recorded, "recorded");
        this.supernetProgress = requireNonNull(supernetProgress, "supernetProgress");
    }

    /** With its own recorded tables and no supernet progress output. */
    public Evaluators() {
        this(new RecordedTables(), new SupernetTrainer.Listener() { });
    }

    private static Map<String, Function<EvaluatorOptions, AccuracyEvaluator>> typed() {
        Map<String, Function<EvaluatorOptions, AccuracyEvaluator>> t = new LinkedHashMap<>();
        t.put(TRAIN, o -> new TrainEvaluator(EvaluatorFactory.pool(o), o.train(), o.verify()));
        t.put(SYNFLOW, o -> new SynFlowProxy(o.seed()));
        t.put(GRADNORM, o -> {
            ImageDataset pool = EvaluatorFactory.pool(o);
            return new GradNormProxy(pool.standardized(pool.channelMeans(), pool.channelStds()),
                    o.proxyBatch(), o.seed());
        });
        return t;
    }

    private static Map<String, Opener> table() {
        Map<String, Opener> t = new LinkedHashMap<>();
        TYPED.forEach((name, build) -> t.put(name, (r, options, space) ->
                new CachedEvaluator(build.apply(EvaluatorOptionsReader.read(options, null)))));
        t.put(TableAccuracy.NAME, (r, options, space) -> TableAccuracy.open(r.recorded, options));
        t.put(SupernetEvaluator.NAME, (r, options, space) -> {
            if (space == null) {
                throw new IllegalArgumentException("evaluator 'supernet' belongs to one search"
                        + " space, so it is opened by a search run, which knows its space file");
            }
            return new CachedEvaluator(openSupernet(options, space, r.supernetProgress));
        });
        return t;
    }

    /** Every evaluator name (what a worker accepts in a job). */
    public static List<String> names() {
        return List.copyOf(TABLE.keySet());
    }

    /**
     * A cached evaluator from typed options ({@code train}, {@code synflow}, {@code gradnorm}).
     *
     * @throws IllegalArgumentException for another name
     * @throws io.jnas.data.MissingDataException when the evaluator needs data that is not there
     */
    public static CachedEvaluator of(String name, EvaluatorOptions options) {
        Function<EvaluatorOptions, AccuracyEvaluator> build = TYPED.get(name);
        if (build == null) {
            throw new IllegalArgumentException("evaluator must be one of " + TYPED.keySet()
                    + ", but was '" + name + "'");
        }
        return new CachedEvaluator(build.apply(options));
    }

    @Override
    public AccuracyEvaluator open(String name, Map<String, String> options) {
        return open(name, options, null);
    }

    @Override
    public AccuracyEvaluator open(String name, Map<String, String> options, String spaceFile) {
        Opener opener = TABLE.get(name);
        if (opener == null) {
            throw new IllegalArgumentException("evaluator must be one of " + names()
                    + ", but was '" + name + "'");
        }
        return opener.open(this, options, spaceFile == null ? null : Path.of(spaceFile));
    }

    /** The supernet of the space: trained now (told to {@code progress}) unless stored already. */
    public static SupernetEvaluator openSupernet(Map<String, String> options, Path spaceFile,
            SupernetTrainer.Listener progress) {
        SupernetSettings settings = SupernetSettings.read(options);
        SearchSpace space = SearchSpace.load(spaceFile);
        SupernetData data = SupernetData.load(space, settings, DataLocations.fromOptions(options));
        return SupernetEvaluator.open(space, data.split(), settings,
                data.store(Path.of(options.getOrDefault("store", SUPERNETS.toString())), space,
                        settings), progress);
    }
}
