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
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.cost.BlockCost;
import io.jnas.cost.StaticCost;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelBuilderTest {

    @BeforeAll
    static void djl() {
        DjlRuntime.configure(1);
    }

    static Path space(String name) {
        return Path.of(System.getProperty("nas.home", "..")).resolve("configs/spaces/" + name);
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

    @ParameterizedTest
    @ValueSource(strings = {"mnist-small.yaml", "cifar-small.yaml"})
    void forwardShapeAndParamsMatchStaticCost(String file) {
        SearchSpace space = SearchSpace.load(space(file));
        Random rng = new Random(7);
        for (int i = 0; i < 20; i++) {
            Architecture a = space.resolve(space.sample(rng));
            try (NDManager m = NDManager.newBaseManager()) {
                Block net = ModelBuilder.build(a);
                net.initialize(m, DataType.FLOAT32, ModelBuilder.inputShape(a, 2));
                NDArray x = m.randomNormal(ModelBuilder.inputShape(a, 2));
                NDArray y = net.forward(new ParameterStore(m, false), new NDList(x), false)
                        .singletonOrThrow();
                assertEquals(new Shape(2, a.classes()), y.getShape(), a.toJson());
                assertEquals(StaticCost.of(a).params(), trainableParams(net), a.toJson());
                for (BlockSpec b : a.blocks()) {
                    Block one = ModelBuilder.buildBlock(b);
                    one.initialize(m, DataType.FLOAT32, ModelBuilder.inputShape(b, 1));
                    assertEquals(BlockCost.of(b).params(), trainableParams(one), b.opKey().toString());
                }
            }
        }
    }
}
