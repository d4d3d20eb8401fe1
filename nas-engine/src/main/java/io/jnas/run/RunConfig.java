package io.jnas.run;

import static java.util.Objects.requireNonNull;

import io.jnas.search.fitness.ParetoObjectives;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that determines a search run. Read by {@link RunConfigReader} from a YAML file and
 * flags (same keys), written resolved to the run's {@code config.yaml}, and read back from there
 * on resume, so a resumed run is the same run.
 *
 * @param name run directory name under {@code runs/} (null: chosen at start)
 * @param space path of the space file
 * @param strategy the search strategy
 * @param evaluations budget: number of architectures to evaluate
 * @param population population size P (regularized, nsga2)
 * @param sampleSize tournament sample S (regularized)
 * @param mutation per-gene mutation probability
 * @param crossover probability of stage crossover (nsga2)
 * @param seed the seed of the run's random generator
 * @param evaluator accuracy evaluator name (train, synflow, ...)
 * @param evaluatorOptions options passed to the evaluator, as strings
 * @param devices target devices (hardware ids), in order
 * @param predictor latency predictor kind: table, flops or recorded
 * @param flopsCoefficients per device, [ms per MMAC, offset ms] (predictor flops)
 * @param fitness mnasnet or pareto
 * @param targetMs MnasNet target latency per device (devices left out: resolved at start to the
 *     latency of the space's centroid subnet)
 * @param w MnasNet soft exponent
 * @param mnasnetMode soft or hard
 * @param extraObjectives pareto objectives beyond accuracy and latency: params, flops
 * @param maxLatencyMs latency limit per device
 * @param maxParams parameter limit (null: none)
 * @param maxFlops FLOPs limit (null: none)
 * @param maxMemory peak activation memory limit in bytes (null: none)
 * @param checkpointEvery evaluations between checkpoints
 * @param maxProposals cap on proposals (duplicates, constraint breakers) for one new candidate
 * @param spaceHash content hash of the space when the run started (null until resolved)
 * @param recordedLatency CSV of recorded latency per device, one row per cell (predictor
 *     recorded; null otherwise)
 * @param childBatch children regularized evolution proposes from one population before it
 *     needs their results (1: one child per cycle, the textbook algorithm; more lets that many
 *     workers evaluate at once, and is another history)
 * @param async asynchronous aging evolution (Real et al.): each finished evaluation at once
 *     starts a new child of the current population; fast on many workers, not reproducible
 */
public record RunConfig(
        String name,
        String space,
        Strategy strategy,
        int evaluations,
        int population,
        int sampleSize,
        double mutation,
        double crossover,
        long seed,
        String evaluator,
        Map<String, String> evaluatorOptions,
        List<String> devices,
        PredictorKind predictor,
        Map<String, List<Double>> flopsCoefficients,
        FitnessKind fitness,
        Map<String, Double> targetMs,
        double w,
        MnasnetMode mnasnetMode,
        List<String> extraObjectives,
        Map<String, Double> maxLatencyMs,
        Long maxParams,
        Long maxFlops,
        Long maxMemory,
        int checkpointEvery,
        int maxProposals,
        String spaceHash,
        String recordedLatency,
        int childBatch,
        boolean async) {

    public RunConfig {
        requireNonNull(space, "space");
        requireNonNull(strategy, "strategy");
        requireNonNull(evaluator, "evaluator");
        requireNonNull(predictor, "predictor");
        requireNonNull(fitness, "fitness");
        requireNonNull(mnasnetMode, "mnasnetMode");
        evaluatorOptions = copy(evaluatorOptions);
        devices = List.copyOf(devices);
        flopsCoefficients = copy(flopsCoefficients);
        targetMs = copy(targetMs);
        extraObjectives = List.copyOf(extraObjectives);
        maxLatencyMs = copy(maxLatencyMs);
    }

    private static <V> Map<String, V> copy(Map<String, V> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(m)));
    }

    /** A copy with another name. */
    public RunConfig withName(String newName) {
        return new RunConfig(newName, space, strategy, evaluations, population, sampleSize,
                mutation, crossover, seed, evaluator, evaluatorOptions, devices, predictor,
                flopsCoefficients, fitness, targetMs, w, mnasnetMode, extraObjectives,
                maxLatencyMs, maxParams, maxFlops, maxMemory, checkpointEvery, maxProposals,
                spaceHash, recordedLatency, childBatch, async);
    }

    /** A copy with resolved targets and the space's hash. */
    public RunConfig resolved(Map<String, Double> targets, String hash) {
        return new RunConfig(name, space, strategy, evaluations, population, sampleSize,
                mutation, crossover, seed, evaluator, evaluatorOptions, devices, predictor,
                flopsCoefficients, fitness, targets, w, mnasnetMode, extraObjectives,
                maxLatencyMs, maxParams, maxFlops, maxMemory, checkpointEvery, maxProposals,
                hash, recordedLatency, childBatch, async);
    }

    /** A copy with another budget and seed (benchmarks). */
    public RunConfig withBudget(Strategy newStrategy, int newEvaluations, long newSeed) {
        return new RunConfig(name, space, newStrategy, newEvaluations, population, sampleSize,
                mutation, crossover, newSeed, evaluator, evaluatorOptions, devices, predictor,
                flopsCoefficients, fitness, targetMs, w, mnasnetMode, extraObjectives,
                maxLatencyMs, maxParams, maxFlops, maxMemory, checkpointEvery, maxProposals,
                spaceHash, recordedLatency, childBatch, async);
    }

    /** The Pareto objectives of this run: accuracy, latency per device, the extra objectives. */
    public ParetoObjectives objectives() {
        return new ParetoObjectives(devices, extraObjectives.contains("params"),
                extraObjectives.contains("flops"));
    }

    /** The config as YAML keys, in {@link RunKey}'s order; nulls left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RunKey k : RunKey.values()) {
            Object value = k.write(this);
            if (value != null) {
                m.put(k.key(), value);
            }
        }
        return m;
    }
}
