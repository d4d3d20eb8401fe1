package io.jnas.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import io.jnas.model.InvertedResidualBlock;
import java.util.List;
import java.util.Random;

/**
 * Gives every parameter of an initialized DJL block seeded random values, BatchNorm running
 * statistics included (a fresh block has mean 0 and variance 1, under which a wrong mapping of
 * the statistics would go unnoticed).
 */
final class RandomWeights {

    private RandomWeights() {
    }

    static void fill(Block block, long seed) {
        Random rng = new Random(seed);
        for (var p : block.getParameters()) {
            NDArray a = p.getValue().getArray();
            float[] v = new float[Math.toIntExact(a.size())];
            String name = p.getKey();
            for (int i = 0; i < v.length; i++) {
                v[i] = value(name, p.getValue(), rng, a);
            }
            a.set(v);
        }
        quietResiduals(block);
    }

    /**
     * Shrinks the output BatchNorm scale of every residual block (as trained networks and "zero
     * init residual" schemes have it): otherwise each of up to 15 residual adds doubles the
     * variance, and such a network is so sensitive to its input that two correct float32
     * implementations disagree by 1e-3 at its output while every block agrees to 1e-6.
     */
    private static void quietResiduals(Block block) {
        if (block instanceof InvertedResidualBlock ir) {
            if (ir.residual()) {
                List<Block> body = ir.body().getChildren().values();
                NDArray gamma = body.get(body.size() - 1).getParameters().get("gamma").getArray();
                gamma.set(gamma.mul(0.2f).toFloatArray());
            }
            return;
        }
        block.getChildren().values().forEach(RandomWeights::quietResiduals);
    }

    private static float value(String name, Parameter p, Random rng, NDArray a) {
        if (name.endsWith("runningVar")) {
            return 0.5f + rng.nextFloat();
        }
        if (name.endsWith("gamma")) {
            return 0.5f + rng.nextFloat();
        }
        if (name.endsWith("runningMean") || name.endsWith("beta") || name.endsWith("bias")) {
            return (float) (0.2 * rng.nextGaussian());
        }
        if (name.endsWith("alpha")) {
            return 0.5f * rng.nextFloat();
        }
        // weights: He-like scale from the fan-in, so activations stay of order one in deep nets
        long fanIn = a.getShape().dimension() > 1 ? a.size() / a.getShape().get(0) : 1;
        return (float) (rng.nextGaussian() * Math.sqrt(2.0 / fanIn));
    }
}
