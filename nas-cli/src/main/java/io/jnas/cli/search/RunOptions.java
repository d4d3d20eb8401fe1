package io.jnas.cli.search;

import io.jnas.cli.options.SpacePaths;
import io.jnas.run.RunConfigException;
import io.jnas.run.RunKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags that set run-config keys; each has the name of its YAML key (except {@code --evals},
 * {@code --max-latency} and {@code --flops}, kept short), so a flag overrides the file's key.
 */
final class RunOptions {

    @Option(names = "--space", paramLabel = "FILE|NAME",
            description = "Space file, or the name of one in configs/spaces/.")
    String space;

    @Option(names = "--strategy", paramLabel = "NAME",
            description = "regularized (aging evolution; with --fitness pareto its tournament"
                    + " drifts to the accurate, slow corner: use surrogate or nsga2 for fronts),"
                    + " random, nsga2, or surrogate (XGBoost-ensemble-guided search over latency"
                    + " budgets).")
    String strategy;

    @Option(names = {"--evals", "--evaluations"}, paramLabel = "N",
            description = "Budget: architectures to evaluate.")
    Integer evaluations;

    @Option(names = "--population", paramLabel = "P", description = "Population size.")
    Integer population;

    @Option(names = "--sample-size", paramLabel = "S",
            description = "Tournament sample of regularized evolution, at most P (default: the"
                    + " config's, else P/4).")
    Integer sampleSize;

    @Option(names = "--mutation", paramLabel = "P", description = "Per-gene mutation probability.")
    Double mutation;

    @Option(names = "--crossover", paramLabel = "P", description = "Stage crossover probability"
            + " (nsga2).")
    Double crossover;

    @Option(names = "--child-batch", paramLabel = "B", description = "Children regularized"
            + " evolution proposes from one population at once (default 1, the textbook"
            + " algorithm; B > 1 keeps B workers busy, and is another history).")
    Integer childBatch;

    @Option(names = "--async", description = "Asynchronous aging evolution (Real et al.): each"
            + " finished evaluation starts a new child at once; for many workers, not"
            + " reproducible.")
    Boolean async;

    @Option(names = "--seed", paramLabel = "N", description = "Seed: same seed, same run.")
    Long seed;

    @Option(names = "--evaluator", paramLabel = "NAME", description = "Accuracy evaluator.")
    String evaluator;

    @Option(names = "--evaluator-option", paramLabel = "KEY=VALUE",
            description = "Option passed to the evaluator (repeatable).")
    Map<String, String> evaluatorOptions;

    @Option(names = "--devices", paramLabel = "ID", split = ",",
            description = "Target devices (hardware ids), e.g. local,jetson-orin.")
    List<String> devices;

    @Option(names = "--predictor", paramLabel = "KIND",
            description = "Latency predictor: table (lookup tables), flops, or recorded (a CSV of"
                    + " latency per cell, one column per device; cell spaces).")
    String predictor;

    @Option(names = "--recorded-latency", paramLabel = "CSV",
            description = "The recorded latencies of predictor recorded.")
    String recordedLatency;

    @Option(names = "--flops", paramLabel = "DEVICE=MS_PER_MMAC:OFFSET_MS",
            description = "FLOPs predictor coefficients of a device (repeatable).")
    Map<String, String> flops;

    @Option(names = "--fitness", paramLabel = "MODE", description = "mnasnet or pareto.")
    String fitness;

    @Option(names = "--target-ms", paramLabel = "[DEVICE=]MS",
            description = "MnasNet target latency T (repeatable; a bare number: every device)."
                    + " Default: the latency of the space's centroid subnet.")
    List<String> targetMs;

    @Option(names = "--w", paramLabel = "W", description = "MnasNet soft exponent (<= 0).")
    Double w;

    @Option(names = "--mnasnet-mode", paramLabel = "MODE",
            description = "soft (w everywhere) or hard (0 within T, -1 beyond).")
    String mnasnetMode;

    @Option(names = "--extra-objectives", paramLabel = "NAME", split = ",",
            description = "Pareto objectives beyond accuracy and latency: params, flops.")
    List<String> extraObjectives;

    @Option(names = "--max-latency", paramLabel = "[DEVICE=]MS",
            description = "Latency limit (repeatable; a bare number: every device).")
    List<String> maxLatency;

