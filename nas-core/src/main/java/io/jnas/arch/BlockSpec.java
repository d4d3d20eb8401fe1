package io.jnas.arch;

import static java.util.Objects.requireNonNull;

/**
 * One fully resolved block of an architecture, at its input shape.
 *
 * <p>{@code stage} is where the block sits in its search space (-1 for the stem, the number of
 * stages for head and classifier); it is not part of the block's {@link OpKey}.
 *
 * @param activation {@code null} only for {@link BlockType#CLASSIFIER}
 */
public record BlockSpec(
        BlockType type,
        int stage,
        int inChannels,
        int outChannels,
        int kernel,
        int stride,
        int expand,
        Activation activation,
        boolean se,
        int inHeight,
        int inWidth) {

    /** Upper bound on any channel count: keeps a malformed key from allocating a huge tensor. */
    public static final int MAX_CHANNELS = 4096;
    /** Upper bound on input height and width. */
    public static final int MAX_SIZE = 1024;

    public BlockSpec {
        requireNonNull(type, "type");
        check("inChannels", inChannels, 1, MAX_CHANNELS);
        check("outChannels", outChannels, 1, MAX_CHANNELS);
        check("kernel", kernel, 1, 15);
        if (kernel % 2 == 0) {
            throw new IllegalArgumentException("kernel must be odd, but was " + kernel);
        }
        check("stride", stride, 1, 4);
        check("expand", expand, 1, 16);
        check("inHeight", inHeight, 1, MAX_SIZE);
        check("inWidth", inWidth, 1, MAX_SIZE);
        if (type == BlockType.CLASSIFIER) {
            if (activation != null || se || kernel != 1 || stride != 1 || expand != 1
                    || inHeight != 1 || inWidth != 1) {
                // not "+ this": in a compact constructor the fields are not assigned yet
                throw new IllegalArgumentException(
                        "fc block must have kernel 1, stride 1, expand 1, no activation, no se and"
                                + " input 1x1, but had kernel " + kernel + ", stride " + stride
                                + ", expand " + expand + ", activation " + activation + ", se " + se
                                + ", input " + inHeight + "x" + inWidth);
            }
        } else if (activation == null) {
            throw new IllegalArgumentException(type + " block must have an activation, but had none");
        }
        if (type != BlockType.MBCONV && (expand != 1 || se)) {
            throw new IllegalArgumentException(type + " block must have expand 1 and no se, but was"
                    + " expand " + expand + ", se " + se);
        }
        if (type == BlockType.HEAD && (kernel != 1 || stride != 1)) {
            throw new IllegalArgumentException("head block must have kernel 1 and stride 1");
        }
        long mid = (long) inChannels * expand;
        if (mid > MAX_CHANNELS * 4L) {
            throw new IllegalArgumentException(
                    "inChannels * expand must be <= " + MAX_CHANNELS * 4 + ", but was " + mid);
        }
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + max + "], but was " + value);
        }
    }

    /** Output height: 'same' padding (kernel / 2), then the stride; 1 after the head's pooling. */
    public int outHeight() {
        return outSize(inHeight);
    }

    public int outWidth() {
        return outSize(inWidth);
    }

    private int outSize(int in) {
        if (type == BlockType.HEAD || type == BlockType.CLASSIFIER) {
            return 1;
        }
        return (in - 1) / stride + 1;
    }

    /** Channels inside an inverted residual block (after the expansion). */
    public int midChannels() {
        return inChannels * expand;
    }

    /** Channels of the squeeze-excite bottleneck: a quarter of the mid channels, at least 8. */
    public int seChannels() {
        return Math.max(8, midChannels() / 4);
    }

    /** True when the block adds its input to its output. */
    public boolean residual() {
        return type == BlockType.MBCONV && stride == 1 && inChannels == outChannels;
    }

    public OpKey opKey() {
        return OpKey.of(this);
    }
}
