package io.jnas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.cost.BlockCost;
import io.jnas.cost.StaticCost;
import io.jnas.space.SearchSpace;
import io.jnas.space.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The static cost model against the DJL network that {@link ModelBuilder} builds: parameters
 * counted from the initialised arrays, MACs counted by walking the block tree (every Conv2d and
 * Linear, at the shapes DJL infers), and each block's output shape. Independent of the formulas
 * in {@link BlockCost}: a change to the builder that the cost model misses fails here.
 */
class StaticCostMatchesModelIT {

    @BeforeAll
    static void djl() {
        DjlRuntime.configure(1);
    }

    /** Every shipped space: min, centroid, max and random subnets (few for the 224x224 one). */
    static Stream<Arguments> subnets() {
        List<Arguments> out = new ArrayList<>();
        for (String file : Spaces.SHIPPED) {
            SearchSpace space = Spaces.load(file);
            int samples = file.startsWith("mobilenet") ? 2 : 12;
            Random rng = new Random(41);
            out.add(Arguments.of(file + " min", space.resolve(space.minimal())));
            out.add(Arguments.of(file + " centroid", space.resolve(space.centroid())));
            out.add(Arguments.of(file + " max", space.resolve(space.maximal())));
            for (int i = 0; i < samples; i++) {
                out.add(Arguments.of(file + " sample " + i, space.resolve(space.sample(rng))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subnets")
    void paramsMacsAndShapesEqualTheBuiltModel(String label, Architecture a) {
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock net = ModelBuilder.build(a);
            Shape in = ModelBuilder.inputShape(a, 1);
            net.initialize(m, DataType.FLOAT32, in);
            StaticCost cost = StaticCost.of(a);
            assertEquals(cost.params(), ModelBuilderTest.trainableParams(net), "params");
            assertEquals(cost.macs(), macs(net, in), "macs");

            List<Block> children = net.getChildren().values();
            Shape shape = in;
            for (int i = 0; i < a.blocks().size(); i++) {
                BlockSpec b = a.blocks().get(i);
                Block block = children.get(i);
                assertEquals(BlockCost.of(b).macs(), macs(block, shape), "macs of " + b.opKey());
                shape = block.getOutputShapes(new Shape[] {shape})[0];
                assertEquals(expectedOutput(b), shape, "output of " + b.opKey());
            }
        }
    }

    private static Shape expectedOutput(BlockSpec b) {
        return switch (b.type()) {
            case STEM, MBCONV -> new Shape(1, b.outChannels(), b.outHeight(), b.outWidth());
            case HEAD, CLASSIFIER -> new Shape(1, b.outChannels());
        };
    }

    /**
     * Multiply-accumulates of a block at batch 1, from the built layers: a convolution does one
     * pass over its weights per output pixel, a linear layer one pass over its weights.
     */
    static long macs(Block block, Shape in) {
        if (block instanceof Conv2d conv) {
            Shape out = conv.getOutputShapes(new Shape[] {in})[0];
            Shape weight = conv.getParameters().get("weight").getArray().getShape();
            return out.get(2) * out.get(3) * weight.size();
        }
        if (block instanceof Linear fc) {
            return fc.getParameters().get("weight").getArray().size();
        }
        if (block instanceof SequentialBlock seq) {
            return sequence(seq.getChildren().values(), in);
        }
        if (block instanceof InvertedResidualBlock ir) {
            return macs(ir.body(), in);
        }
        if (block instanceof SqueezeExciteBlock) {
            // pools to 1x1, then its two 1x1 convolutions run one after the other
            return sequence(block.getChildren().values(), new Shape(in.get(0), in.get(1), 1, 1));
        }
        assertTrue(block instanceof BatchNorm || block instanceof LambdaBlock
                || block instanceof PReluBlock, "a block the MAC count does not know: " + block);
        assertTrue(block.getChildren().isEmpty(), "unexpected children in " + block);
        return 0;
    }

    private static long sequence(List<Block> blocks, Shape in) {
        long sum = 0;
        Shape shape = in;
        for (Block child : blocks) {
            sum += macs(child, shape);
            shape = child.getOutputShapes(new Shape[] {shape})[0];
        }
        return sum;
    }
}
