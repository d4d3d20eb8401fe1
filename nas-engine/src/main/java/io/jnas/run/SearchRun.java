package io.jnas.run;

import static java.util.Objects.requireNonNull;

import io.jenetics.util.RandomRegistry;
import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Design;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SearchCodecs;
import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.PredictorProvider;
import io.jnas.recorded.RecordedTables;
import io.jnas.search.Evaluation;
import io.jnas.search.SearchStrategy;
import io.jnas.search.fitness.Constraints;
import io.jnas.search.fitness.MnasnetFitness;
import io.jnas.search.fitness.ParetoObjectives;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Runs a search from a config into a run directory, or resumes one.
 *
 * <pre>{@code
 * SearchRun runs = new SearchRun(evaluators, tablePredictors, RunListener.NONE);
 * RunResult r = runs.start(config, Path.of("runs/demo"));
 * RunResult same = runs.resume(Path.of("runs/demo"));   // after a crash: continues the run
 * }</pre>
 *
 * <p>Resume replays: the seeded strategy runs again from the start, and every evaluation the log
 * already holds is taken from it (after checking the strategy proposed the same architecture)
 * instead of being evaluated again. Only the decode and bookkeeping of each logged evaluation is
 * repeated, so the resumed run ends exactly as an uninterrupted one would.
 */
public final class SearchRun {

    private final EvaluatorSource evaluators;
    private final PredictorProvider tables;
    private final RunListener listener;
    private final RecordedTables recorded;
    private final boolean fsyncEachEvaluation;
    private final BatchEvaluator.Factory batches;

    /**
     * @param evaluators opens the evaluator a config names
     * @param tables predictors of {@code predictor: table} runs
     * @param listener follows progress
     */
    public SearchRun(EvaluatorSource evaluators, PredictorProvider tables, RunListener listener) {
        this(evaluators, tables, listener, new RecordedTables());
    }

    /**
     * @param recorded the recorded tables of {@code predictor: recorded} runs (shared, so runs
     *     of a benchmark read each file once)
     */
    public SearchRun(EvaluatorSource evaluators, PredictorProvider tables, RunListener listener,
            RecordedTables recorded) {
        this(evaluators, tables, listener, recorded, true, null);
    }

    private SearchRun(EvaluatorSource evaluators, PredictorProvider tables, RunListener listener,
            RecordedTables recorded, boolean fsyncEachEvaluation, BatchEvaluator.Factory batches) {
        this.evaluators = requireNonNull(evaluators, "evaluators");
        this.tables = requireNonNull(tables, "tables");
        this.listener = requireNonNull(listener, "listener");
        this.recorded = requireNonNull(recorded, "recorded");
        this.fsyncEachEvaluation = fsyncEachEvaluation;
        this.batches = batches;
    }

    /**
     * The same, but each run's log is forced to disk once at its end instead of after every
     * evaluation: for replays of recorded tables, where an evaluation is a lookup and the fsync
     * would be nearly all of the time. A killed run may then lose its last lines (resume still
     * works from what reached the disk).
     */
    public SearchRun withLogForcedAtEnd() {
        return new SearchRun(evaluators, tables, listener, recorded, false, batches);
    }

    /**
     * The same, but new evaluations run where {@code batches} sends them (JobRunr workers): the
     * strategy proposes batches, the run waits for each and appends it in proposal order, so the
     * history is the one an in-process run makes. The in-process evaluator is not opened.
     */
    public SearchRun withBatchEvaluator(BatchEvaluator.Factory batches) {
        return new SearchRun(evaluators, tables, listener, recorded, fsyncEachEvaluation,
                requireNonNull(batches, "batches"));
    }

    /**
     * Starts a new run in {@code directory}: resolves the config (default targets, the space's
     * hash), writes it to config.yaml, and runs to the end.
     *
     * @throws RunConfigException when a run already lives in the directory, or no design of the
     *     space can meet the config's static limits
     */
    public RunResult start(RunConfig config, Path directory) {
        SearchCodec<?> space = SearchCodecs.load(Path.of(config.space()));
        SatisfiableLimits.require(config, space);
        Map<String, LatencyPredictor> predictors = predictors(config, space);
        Map<String, Double> targets = new LinkedHashMap<>();
        for (String d : config.devices()) {
            Double t = config.targetMs().get(d);
            targets.put(d, t != null ? t : predictors.get(d).predictMs(space.reference()));
        }
        String name = config.name() != null ? config.name()
                : directory.getFileName().toString();
        RunConfig resolved = config.withName(name).resolved(targets, space.spaceHash());
        RunDirectory.requireFree(directory);
        AccuracyEvaluator opened = batches != null ? null
                : evaluators.open(config.evaluator(), config.evaluatorOptions(), config.space());
        RunDirectory dir;
        try {
            dir = RunDirectory.create(directory);
            RunDirectory.writeAtomically(dir.config(), RunConfigReader.toYaml(resolved));
        } catch (RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            throw e;
        }
        return execute(resolved, dir, space, predictors,
                new EvaluationLog.Contents(List.of(), 0, false), Optional.empty(), opened);
    }

