package io.jnas.cost;

import io.jnas.arch.BlockSpec;

/**
 * Static cost of one block at batch 1: trainable parameters, multiply-accumulates, and the peak
 * activation memory while the block runs (float32 elements, see {@link StaticCost}).
 */
public record BlockCost(long params, long macs, long peakActivationElements) {

    /** Cost of a block; the formulas mirror {@code io.jnas.model.ModelBuilder} layer by layer. */
    public static BlockCost of(BlockSpec b) {
        long inC = b.inChannels();
        long outC = b.outChannels();
        long k2 = (long) b.kernel() * b.kernel();
        long inHw = (long) b.inHeight() * b.inWidth();
        long outHw = (long) b.outHeight() * b.outWidth();
        long in = inC * inHw;
        return switch (b.type()) {
            case STEM -> new BlockCost(
                    inC * outC * k2 + 2 * outC + b.activation().params(b.outChannels()),
                    outHw * outC * inC * k2,
                    in + outC * outHw);
            case HEAD -> new BlockCost(
                    inC * outC + 2 * outC + b.activation().params(b.outChannels()),
                    inHw * inC * outC,
                    Math.max(in + outC * inHw, outC * inHw + outC));
            case CLASSIFIER -> new BlockCost(inC * outC + outC, inC * outC, inC + outC);
            case MBCONV -> mbconv(b, inHw, outHw, in);
        };
    }

    private static BlockCost mbconv(BlockSpec b, long inHw, long outHw, long in) {
        long inC = b.inChannels();
        long outC = b.outChannels();
        long mid = b.midChannels();
        long k2 = (long) b.kernel() * b.kernel();
        long params = 0;
        long macs = 0;
        long held = b.residual() ? in : 0;
        long peak = 0;
        if (b.expand() != 1) {
            params += inC * mid + 2 * mid + b.activation().params(b.midChannels());
            macs += inHw * inC * mid;
            peak = Math.max(peak, in + mid * inHw);
        }
        // depthwise: its input is the expanded tensor, or the block input when expand is 1
        long dwIn = mid * inHw;
        long dwOut = mid * outHw;
        params += mid * k2 + 2 * mid + b.activation().params(b.midChannels());
        macs += outHw * mid * k2;
        peak = Math.max(peak, dwIn + dwOut + (b.expand() != 1 ? held : 0));
        if (b.se()) {
            long sq = b.seChannels();
            params += mid * sq + sq + sq * mid + mid;
            macs += mid * sq + sq * mid;
            // gate multiply: input and output of mid x outHw
            peak = Math.max(peak, 2 * dwOut + held);
        }
        long out = outC * outHw;
        params += mid * outC + 2 * outC;
        macs += outHw * mid * outC;
        peak = Math.max(peak, dwOut + out + held);
        if (b.residual()) {
            peak = Math.max(peak, 3 * out);
        }
        return new BlockCost(params, macs, peak);
    }
}
