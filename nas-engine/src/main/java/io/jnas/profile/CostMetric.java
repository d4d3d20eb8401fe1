package io.jnas.profile;

import io.jnas.cost.BlockCost;
import io.jnas.cost.StaticCost;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A static cost that a constraint can bound: the names users write after {@code --constraint}.
 * Params, MACs and FLOPs add up over blocks; peak activation memory is the largest block's peak.
 */
public enum CostMetric {
    PARAMS("params", true),
    MACS("macs", true),
    FLOPS("flops", true),
    MEMORY("memory", false);

    private final String id;
    private final boolean additive;

    CostMetric(String id, boolean additive) {
        this.id = id;
        this.additive = additive;
    }

    /** The name in constraints, JSON and reports. */
    public String id() {
        return id;
    }

    /** Value of this metric for a whole architecture (memory in bytes). */
    public long of(StaticCost c) {
        return switch (this) {
            case PARAMS -> c.params();
            case MACS -> c.macs();
            case FLOPS -> c.flops();
            case MEMORY -> c.peakActivationBytes();
        };
    }

    /** Value of this metric for one block, in the same units as {@link #of(StaticCost)}. */
    public long of(BlockCost c) {
        return switch (this) {
            case PARAMS -> c.params();
            case MACS -> c.macs();
            case FLOPS -> 2 * c.macs();
            case MEMORY -> c.peakActivationElements() * Float.BYTES;
        };
    }

    /** How two parts of a network combine: a sum, or the larger peak. */
    public long combine(long a, long b) {
        return additive ? Math.addExact(a, b) : Math.max(a, b);
    }

    public static Optional<CostMetric> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(n)).findFirst();
    }

    /** The accepted names, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(CostMetric::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
