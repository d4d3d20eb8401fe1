package io.jnas.accuracy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.Pair;
import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.cell.CellNetwork;
import io.jnas.model.CellModelBuilder;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;

/**
 * {@code synflow}: the data-free SynFlow score (Tanaka et al. 2020, used as a zero-cost NAS
 * proxy by Abdelfattah et al. 2021): with every parameter replaced by its absolute value and an
 * all-ones input, R = sum of the network's outputs and S = sum over parameters of
 * {@code |theta| * dR/dtheta}. It grows with the number and the "flow" of paths through the net.
 *
 * <p>Computed in float64 (S reaches 1e30 and more on deep nets, beyond float32) with BatchNorm in
 * inference mode over fresh statistics, i.e. as the identity, like the reference implementation,
 * which removes BatchNorm for this score. Reported as {@code ln(1 + S)}: positive, and ordered as
 * S is. Deterministic: seeded initialization, and every score computed until two computations
 * agree ({@link AgreedScore}).
 */
public final class SynFlowProxy implements AccuracyEvaluator {

    private final long seed;

    public SynFlowProxy(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "synflow";
    }

    @Override
    public double evaluate(Architecture a) {
        return score(() -> ModelBuilder.build(a), ModelBuilder.inputShape(a, 1), a.hash());
    }

    /** Block-list architectures, and NAS-Bench-201 cell networks (built by CellModelBuilder). */
    @Override
    public double evaluate(Design design) {
        if (design instanceof CellNetwork n) {
            return score(() -> CellModelBuilder.build(n), CellModelBuilder.inputShape(n, 1),
                    n.hash());
        }
        return AccuracyEvaluator.super.evaluate(design);
    }

    /** The score of a freshly built net, computed until two computations agree. */
    private double score(java.util.function.Supplier<Block> build, Shape in, String hash) {
        return AgreedScore.of("synflow of " + hash, () -> score(build.get(), in, hash));
    }

    private double score(Block net, Shape in, String hash) {
        try (NDManager m = DjlRuntime.engine().newBaseManager()) {
            for (Pair<String, Parameter> p : net.getParameters()) {
                Initializer inner = p.getValue().getInitializer();
                if (inner != null) {
                    p.getValue().setInitializer((mm, shape, type) ->
                            inner.initialize(mm, shape, type).abs());
                }
            }
            SeededInit.withSeed(seed, () -> net.initialize(m, DataType.FLOAT64, in));
            NDArray x = m.ones(in, DataType.FLOAT64);
            double s = 0;
            // the score is read under the lock too: read while another thread's backward ran,
            // 1 in 40 parallel evaluations gave a different score than alone (ProxyIT)
            synchronized (Autograd.LOCK) {
                try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                    NDArray out = net.forward(new ParameterStore(m, false), new NDList(x), false)
                            .singletonOrThrow();
                    gc.backward(out.sum());
                }
                for (Pair<String, Parameter> p : net.getParameters()) {
                    Parameter param = p.getValue();
                    if (param.requiresGradient()) {
                        NDArray w = param.getArray();
                        s += w.mul(w.getGradient()).sum().getDouble();
                    }
                }
            }
            if (!Double.isFinite(s) || s < 0) {
                throw new IllegalStateException("synflow of " + hash
                        + " must be finite and >= 0, but was " + s);
            }
            return Math.log1p(s);
        }
    }
}