    @Option(names = "--max-params", paramLabel = "N", description = "Parameter limit (K/M/G, Ki/Mi/Gi).")
    String maxParams;

    @Option(names = "--max-flops", paramLabel = "N", description = "FLOPs limit (K/M/G, Ki/Mi/Gi).")
    String maxFlops;

    @Option(names = "--max-memory", paramLabel = "BYTES",
            description = "Peak activation memory limit at batch 1 (K/M/G, Ki/Mi/Gi, B).")
    String maxMemory;

    @Option(names = "--checkpoint-every", paramLabel = "N",
            description = "Evaluations between checkpoints.")
    Integer checkpointEvery;

    @Option(names = "--max-proposals", paramLabel = "N",
            description = "Cap on proposals tried for one new feasible candidate.")
    Integer maxProposals;

    /** Keys set by flags; per-device values without a device apply to {@code devices}. */
    Map<String, Object> keys(List<String> allDevices) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, RunKey.SPACE, space == null ? null : SpacePaths.named(space));
        put(m, RunKey.STRATEGY, strategy);
        put(m, RunKey.EVALUATIONS, evaluations);
        put(m, RunKey.POPULATION, population);
        put(m, RunKey.SAMPLE_SIZE, sampleSize);
        put(m, RunKey.MUTATION, mutation);
        put(m, RunKey.CROSSOVER, crossover);
        put(m, RunKey.CHILD_BATCH, childBatch);
        put(m, RunKey.ASYNC, async);
        put(m, RunKey.SEED, seed);
        put(m, RunKey.EVALUATOR, evaluator);
        put(m, RunKey.EVALUATOR_OPTIONS, evaluatorOptions);
        put(m, RunKey.DEVICES, devices);
        put(m, RunKey.PREDICTOR, predictor);
        put(m, RunKey.FLOPS_COEFFICIENTS, flops == null ? null : coefficients(flops));
        put(m, RunKey.RECORDED_LATENCY, recordedLatency);
        put(m, RunKey.FITNESS, fitness);
        put(m, RunKey.TARGET_MS, targetMs == null ? null : perDevice("--target-ms", targetMs,
                allDevices));
        put(m, RunKey.W, w);
        put(m, RunKey.MNASNET_MODE, mnasnetMode);
        put(m, RunKey.EXTRA_OBJECTIVES, extraObjectives);
        put(m, RunKey.MAX_LATENCY_MS, maxLatency == null ? null : perDevice("--max-latency",
                maxLatency, allDevices));
        put(m, RunKey.MAX_PARAMS, maxParams);
        put(m, RunKey.MAX_FLOPS, maxFlops);
        put(m, RunKey.MAX_MEMORY, maxMemory);
        put(m, RunKey.CHECKPOINT_EVERY, checkpointEvery);
        put(m, RunKey.MAX_PROPOSALS, maxProposals);
        return m;
    }

    private static void put(Map<String, Object> m, RunKey key, Object value) {
        if (value != null) {
            m.put(key.key(), value);
        }
    }

    private static Map<String, Object> coefficients(Map<String, String> flops) {
        Map<String, Object> out = new LinkedHashMap<>();
        flops.forEach((device, v) -> {
            String[] parts = v.split(":");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                out.put(device, Map.of("ms-per-mmac", Double.parseDouble(parts[0]),
                        "offset-ms", Double.parseDouble(parts[1])));
            } catch (NumberFormatException e) {
                throw new RunConfigException("--flops must be DEVICE=MS_PER_MMAC:OFFSET_MS, but was '"
                        + device + "=" + v + "'");
            }
        });
        return out;
    }

    private static Map<String, Object> perDevice(String flag, List<String> values,
            List<String> allDevices) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            try {
                if (eq < 0) {
                    double ms = Double.parseDouble(v);
                    allDevices.forEach(d -> out.put(d, ms));
                } else {
                    out.put(v.substring(0, eq), Double.parseDouble(v.substring(eq + 1)));
                }
            } catch (NumberFormatException e) {
                throw new RunConfigException(flag + " must be DEVICE=MS or MS, but was '" + v + "'");
            }
        }
        return out;
    }

    /** Flags that were given (for refusing them with --resume). */
    List<String> given() {
        List<String> g = new ArrayList<>();
        keys(List.of()).keySet().forEach(k -> g.add("--" + k));
        return g;
    }
}