    /**
     * Continues the run in {@code directory} from its config.yaml, log and checkpoint.
     *
     * @throws ResumeMismatch when the log or checkpoint does not match what the run proposes
     */
    public RunResult resume(Path directory) {
        RunDirectory dir = RunDirectory.open(directory);
        RunConfig config = RunConfigReader.read(dir.config());
        SearchCodec<?> space = SearchCodecs.load(Path.of(config.space()));
        if (config.spaceHash() != null && !config.spaceHash().equals(space.spaceHash())) {
            throw new ResumeMismatch("space file " + config.space() + " changed since run "
                    + directory + " started (hash " + config.spaceHash() + ", now "
                    + space.spaceHash() + "); restore it to resume, or start a new run");
        }
        EvaluationLog.Contents logged = EvaluationLog.read(dir.evaluations(), space::read);
        if (config.async() && !logged.evaluations().isEmpty()) {
            throw new ResumeMismatch("run " + directory + " is asynchronous (async: true): its"
                    + " history depends on which evaluation finished first, so it cannot be"
                    + " replayed to resume; its " + logged.evaluations().size() + " evaluations"
                    + " stay in " + dir.evaluations() + ": start a new run");
        }
        Optional<Checkpoint> stored;
        try {
            stored = Checkpoint.read(dir.checkpoint());
        } catch (IllegalArgumentException e) {
            // the checkpoint only cross-checks the replay; the log alone resumes the run
            listener.notice("Ignoring " + dir.checkpoint().getFileName() + ", which cannot be"
                    + " used (" + e.getMessage() + "); the run resumes from its log alone");
            stored = Optional.empty();
        }
        if (stored.isPresent() && stored.get().evaluations() > logged.evaluations().size()) {
            throw new ResumeMismatch(dir.checkpoint() + " was written after "
                    + stored.get().evaluations() + " evaluations, but " + dir.evaluations()
                    + " holds only " + logged.evaluations().size() + ": the log was cut");
        }
        return execute(config, dir, space, predictors(config, space), logged, stored, null);
    }

    /**
     * The latency predictor of each device of a config, in its device order.
     *
     * @throws IllegalArgumentException when a device has no predictor, or the predictor kind does
     *     not fit the space
     */
    public Map<String, LatencyPredictor> predictors(RunConfig config, SearchCodec<?> space) {
        Map<String, LatencyPredictor> out = new LinkedHashMap<>();
        PredictorKind.Sources sources = new PredictorKind.Sources(tables, recorded);
        for (String d : config.devices()) {
            out.put(d, config.predictor().forDevice(config, d, space, sources));
        }
        return out;
    }

    private <D extends Design> RunResult execute(RunConfig config, RunDirectory dir,
            SearchCodec<D> space,
            Map<String, LatencyPredictor> predictors, EvaluationLog.Contents logged,
            Optional<Checkpoint> stored, AccuracyEvaluator opened) {
        MnasnetFitness fitness = config.mnasnetMode().fitness(config.targetMs(), config.w());
        ParetoObjectives objectives = config.objectives();
        SeededRandom random = new SeededRandom(config.seed());
        Constraints constraints = new Constraints(config.maxLatencyMs(),
                optional(config.maxParams()), optional(config.maxFlops()),
                optional(config.maxMemory()));
        LazyEvaluator evaluator = new LazyEvaluator(opened,
                () -> evaluators.open(config.evaluator(), config.evaluatorOptions(),
                config.space()));
        SearchStrategy strategy = config.strategy().create(config);
        listener.started(config, dir, logged.evaluations().size());
        long t0 = System.nanoTime();
        RunContext<D> ctx;
        try (BatchEvaluator remote = batches == null ? null : batches.open(config);
                EvaluationLog log = EvaluationLog.open(dir.evaluations(), logged.validBytes(),
                        fsyncEachEvaluation);
                evaluator) {
            RunContext.Setup<D> setup = new RunContext.Setup<>(config, dir, space, predictors,
                    evaluator, constraints, fitness, objectives,
                    config.fitness().tournament(fitness, objectives), random,
                    logged.evaluations(), stored, listener, remote);
            ctx = new RunContext<>(setup, log);
            ctx.strategy(strategy.name(), strategy::population);
            RunContext<D> run = ctx;
            RandomRegistry.with(random, r -> {
                strategy.run(run);
                return null;
            });
            if (ctx.evaluated() < logged.evaluations().size()) {
                throw new ResumeMismatch("the run ended after " + ctx.evaluated()
                        + " evaluations, but " + dir.evaluations() + " holds "
                        + logged.evaluations().size() + ": the log was made with another config,"
                        + " seed or code version");
            }
            if (stored.isPresent() && stored.get().finished()
                    && stored.get().evaluations() == ctx.evaluated()) {
                ctx.verify(stored.get());
            }
            ctx.writeCheckpoint(true);
        }
        Map<String, List<Evaluation>> fronts = ParetoReport.fronts(ctx.history(), config.devices());
        RunDirectory.writeAtomically(dir.pareto(), ParetoReport.toJson(config, ctx.history(),
                fronts, config.objectives()));
        RunResult result = new RunResult(dir, config, ctx.history(), fronts, ctx.counters(),
                Math.min(logged.evaluations().size(), ctx.evaluated()), ctx.stopReason(),
                Duration.ofNanos(System.nanoTime() - t0), Duration.ofNanos(ctx.evaluatorNanos()),
                Duration.ofNanos(ctx.logNanos()));
        listener.finished(result);
        return result;
    }

    private static OptionalLong optional(Long v) {
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Opens the evaluator on first use: a fully replayed run never loads data or models. */
    private static final class LazyEvaluator implements Supplier<AccuracyEvaluator>,
            AutoCloseable {
        private final Supplier<AccuracyEvaluator> open;
        private AccuracyEvaluator evaluator;

        LazyEvaluator(AccuracyEvaluator opened, Supplier<AccuracyEvaluator> open) {
            this.evaluator = opened;
            this.open = open;
        }

        @Override
        public AccuracyEvaluator get() {
            if (evaluator == null) {
                evaluator = open.get();
            }
            return evaluator;
        }

        @Override
        public void close() {
            if (evaluator != null) {
                evaluator.close();
            }
        }
    }
}
