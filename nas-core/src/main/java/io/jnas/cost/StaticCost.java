package io.jnas.cost;

import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;

/**
 * Static cost of a whole architecture at batch 1.
 *
 * <ul>
 *   <li>{@code params}: trainable parameters (conv weights, BatchNorm scale and shift, PReLU
 *       slopes, squeeze-excite and classifier weights and biases); BatchNorm running statistics
 *       are buffers, not parameters, as in PyTorch.</li>
 *   <li>{@code macs}: multiply-accumulates of convolutions and fully connected layers;
 *       {@link #flops()} is twice that. BatchNorm, activations, pooling and adds are not
 *       counted (they fold or are negligible), as in the MobileNet and MnasNet papers.</li>
 *   <li>{@code peakActivationBytes}: float32 bytes of the largest set of tensors alive at once:
 *       over every convolution, pooling, gate or add, its inputs plus its output plus a block
 *       input held for a residual add (elementwise BatchNorm and activations run in place).</li>
 * </ul>
 *
 * <pre>{@code StaticCost c = StaticCost.of(architecture); long mflops = c.flops() / 1_000_000;}</pre>
 */
public record StaticCost(long params, long macs, long peakActivationBytes) {

    public static StaticCost of(Architecture a) {
        long params = 0;
        long macs = 0;
        long peak = 0;
        for (BlockSpec b : a.blocks()) {
            BlockCost c = BlockCost.of(b);
            params += c.params();
            macs += c.macs();
            peak = Math.max(peak, c.peakActivationElements());
        }
        return new StaticCost(params, macs, peak * Float.BYTES);
    }

    public long flops() {
        return 2 * macs;
    }
}
