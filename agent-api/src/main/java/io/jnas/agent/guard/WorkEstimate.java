package io.jnas.agent.guard;

import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSkeleton;
import io.jnas.cost.BlockCost;
import io.jnas.cost.CellCost;
import io.jnas.agent.profiler.Precision;

/**
 * What a block or model will cost the device before it is built: multiply-accumulates over every
 * call the protocol may make, and native memory while one call runs.
 *
 * <p>Memory is estimated, not measured: DJL keeps every intermediate tensor of a forward pass
 * until the call's scope closes, so a block holds about as many activation tensors as it has
 * layers (up to ten for an inverted residual block with squeeze-excite), each at most the
 * block's peak activation. {@link #RETAINED_TENSORS} times the peak bounds that; weights count
 * twice (BatchNorm keeps running statistics beside its parameters).
 */
public final class WorkEstimate {

    /** Upper bound on activation tensors a block keeps alive during one call. */
    static final int RETAINED_TENSORS = 10;

    private WorkEstimate() {
    }

    /** MACs of one forward call of a block at a batch size. */
    public static double macs(BlockSpec b, int batch) {
        return (double) BlockCost.of(b).macs() * batch;
    }

    /** MACs of one forward call of a whole network. */
    public static double macs(Architecture a, int batch) {
        return a.blocks().stream().mapToDouble(b -> macs(b, batch)).sum();
    }

    /** Estimated native bytes of one block while it runs. */
    public static double bytes(BlockSpec b, int batch, Precision p) {
        BlockCost c = BlockCost.of(b);
        return bytesPerElement(p)
                * (2.0 * c.params() + (double) RETAINED_TENSORS * c.peakActivationElements() * batch);
    }

    /** Estimated native bytes of a network: every block's intermediates live until the call ends. */
    public static double bytes(Architecture a, int batch, Precision p) {
        return a.blocks().stream().mapToDouble(b -> bytes(b, batch, p)).sum();
    }

    /** MACs of one forward call of a cell network. */
    public static double macs(CellNetwork n, int batch) {
        return (double) CellCost.of(n).macs() * batch;
    }

    /**
     * Estimated native bytes of a cell network: per cell up to four tensors per edge (ReLU,
     * convolution, BatchNorm, the node sum) at the stage's shape, per reduction
     * {@link #RETAINED_TENSORS} at its input shape, and the weights twice.
     */
    public static double bytes(CellNetwork n, int batch, Precision p) {
        CellSkeleton k = n.skeleton();
        double elements = 3.0 * k.input().channels() * k.height(0) * k.width(0);
        for (int s = 0; s < k.stages(); s++) {
            double shape = (double) k.channels().get(s) * k.height(s) * k.width(s);
            elements += k.cellsPerStage() * 4.0 * Cell.EDGES * shape;
            if (s > 0) {
                elements += RETAINED_TENSORS * (double) k.channels().get(s - 1) * k.height(s - 1)
                        * k.width(s - 1);
            }
        }
        return bytesPerElement(p) * (2.0 * CellCost.of(n).params() + elements * batch);
    }

    private static int bytesPerElement(Precision p) {
        return p == Precision.FLOAT16 ? 2 : 4;
    }

    /** A byte count for messages: {@code 1.5 GiB}, {@code 300.0 MiB}. */
    public static String human(double bytes) {
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (1L << 30));
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1L << 20));
    }
}
