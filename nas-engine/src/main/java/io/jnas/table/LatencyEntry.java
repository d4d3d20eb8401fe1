package io.jnas.table;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.OpKey;

/**
 * The measured latency of one block key: robust summary statistics over all timed calls, checked
 * by {@link LatencyBounds} (median and mean in (0, 1e6] ms, p10 <= median <= p90).
 *
 * @param remeasured how many times the agent measured it again because the spread was high
 * @param unstable the spread stayed above the agent's threshold after all re-measurements
 */
public record LatencyEntry(
        OpKey key,
        double medianMs,
        double meanMs,
        double p10Ms,
        double p90Ms,
        double stdMs,
        double cv,
        int count,
        int remeasured,
        boolean unstable,
        long measuredAtEpochMs) {

    public LatencyEntry {
        requireNonNull(key, "key");
        latency("median_ms", medianMs);
        latency("mean_ms", meanMs);
        nonNegative("p10_ms", p10Ms);
        nonNegative("p90_ms", p90Ms);
        String spread = LatencyBounds.spreadProblem(p10Ms, medianMs, p90Ms);
        if (spread != null) {
            throw new IllegalArgumentException(spread);
        }
        nonNegative("std_ms", stdMs);
        nonNegative("cv", cv);
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, but was " + count);
        }
        if (remeasured < 0) {
            throw new IllegalArgumentException("remeasured must be >= 0, but was " + remeasured);
        }
    }

    private static void latency(String name, double v) {
        String problem = LatencyBounds.problem(v);
        if (problem != null) {
            throw new IllegalArgumentException(name + " " + problem);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a number >= 0, but was " + v);
        }
    }
}
