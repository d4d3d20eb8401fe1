package io.jnas.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The keys of a run config, in the order {@code config.yaml} writes them: each with its YAML
 * name (also its flag, {@code --name}), its built-in default (null: none), how it is read from
 * the merged layers, and how it is written back. The one place a key is spelled: the reader, the
 * writer, the defaults and the flags all go through this table.
 */
public enum RunKey {
    NAME("name", null, (v, k) -> v.optional(k, v::name), RunConfig::name),
    SPACE("space", "configs/spaces/mnist-small.yaml", RunConfigValues::text, RunConfig::space),
    SPACE_HASH("space-hash", null, (v, k) -> v.optional(k, v::text), RunConfig::spaceHash),
    STRATEGY("strategy", "regularized", (v, k) -> v.choice(k, Strategy.class),
            c -> c.strategy().key()),
    EVALUATIONS("evaluations", 1000, (v, k) -> v.integer(k, 1, 10_000_000),
            RunConfig::evaluations),
    POPULATION("population", 100, (v, k) -> v.integer(k, 2, 100_000), RunConfig::population),
    /** Default P/4 (as NNI): resolved from the population, so no fixed default. */
    SAMPLE_SIZE("sample-size", null, RunConfigValues::sampleSize, RunConfig::sampleSize),
    MUTATION("mutation", 0.05, RunConfigValues::probability, RunConfig::mutation),
    CROSSOVER("crossover", 0.9, RunConfigValues::probability, RunConfig::crossover),
    CHILD_BATCH("child-batch", 1, (v, k) -> v.integer(k, 1, v.<Integer>parsed(RunKey.POPULATION)),
            RunConfig::childBatch),
    ASYNC("async", false, RunConfigValues::bool, RunConfig::async),
    SEED("seed", 1, RunConfigValues::longValue, RunConfig::seed),
    EVALUATOR("evaluator", "train", RunConfigValues::text, RunConfig::evaluator),
    EVALUATOR_OPTIONS("evaluator-options", Map.of(), RunConfigValues::options,
            RunConfig::evaluatorOptions),
    DEVICES("devices", List.of("local"), RunConfigValues::names, RunConfig::devices),
    PREDICTOR("predictor", "table", (v, k) -> v.choice(k, PredictorKind.class),
            c -> c.predictor().key()),
    FLOPS_COEFFICIENTS("flops-coefficients", Map.of(), RunConfigValues::coefficients,
            RunKey::writeCoefficients),
    RECORDED_LATENCY("recorded-latency", null, (v, k) -> v.optional(k, v::text),
            RunConfig::recordedLatency),
    FITNESS("fitness", "mnasnet", (v, k) -> v.choice(k, FitnessKind.class),
            c -> c.fitness().key()),
    TARGET_MS("target-ms", Map.of(), RunConfigValues::perDevice, RunConfig::targetMs),
    W("w", -0.07, RunConfigValues::w, RunConfig::w),
    MNASNET_MODE("mnasnet-mode", "soft", (v, k) -> v.choice(k, MnasnetMode.class),
            c -> c.mnasnetMode().key()),
    EXTRA_OBJECTIVES("extra-objectives", List.of(), RunConfigValues::extraObjectives,
            RunConfig::extraObjectives),
    MAX_LATENCY_MS("max-latency-ms", Map.of(), RunConfigValues::perDevice,
            RunConfig::maxLatencyMs),
    MAX_PARAMS("max-params", null, (v, k) -> v.quantity(k, false), RunConfig::maxParams),
    MAX_FLOPS("max-flops", null, (v, k) -> v.quantity(k, false), RunConfig::maxFlops),
    MAX_MEMORY("max-memory", null, (v, k) -> v.quantity(k, true), RunConfig::maxMemory),
    CHECKPOINT_EVERY("checkpoint-every", 10, (v, k) -> v.integer(k, 1, 1_000_000),
            RunConfig::checkpointEvery),
    MAX_PROPOSALS("max-proposals", 1000, (v, k) -> v.integer(k, 1, 10_000_000),
            RunConfig::maxProposals);

    private final String key;
    private final Object defaultValue;
    private final BiFunction<RunConfigValues, String, Object> parser;
    private final Function<RunConfig, Object> writer;

    RunKey(String key, Object defaultValue, BiFunction<RunConfigValues, String, Object> parser,
            Function<RunConfig, Object> writer) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.writer = writer;
    }

    /** The key's name in YAML (and, with "--", its flag). */
    public String key() {
        return key;
    }

    /** The built-in default, or null when the key has none. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The checked value of this key; keys before it in the table are parsed already. */
    Object parse(RunConfigValues values) {
        return parser.apply(values, key);
    }

    /** The value as {@code config.yaml} holds it; null: left out. */
    Object write(RunConfig config) {
        return writer.apply(config);
    }

    /** Every key name, in table order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (RunKey k : values()) {
            out.add(k.key);
        }
        return List.copyOf(out);
    }

    /** The built-in defaults of the keys that have one, in table order. */
    public static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        for (RunKey k : values()) {
            if (k.defaultValue != null) {
                d.put(k.key, k.defaultValue);
            }
        }
        return Collections.unmodifiableMap(d);
    }

    private static Object writeCoefficients(RunConfig c) {
        Map<String, Object> coefficients = new LinkedHashMap<>();
        c.flopsCoefficients().forEach((d, k) -> {
            Map<String, Object> pair = new LinkedHashMap<>();  // fixed order: same file each time
            pair.put("ms-per-mmac", k.get(0));
            pair.put("offset-ms", k.get(1));
            coefficients.put(d, pair);
        });
        return coefficients;
    }
}
