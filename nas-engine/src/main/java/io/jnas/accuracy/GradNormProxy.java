package io.jnas.accuracy;

import static java.util.Objects.requireNonNull;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import io.jnas.arch.Architecture;
import io.jnas.data.ImageDataset;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;
import java.util.SplittableRandom;

/**
 * {@code gradnorm}: the sum over parameters of the L2 norm of the cross-entropy gradient on one
 * mini-batch of real data, at initialization (Abdelfattah et al. 2021, "Zero-Cost Proxies for
 * Lightweight NAS"). Needs data, unlike SynFlow; one forward and one backward pass.
 *
 * <p>BatchNorm in training mode (batch statistics), as in the reference code. The score is the
 * plain sum: positive for any network that learns at all, larger for nets whose gradients flow
 * well. The batch (stratified by nothing, drawn once from the seed) and the initialization are
 * seeded, so the score is deterministic; it is computed until two computations agree
 * ({@link AgreedScore}).
 */
public final class GradNormProxy implements AccuracyEvaluator {

    private final ImageDataset data;
    private final int[] batch;
    private final long seed;

    /** @param batchSize samples in the one mini-batch (64 in the reference code) */
    public GradNormProxy(ImageDataset data, int batchSize, long seed) {
        this.data = requireNonNull(data, "data");
        if (batchSize < 2 || batchSize > data.size()) {
            throw new IllegalArgumentException("batchSize must be in [2, " + data.size()
                    + "] (BatchNorm needs two samples), but was " + batchSize);
        }
        this.seed = seed;
        SplittableRandom rng = new SplittableRandom(seed);
        this.batch = rng.ints(0, data.size()).distinct().limit(batchSize).toArray();
    }

    @Override
    public String name() {
        return "gradnorm";
    }

    @Override
    public double evaluate(Architecture a) {
        Batches.checkFits(data, a);
        return AgreedScore.of("gradnorm of " + a.hash(), () -> once(a));
    }

    private double once(Architecture a) {
        try (NDManager m = DjlRuntime.engine().newBaseManager()) {
            Block net = ModelBuilder.build(a);
            SeededInit.withSeed(seed, () -> net.initialize(m, DataType.FLOAT32,
                    ModelBuilder.inputShape(a, batch.length)));
            NDArray x = Batches.images(m, data, batch, 0, batch.length);
            NDArray y = Batches.labels(m, data, batch, 0, batch.length);
            synchronized (Autograd.LOCK) {
                try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                    NDArray logits = net.forward(new ParameterStore(m, false), new NDList(x), true)
                            .singletonOrThrow();
                    gc.backward(Loss.softmaxCrossEntropyLoss()
                            .evaluate(new NDList(y), new NDList(logits)));
                }
            }
            double s = 0;
            for (Pair<String, Parameter> p : net.getParameters()) {
                if (p.getValue().requiresGradient()) {
                    s += p.getValue().getArray().getGradient().norm().toType(DataType.FLOAT64, false)
                            .getDouble();
                }
            }
            if (!Double.isFinite(s) || s < 0) {
                throw new IllegalStateException("gradnorm of " + a.hash()
                        + " must be finite and >= 0, but was " + s);
            }
            return s;
        }
    }
}
