package io.jnas.run;

import static java.util.Objects.requireNonNull;

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
 * @param strategy one of {@link #STRATEGIES}
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
        String strategy,
        int evaluations,
        int population,
        int sampleSize,
        double mutation,
        double crossover,
        long seed,
        String evaluator,
        Map<String, String> evaluatorOptions,
        List<String> devices,
        String predictor,
        Map<String, List<Double>> flopsCoefficients,
        String fitness,
        Map<String, Double> targetMs,
        double w,
        String mnasnetMode,
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

    /** Every strategy a run can name: regularized, random, nsga2, surrogate. */
    public static final List<String> STRATEGIES = List.of("regularized", "random", "nsga2",
            "surrogate");


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
    public RunConfig withBudget(String newStrategy, int newEvaluations, long newSeed) {
        return new RunConfig(name, space, newStrategy, newEvaluations, population, sampleSize,
                mutation, crossover, newSeed, evaluator, evaluatorOptions, devices, predictor,
                flopsCoefficients, fitness, targetMs, w, mnasnetMode, extraObjectives,
                maxLatencyMs, maxParams, maxFlops, maxMemory, checkpointEvery, maxProposals,
                spaceHash, recordedLatency, childBatch, async);
    }

    /** The config as YAML keys, in a fixed order; nulls left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", name);
        m.put("space", space);
        put(m, "space-hash", spaceHash);
        m.put("strategy", strategy);
        m.put("evaluations", evaluations);
        m.put("population", population);
        m.put("sample-size", sampleSize);
        m.put("mutation", mutation);
        m.put("crossover", crossover);
        m.put("child-batch", childBatch);
        m.put("async", async);
        m.put("seed", seed);
        m.put("evaluator", evaluator);
        m.put("evaluator-options", evaluatorOptions);
        m.put("devices", devices);
        m.put("predictor", predictor);
        Map<String, Object> coefficients = new LinkedHashMap<>();
        flopsCoefficients.forEach((d, c) -> {
            Map<String, Object> pair = new LinkedHashMap<>();  // fixed order: same file each time
            pair.put("ms-per-mmac", c.get(0));
            pair.put("offset-ms", c.get(1));
            coefficients.put(d, pair);
        });
        m.put("flops-coefficients", coefficients);
        put(m, "recorded-latency", recordedLatency);
        m.put("fitness", fitness);
        m.put("target-ms", targetMs);
        m.put("w", w);
        m.put("mnasnet-mode", mnasnetMode);
        m.put("extra-objectives", extraObjectives);
        m.put("max-latency-ms", maxLatencyMs);
        put(m, "max-params", maxParams);
        put(m, "max-flops", maxFlops);
        put(m, "max-memory", maxMemory);
        m.put("checkpoint-every", checkpointEvery);
        m.put("max-proposals", maxProposals);
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
