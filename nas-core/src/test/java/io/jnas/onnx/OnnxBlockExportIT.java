package io.jnas.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.onnxruntime.OrtException;
import io.jnas.arch.Activation;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.BlockType;
import io.jnas.cost.BlockCost;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Single blocks, as an agent times them: every block type with every activation (so a wrong
 * formula shows up on its own, not buried in a network), through ONNX Runtime at batch 3 (the
 * batch dimension is dynamic), with the block's own parameters and MACs.
 */
class OnnxBlockExportIT {

    @BeforeAll
    static void djl() {
        DjlRuntime.configure(1);
        OnnxRuntimeMatchesDjlIT.engines();
    }

    static Stream<Arguments> blocks() {
        List<Arguments> out = new ArrayList<>();
        for (Activation a : Activation.values()) {
            out.add(Arguments.of(new BlockSpec(BlockType.STEM, -1, 3, 16, 3, 2, 1, a, false, 17, 17)));
            out.add(Arguments.of(new BlockSpec(BlockType.MBCONV, 0, 16, 16, 5, 1, 3, a, true, 9, 9)));
            out.add(Arguments.of(new BlockSpec(BlockType.MBCONV, 0, 16, 24, 3, 2, 1, a, false, 9, 9)));
            out.add(Arguments.of(new BlockSpec(BlockType.HEAD, 3, 24, 64, 1, 1, 1, a, false, 5, 5)));
        }
        out.add(Arguments.of(new BlockSpec(BlockType.CLASSIFIER, 3, 64, 10, 1, 1, 1, null, false, 1, 1)));
        return out.stream();
    }

    @Test
    void aModelOfAnotherArchitectureIsRejectedByName(@TempDir Path dir) {
        BlockSpec wide = new BlockSpec(BlockType.MBCONV, 0, 16, 24, 3, 2, 6, Activation.RELU, false,
                9, 9);
        BlockSpec narrow = new BlockSpec(BlockType.MBCONV, 0, 16, 24, 3, 2, 3, Activation.RELU,
                false, 9, 9);
        try (NDManager m = NDManager.newBaseManager()) {
            Block block = ModelBuilder.buildBlock(narrow);
            block.initialize(m, DataType.FLOAT32, ModelBuilder.inputShape(narrow, 1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> OnnxExporter.exportBlock(wide, block));
            assertEquals("model for " + wide.opKey() + " must be the block ModelBuilder built for"
                    + " it, with parameter 'weight' of shape [96, 16, 1, 1] in its Conv2d, but it"
                    + " was (48, 16, 1, 1)", e.getMessage());
            Block uninitialized = ModelBuilder.buildBlock(narrow);
            assertTrue(assertThrows(IllegalArgumentException.class,
                    () -> OnnxExporter.exportBlock(narrow, uninitialized)).getMessage()
                    .contains("call initialize first"));

            Path file = dir.resolve("block.onnx");
            OnnxModel model = OnnxExporter.exportBlock(narrow, block);
            model.writeTo(file);
            assertArrayEquals(model.toByteArray(), Files.readAllBytes(file));
            assertEquals(List.of(file), Files.list(dir).toList(), "no temporary file is left");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void onnxRuntimeComputesTheDjlBlock(BlockSpec spec) throws OrtException {
        try (NDManager m = NDManager.newBaseManager()) {
            Block block = ModelBuilder.buildBlock(spec);
            Shape in = ModelBuilder.inputShape(spec, 3);
            block.initialize(m, DataType.FLOAT32, in);
            RandomWeights.fill(block, spec.opKey().toString().hashCode());
            NDArray x = m.create(OnnxRuntimeMatchesDjlIT.gaussian(new Random(spec.opKey().toString().hashCode()), in.size()), in)
                    .mul(2);
            float[] expected = block.forward(new ParameterStore(m, false), new NDList(x), false)
                    .singletonOrThrow().toFloatArray();
            OnnxModel onnx = OnnxExporter.exportBlock(spec, block);
            float[] actual = OnnxRuntimeMatchesDjlIT.run(onnx.toByteArray(), x.toFloatArray(),
                    in.getShape());
            assertEquals(expected.length, actual.length, "output size");
            double err = OnnxRuntimeMatchesDjlIT.maxRelativeError(expected, actual);
            assertTrue(err <= OnnxRuntimeMatchesDjlIT.REL_TOL, spec + ": relative error " + err);
            assertEquals(BlockCost.of(spec).params(), onnx.params(), "params");
            assertEquals(BlockCost.of(spec).macs(), onnx.macs(), "macs");
        }
    }
}
