package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import io.jnas.arch.Architecture;
import io.jnas.model.ActivationBlocks;
import java.util.ArrayList;
import java.util.List;

/**
 * One subnet as a list of layers whose weights are slices of the supernet's parameters, and its
 * forward pass in three BatchNorm modes: training (batch statistics, gradients reach the shared
 * weights), calibration (batch statistics, recorded into a {@link BnStats}) and inference
 * (recorded statistics).
 *
 * @param architecture the subnet as ModelBuilder would build it
 * @param blocks one entry per block of the architecture, in order
 */
public record SubnetSlice(Architecture architecture, List<Block> blocks) {

    /** BatchNorm's epsilon and momentum, as ModelBuilder's BatchNorm blocks use them. */
    static final float EPSILON = 1e-5f;
    private static final float MOMENTUM = 0.9f;

    public SubnetSlice {
        requireNonNull(architecture, "architecture");
        blocks = List.copyOf(blocks);
    }

    /** The layers of one block; {@code residual}: its input is added to its output. */
    public record Block(List<SlicedLayer> layers, boolean residual) {
        public Block {
            layers = List.copyOf(layers);
        }
    }

    /** Forward with batch statistics (training; also what a plain train-mode net computes). */
    public NDArray train(NDArray x) {
        return forward(x, null, false);
    }

    /** Forward with batch statistics, adding each BatchNorm's batch mean and variance to stats. */
    public NDArray calibrate(NDArray x, BnStats stats) {
        NDArray y = forward(x, requireNonNull(stats, "stats"), true);
        stats.endBatch();
        return y;
    }

    /** Forward in inference mode with calibrated statistics. */
    public NDArray infer(NDArray x, BnStats stats) {
        return forward(x, requireNonNull(stats, "stats"), false);
    }

    private NDArray forward(NDArray x, BnStats stats, boolean calibrating) {
        int[] bn = {0};
        for (Block b : blocks) {
            NDArray in = x;
            for (SlicedLayer l : b.layers()) {
                x = apply(l, x, stats, calibrating, bn);
            }
            if (b.residual()) {
                x = x.add(in);
            }
        }
        return x;
    }

    private static NDArray apply(SlicedLayer l, NDArray x, BnStats stats, boolean calibrating,
            int[] bn) {
        return switch (l) {
            case SlicedLayer.Conv c -> conv(c, x);
            case SlicedLayer.Norm n -> norm(n, x, stats, calibrating, bn[0]++);
            case SlicedLayer.Act a -> ActivationBlocks.apply(a.activation(), x);
            case SlicedLayer.SqueezeExcite se -> {
                NDArray s = x.mean(new int[] {3}, true).mean(new int[] {2}, true);
                s = ai.djl.nn.Activation.relu(conv(se.reduce(), s));
                yield x.mul(ai.djl.nn.Activation.sigmoid(conv(se.expand(), s)));
            }
            case SlicedLayer.Pool p -> {
                NDArray pooled = x.mean(new int[] {3}).mean(new int[] {2});
                yield pooled.reshape(pooled.getShape().get(0), -1);
            }
            case SlicedLayer.Dense d -> Linear.linear(x, d.weight(), d.bias()).singletonOrThrow();
        };
    }

    private static NDArray conv(SlicedLayer.Conv c, NDArray x) {
        long k = c.weight().getShape().get(2);
        return Conv2d.conv2d(x, c.weight(), c.bias(), new Shape(c.stride(), c.stride()),
                new Shape(k / 2, k / 2), new Shape(1, 1), c.groups()).singletonOrThrow();
    }

    private static NDArray norm(SlicedLayer.Norm n, NDArray x, BnStats stats, boolean calibrating,
            int index) {
        if (stats != null && !calibrating) {
            NDArray[] ms = stats.get(index);
            return BatchNorm.batchNorm(x, ms[0], ms[1], n.gamma(), n.beta(), 1, MOMENTUM, EPSILON,
                    false).singletonOrThrow();
        }
        long c = n.gamma().getShape().get(0);
        NDArray mean = x.getManager().zeros(new Shape(c));
        NDArray var = x.getManager().ones(new Shape(c));
        // DJL momentum 0 = PyTorch momentum 1: the running values become this batch's statistics
        NDArray y = BatchNorm.batchNorm(x, mean, var, n.gamma(), n.beta(), 1, calibrating ? 0f
                : MOMENTUM, EPSILON, true).singletonOrThrow();
        if (calibrating) {
            stats.add(index, mean, var);
        }
        return y;
    }

    /**
     * The subnet's parameters in the order of ModelBuilder's {@code getParameters()}: every
     * BatchNorm as gamma, beta, running mean, running variance (from {@code stats}).
     */
    public List<NDArray> parameters(BnStats stats) {
        List<NDArray> out = new ArrayList<>();
        int bn = 0;
        for (Block b : blocks) {
            for (SlicedLayer l : b.layers()) {
                out.addAll(l.arrays());
                if (l instanceof SlicedLayer.Norm) {
                    NDArray[] ms = stats.get(bn++);
                    out.add(ms[0]);
                    out.add(ms[1]);
                }
            }
        }
        return out;
    }
}
