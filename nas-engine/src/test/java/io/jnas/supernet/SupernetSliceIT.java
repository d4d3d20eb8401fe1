package io.jnas.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import io.jnas.accuracy.SeededInit;
import io.jnas.arch.Architecture;
import io.jnas.cost.StaticCost;
import io.jnas.data.ImageDataset;
import io.jnas.data.TestData;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;
import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subnet sliced from the supernet is the standalone subnet: ModelBuilder's network loaded with
 * the sliced weights has the same parameter shapes, StaticCost's parameter count, and the same
 * outputs on real images.
 */
class SupernetSliceIT {

    /** Largest |difference| of logits allowed, relative to the largest |logit|. */
    static final double TOLERANCE = 1e-4;

    static SearchSpace space;
    static ImageDataset images;

    @BeforeAll
    static void load() {
        DjlRuntime.configure(1);
        space = SearchSpace.load(Path.of(System.getProperty("nas.home", ".."),
                "configs/spaces/mnist-small.yaml"));
        images = TestData.mnistTest();
    }

    @Test
    void everySampledSubnetEqualsItsStandaloneNetwork() {
        List<SubnetChoice> choices = new ArrayList<>(RandomSubnets.distinct(space, 12, 3));
        choices.add(space.maximal());
        choices.add(space.minimal());
        try (NDManager m = NDManager.newBaseManager()) {
            Supernet net = new Supernet(space);
            SeededInit.withSeed(7, () -> net.initialize(m, DataType.FLOAT32,
                    new Shape(1, 1, 28, 28)));
            randomizeAffine(net, m);
            NDArray x = batch(m, 0, 64);
            NDArray calib = batch(m, 64, 128);
            for (SubnetChoice c : choices) {
                Architecture a = space.resolve(c);
                SubnetSlice slice = net.slice(c, Parameter::getArray);
                BnStats stats = new BnStats();
                slice.calibrate(calib, stats);
                stats.finish();
                SequentialBlock standalone = InheritedWeights.build(slice, stats, m);
                long count = standalone.getParameters().values().stream()
                        .filter(p -> p.requiresGradient()).mapToLong(p -> p.getArray().size())
                        .sum();
                assertEquals(StaticCost.of(a).params(), count, ChoiceText.format(c));
                NDArray expected = standalone.forward(new ParameterStore(m, false), new NDList(x),
                        false).singletonOrThrow();
                NDArray actual = slice.infer(x, stats);
                double scale = expected.abs().max().getFloat();
                double diff = expected.sub(actual).abs().max().getFloat();
                assertTrue(diff <= TOLERANCE * scale, ChoiceText.format(c) + ": max |diff| "
                        + diff + " of logits up to " + scale);
            }
        }
    }

    /** BatchNorm's gamma 1 and beta 0 would hide a wrong slice of them. */
    static void randomizeAffine(Supernet net, NDManager m) {
        for (Parameter p : net.getParameters().values()) {
            if (p.getType() == Parameter.Type.GAMMA || p.getType() == Parameter.Type.BETA
                    || p.getType() == Parameter.Type.BIAS) {
                NDArray r = m.randomUniform(0.5f, 1.5f, p.getArray().getShape());
                p.getArray().set(r.toByteBuffer());
            }
        }
    }

    static NDArray batch(NDManager m, int from, int to) {
        int s = images.sampleSize();
        float[] x = new float[(to - from) * s];
        for (int i = from; i < to; i++) {
            images.copySample(i, x, (i - from) * s);
        }
        return m.create(x, new Shape(to - from, 1, 28, 28));
    }
}
