package io.jnas.model;

import static java.util.Objects.requireNonNull;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import java.util.List;
import java.util.Locale;

/**
 * What an exported network does to an image before its first layer: the image as people have it
 * (pixel values 0-255, uint8 or float, NCHW) becomes {@code (x / 255 - mean[c]) / std[c]}, the
 * per-channel standardisation its trainer applied (mean and std of the training images scaled to
 * [0, 1]). The ONNX writer emits it as {@code Cast}, {@code Sub}, {@code Div} nodes; {@link #block()}
 * is the same as a DJL block, so both deployed forms take raw pixels.
 *
 * <pre>{@code
 * InputStandardization s = InputStandardization.of(train.channelMeans(), train.channelStds());
 * SequentialBlock deployable = s.prepend(DesignModels.build(design));   // takes uint8 NCHW
 * }</pre>
 *
 * @param mean per-channel mean of the training pixels in [0, 1]
 * @param std per-channel standard deviation of the training pixels in [0, 1], each > 0
 */
public record InputStandardization(List<Float> mean, List<Float> std) {

    /** The largest raw pixel value: raw pixels are 0-255. */
    public static final float PIXEL_MAX = 255f;
    /** A standard deviation below this is taken as this (as ImageDataset does). */
    static final float MIN_STD = 1e-6f;

    public InputStandardization {
        mean = List.copyOf(requireNonNull(mean, "mean"));
        std = List.copyOf(requireNonNull(std, "std"));
        if (mean.isEmpty() || mean.size() != std.size()) {
            throw new IllegalArgumentException("mean and std must have one value per channel, but"
                    + " had " + mean.size() + " and " + std.size());
        }
        for (float s : std) {
            if (!(s > 0) || !Float.isFinite(s)) {
                throw new IllegalArgumentException("std must be finite and > 0, but was " + std);
            }
        }
    }

    /** From the arrays {@code ImageDataset.channelMeans()} and {@code channelStds()} return. */
    public static InputStandardization of(float[] mean, float[] std) {
        return new InputStandardization(boxed(mean), boxed(std));
    }

    /** Only the scaling to [0, 1] (mean 0, std 1): for weights no data set was seen with. */
    public static InputStandardization scaleOnly(int channels) {
        return of(new float[channels], filled(channels, 1f));
    }

    public int channels() {
        return mean.size();
    }

    /** {@code PIXEL_MAX * mean[c]}: what the graph subtracts from a raw pixel of channel c. */
    public float[] rawMean() {
        float[] out = new float[channels()];
        for (int c = 0; c < out.length; c++) {
            out[c] = PIXEL_MAX * mean.get(c);
        }
        return out;
    }

    /** {@code PIXEL_MAX * std[c]}: what the graph divides by. */
    public float[] rawStd() {
        float[] out = new float[channels()];
        for (int c = 0; c < out.length; c++) {
            out[c] = PIXEL_MAX * Math.max(std.get(c), MIN_STD);
        }
        return out;
    }

    /**
     * A parameter-free DJL block: an NCHW batch of raw pixels (uint8, or float in [0, 255]) in,
     * the standardised float32 batch out.
     */
    public Block block() {
        float[] m = rawMean();
        float[] s = rawStd();
        Shape perChannel = new Shape(1, m.length, 1, 1);
        return new LambdaBlock(in -> {
            NDArray x = in.singletonOrThrow().toType(DataType.FLOAT32, false);
            NDArray mean = x.getManager().create(m, perChannel);
            NDArray std = x.getManager().create(s, perChannel);
            return new NDList(x.sub(mean).div(std));
        }, "standardize");
    }

    /** This standardisation followed by {@code network}: a block that takes raw pixels. */
    public SequentialBlock prepend(Block network) {
        return new SequentialBlock().add(block()).add(requireNonNull(network, "network"));
    }

    /** One line: the formula with the numbers. */
    public String describe() {
        return String.format(Locale.ROOT, "(x / %.0f - mean[c]) / std[c], mean %s, std %s",
                PIXEL_MAX, format(mean), format(std));
    }

    private static String format(List<Float> v) {
        return v.stream().map(f -> String.format(Locale.ROOT, "%.4f", f)).toList().toString();
    }

    private static List<Float> boxed(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return List.of(out);
    }

    private static float[] filled(int n, float value) {
        float[] out = new float[n];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
