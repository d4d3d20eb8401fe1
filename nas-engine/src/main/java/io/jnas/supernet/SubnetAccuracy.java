package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDScope;
import io.jnas.data.ImageDataset;
import io.jnas.data.Split;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A subnet's validation accuracy with inherited weights: slice, recalibrate BatchNorm on a fixed
 * set of training images, then classify the validation images. The images are copied into
 * tensors once, so one subnet costs two forward passes and no copying.
 *
 * <pre>{@code
 * try (SubnetAccuracy acc = new SubnetAccuracy(split, 512, 2000, 1L)) {
 *     double a = acc.of(supernet, choice);
 * }
 * }</pre>
 */
public final class SubnetAccuracy implements AutoCloseable {

    private static final int BATCH = 500;

    private final NDManager manager;
    private final List<NDArray> calibration = new ArrayList<>();
    private final List<NDArray> validation = new ArrayList<>();
    private final List<long[]> labels = new ArrayList<>();
    private final int validationSize;

    /**
     * @param calibrationSamples training images for the statistics (a seeded random choice)
     * @param scoreSamples validation images that score: all of them in order, or a seeded random
     *     subset when fewer
     */
    public SubnetAccuracy(Split split, int calibrationSamples, int scoreSamples, long seed) {
        requireNonNull(split, "split");
        manager = NDManager.newBaseManager();
        ImageDataset t = split.train();
        int[] order = new SplittableRandom(seed).ints(0, t.size()).distinct()
                .limit(Math.min(calibrationSamples, t.size())).toArray();
        for (int from = 0; from < order.length; from += BATCH) {
            calibration.add(images(t, order, from, Math.min(order.length, from + BATCH)));
        }
        ImageDataset v = split.validation();
        int[] scored = scoreSamples >= v.size()
                ? java.util.stream.IntStream.range(0, v.size()).toArray()
                : new SplittableRandom(seed + 1).ints(0, v.size()).distinct().limit(scoreSamples)
                        .sorted().toArray();
        validationSize = scored.length;
        for (int from = 0; from < scored.length; from += BATCH) {
            int to = Math.min(scored.length, from + BATCH);
            validation.add(images(v, scored, from, to));
            long[] y = new long[to - from];
            for (int i = from; i < to; i++) {
                y[i - from] = v.label(scored[i]);
            }
            labels.add(y);
        }
    }

    private NDArray images(ImageDataset d, int[] idx, int from, int to) {
        int s = d.sampleSize();
        float[] x = new float[(to - from) * s];
        for (int i = from; i < to; i++) {
            d.copySample(idx[i], x, (i - from) * s);
        }
        return manager.create(x, new Shape(to - from, d.channels(), d.height(), d.width()));
    }

    /** Validation accuracy in [0, 1] of one subnet of {@code net}. */
    public double of(Supernet net, SubnetChoice choice) {
        return of(net, choice, new long[2]);
    }

    /**
     * {@link #of(Supernet, SubnetChoice)}, adding the nanoseconds of slicing and calibration to
     * {@code nanos[0]} and of classifying the validation images to {@code nanos[1]}.
     */
    double of(Supernet net, SubnetChoice choice, long[] nanos) {
        // every array made here (slices, activations, statistics) is closed with the scope
        try (NDScope scope = new NDScope()) {
            long t0 = System.nanoTime();
            SubnetSlice slice = net.slice(choice, ai.djl.nn.Parameter::getArray);
            BnStats stats = calibrate(slice);
            long t1 = System.nanoTime();
            nanos[0] += t1 - t0;
            long correct = 0;
            for (int b = 0; b < validation.size(); b++) {
                NDArray x = validation.get(b);
                NDArray logits = slice.infer(x, stats);
                long[] predicted = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
                long[] y = labels.get(b);
                for (int i = 0; i < y.length; i++) {
                    correct += predicted[i] == y[i] ? 1 : 0;
                }
            }
            nanos[1] += System.nanoTime() - t1;
            return (double) correct / validationSize;
        }
    }

    /** The subnet's BatchNorm statistics on the calibration images. */
    public BnStats calibrate(SubnetSlice slice) {
        BnStats stats = new BnStats();
        for (NDArray x : calibration) {
            slice.calibrate(x, stats);
        }
        stats.finish();
        return stats;
    }

    @Override
    public void close() {
        manager.close();
    }
}
