package io.jnas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.arch.Architecture;
import io.jnas.codec.SpaceCodec;
import io.jnas.cost.StaticCost;
import io.jnas.search.Spaces;
import java.util.SplittableRandom;

/**
 * The codec's contract checked against real models: random genotypes of a shipped space decode
 * to architectures that DJL builds and runs at batch 1 to {@code [1, classes]}, whose trainable
 * parameters equal {@link StaticCost}, and that encode back to genotypes decoding to themselves.
 */
final class CodecModelCheck {

    private CodecModelCheck() {
    }

    /** Checks {@code count} random genotypes; returns the wall time in milliseconds. */
    static long check(String spaceName, int count, long seed) {
        DjlRuntime.configure(1);
        SpaceCodec codec = SpaceCodec.of(Spaces.load(spaceName));
        SplittableRandom rng = new SplittableRandom(seed);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Genotype<IntegerGene> g = codec.random(rng);
            Architecture a = codec.decode(g);
            assertEquals(a, codec.decode(codec.encode(a)), "round trip of " + a.hash());
            try (NDManager m = NDManager.newBaseManager()) {
                Block net = ModelBuilder.build(a);
                Shape in = ModelBuilder.inputShape(a, 1);
                net.initialize(m, DataType.FLOAT32, in);
                NDArray x = m.randomNormal(in);
                NDArray y = net.forward(new ParameterStore(m, false), new NDList(x), false)
                        .singletonOrThrow();
                assertEquals(new Shape(1, a.classes()), y.getShape(), a.hash());
                assertEquals(StaticCost.of(a).params(), trainableParams(net), a.toJson());
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("codec+DJL check of %s: %d genotypes in %.1f s (%.0f ms each)%n",
                spaceName, count, ms / 1000.0, (double) ms / count);
        return ms;
    }

    static long trainableParams(Block block) {
        long n = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().requiresGradient()) {
                n += p.getValue().getArray().size();
            }
        }
        return n;
    }
}
