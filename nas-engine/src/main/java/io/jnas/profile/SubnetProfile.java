package io.jnas.profile;

import io.jnas.arch.Architecture;
import io.jnas.cost.StaticCost;

/**
 * The static cost of one named subnet of a space (min, centroid or max).
 *
 * @param label what the subnet is, e.g. "min"
 * @param hash the architecture's content hash
 * @param summary per block kernel, expansion and channels, e.g. "k3e1c16 k5e6c24"
 * @param blocks number of blocks including stem, head and classifier
 * @param peakActivationBytes float32 bytes at batch 1, see {@link StaticCost}
 */
public record SubnetProfile(String label, String hash, String summary, int blocks, long params,
        long macs, long flops, long peakActivationBytes) {

    public static SubnetProfile of(String label, Architecture a) {
        StaticCost c = StaticCost.of(a);
        return new SubnetProfile(label, a.hash(), a.summary(), a.blocks().size(), c.params(),
                c.macs(), c.flops(), c.peakActivationBytes());
    }

    /** This subnet's value of a metric. */
    public long value(CostMetric metric) {
        return switch (metric) {
            case PARAMS -> params;
            case MACS -> macs;
            case FLOPS -> flops;
            case MEMORY -> peakActivationBytes;
        };
    }
}
