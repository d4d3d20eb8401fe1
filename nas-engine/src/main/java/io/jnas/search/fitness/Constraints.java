package io.jnas.search.fitness;

import static java.util.Objects.requireNonNull;

import io.jnas.cost.StaticCost;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Hard limits checked before a candidate is trained: predicted latency per device, parameters,
 * FLOPs and peak activation memory. A candidate that breaks one is never evaluated; the
 * strategy proposes another (a repair) and the run counts both.
 *
 * <pre>{@code
 * Constraints c = new Constraints(Map.of("local", 2.0), OptionalLong.of(200_000),
 *         OptionalLong.empty(), OptionalLong.empty());
 * List<String> broken = c.violations(StaticCost.of(a), Map.of("local", 2.7));
 * }</pre>
 *
 * @param maxLatencyMs limit per device (devices not named have none)
 * @param maxParams limit on trainable parameters
 * @param maxFlops limit on FLOPs (2 x MACs)
 * @param maxMemoryBytes limit on peak activation memory at batch 1
 */
public record Constraints(Map<String, Double> maxLatencyMs, OptionalLong maxParams,
        OptionalLong maxFlops, OptionalLong maxMemoryBytes) {

    /** No limits. */
    public static final Constraints NONE = new Constraints(Map.of(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty());

    public Constraints {
        maxLatencyMs = Collections.unmodifiableMap(new LinkedHashMap<>(
                requireNonNull(maxLatencyMs, "maxLatencyMs")));
        maxLatencyMs.forEach((d, ms) -> {
            if (ms == null || !(ms > 0) || ms.isInfinite()) {
                throw new IllegalArgumentException("max latency of device '" + d
                        + "' must be > 0 ms, but was " + ms);
            }
        });
        positive(requireNonNull(maxParams, "maxParams"), "max params");
        positive(requireNonNull(maxFlops, "maxFlops"), "max FLOPs");
        positive(requireNonNull(maxMemoryBytes, "maxMemoryBytes"), "max memory bytes");
    }

    private static void positive(OptionalLong v, String what) {
        if (v.isPresent() && v.getAsLong() <= 0) {
            throw new IllegalArgumentException(what + " must be > 0, but was " + v.getAsLong());
        }
    }

    /** Whether no limit is set. */
    public boolean isEmpty() {
        return maxLatencyMs.isEmpty() && maxParams.isEmpty() && maxFlops.isEmpty()
                && maxMemoryBytes.isEmpty();
    }

    /**
     * One message per broken limit; empty when all hold.
     *
     * @throws IllegalArgumentException when a limited device has no latency
     */
    public List<String> violations(StaticCost cost, Map<String, Double> latencyMs) {
        List<String> out = new ArrayList<>();
        maxLatencyMs.forEach((d, max) -> {
            Double ms = latencyMs.get(d);
            if (ms == null) {
                throw new IllegalArgumentException("max latency is set for device '" + d
                        + "', which is not a device of the run " + latencyMs.keySet());
            }
            if (ms > max) {
                out.add(String.format(java.util.Locale.ROOT, "latency on %s %.3f ms > %.3f ms",
                        d, ms, max));
            }
        });
        if (maxParams.isPresent() && cost.params() > maxParams.getAsLong()) {
            out.add("params " + cost.params() + " > " + maxParams.getAsLong());
        }
        if (maxFlops.isPresent() && cost.flops() > maxFlops.getAsLong()) {
            out.add("FLOPs " + cost.flops() + " > " + maxFlops.getAsLong());
        }
        if (maxMemoryBytes.isPresent() && cost.peakActivationBytes() > maxMemoryBytes.getAsLong()) {
            out.add("activation memory " + cost.peakActivationBytes() + " B > "
                    + maxMemoryBytes.getAsLong() + " B");
        }
        return out;
    }
}
