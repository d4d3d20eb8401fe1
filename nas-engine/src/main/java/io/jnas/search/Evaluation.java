package io.jnas.search;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Design;
import io.jnas.search.fitness.Scored;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One evaluated design, as appended to a run's {@code evaluations.jsonl}.
 *
 * @param design the evaluated design (a block-list architecture, a cell network, ...)
 * @param index position in the run's history, from 0
 * @param step the strategy's step when it was proposed (evolution cycle, generation; 0 while
 *     the first population is sampled)
 * @param accuracy the evaluator's score (higher is better)
 * @param latencyMs predicted latency per device, in the run's device order
 * @param memoryBytes peak activation memory at batch 1
 * @param fitness the MnasNet-style scalar fitness of the run's fitness settings
 * @param wallMs wall time of the accuracy evaluation
 */
public record Evaluation(int index, long step, String hash, Design design,
        double accuracy, Map<String, Double> latencyMs, long params, long macs,
        long memoryBytes, double fitness, double wallMs) implements Scored {

    public Evaluation {
        requireNonNull(hash, "hash");
        requireNonNull(design, "design");
        latencyMs = Collections.unmodifiableMap(new LinkedHashMap<>(
                requireNonNull(latencyMs, "latencyMs")));
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, but was " + index);
        }
    }

    /** Floating point operations: twice the multiply-accumulates. */
    @Override
    public long flops() {
        return 2 * macs;
    }

    /** Predicted latency on one device. */
    @Override
    public double latencyMs(String device) {
        Double ms = latencyMs.get(device);
        if (ms == null) {
            throw new IllegalArgumentException("device must be one of " + latencyMs.keySet()
                    + ", but was '" + device + "'");
        }
        return ms;
    }
}
