package io.jnas.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.jnas.arch.Architecture;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellOp;
import io.jnas.cell.CellSpace;
import io.jnas.cost.CellCost;
import io.jnas.cost.StaticCost;
import io.jnas.model.CellModelBuilder;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;
import io.jnas.space.SearchSpace;
import io.jnas.space.Spaces;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ONNX file against the DJL model it was written from: ONNX Runtime loads it and computes
 * the same logits on the same random weights (BatchNorm statistics included) and inputs, and the
 * parameters and MACs counted from the graph equal {@link StaticCost}, for 50 random subnets of
 * every shipped space plus its smallest and largest; and likewise for 50 random cells of every
 * shipped NAS-Bench-201 cell space plus the cell with one op on every edge for each op the space
 * has (all none: every node but the input is zeros; all nor_conv_3x3: the largest), against
 * {@link CellCost}.
 *
 * <p>Tolerance: max |ort - djl| <= {@value #REL_TOL} x max(1, max |djl|), i.e. relative to the
 * scale of the logits. Both run float32 on the CPU; they differ only in summation order and in
 * kernels (ONNX Runtime folds BatchNorm into the convolutions and fuses activations): measured
 * errors are about 1e-6 of the output scale, 100x below the tolerance. A wrong formula is far
 * above it (DJL's log2 Mish gave 9e-3 to 2e-1), a wrong weight or layout more still. The random
 * weights keep residual branches small, as trained networks do (see {@link RandomWeights}).
 */
class OnnxRuntimeMatchesDjlIT {

    static final double REL_TOL = 1e-4;
    private static final int SAMPLES = 50;
    private static OrtEnvironment env;
    private static final Map<String, Double> WORST = new java.util.TreeMap<>();

    @BeforeAll
    static void engines() {
        DjlRuntime.configure(1);
        env = OrtEnvironment.getEnvironment();
    }

    @AfterAll
    static void report() {
        WORST.forEach((space, err) -> System.out.printf(
                "%s: worst error relative to the logit scale %.2e (tolerance %.0e)%n", space, err,
                REL_TOL));
    }

    static Stream<Arguments> subnets() {
        List<Arguments> out = new ArrayList<>();
        for (String file : Spaces.SHIPPED) {
            SearchSpace space = Spaces.load(file);
            Random rng = new Random(7);
            out.add(Arguments.of(file + " min", space.resolve(space.minimal())));
            out.add(Arguments.of(file + " max", space.resolve(space.maximal())));
            for (int i = 0; i < SAMPLES; i++) {
                out.add(Arguments.of(file + " sample " + i, space.resolve(space.sample(rng))));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        for (String file : Spaces.SHIPPED_CELLS) {
            CellSpace space = CellSpace.load(Spaces.shipped(file));
            for (CellOp op : space.ops()) {
                out.add(Arguments.of(file + " all " + op, space.network(Cell.uniform(op))));
            }
            Random rng = new Random(7);
            for (int i = 0; i < SAMPLES; i++) {
                CellOp[] edges = new CellOp[Cell.EDGES];
                for (int e = 0; e < edges.length; e++) {
                    edges[e] = space.ops().get(rng.nextInt(space.ops().size()));
                }
                out.add(Arguments.of(file + " sample " + i, space.network(Cell.of(edges))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subnets")
    void onnxRuntimeComputesTheDjlLogitsAndTheGraphCostsWhatStaticCostSays(String label,
            Architecture a) throws OrtException {
        int batch = a.input().height() > 64 ? 1 : 2;
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock net = ModelBuilder.build(a);
            Shape in = ModelBuilder.inputShape(a, batch);
            net.initialize(m, DataType.FLOAT32, in);
            OnnxModel onnx = compare(label, m, net, in, () -> OnnxExporter.export(a, net));
            StaticCost cost = StaticCost.of(a);
            assertEquals(cost.params(), onnx.params(), "params of the ONNX graph");
            assertEquals(cost.flops(), onnx.flops(), "FLOPs of the ONNX graph");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void onnxRuntimeComputesTheDjlLogitsOfCellNetworksAndTheGraphCostsWhatCellCostSays(
            String label, CellNetwork n) throws OrtException {
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock net = CellModelBuilder.build(n);
            Shape in = CellModelBuilder.inputShape(n, 2);
            net.initialize(m, DataType.FLOAT32, in);
            OnnxModel onnx = compare(label, m, net, in, () -> OnnxExporter.export(n, net));
            StaticCost cost = CellCost.of(n);
            assertEquals(cost.params(), onnx.params(), "params of the ONNX graph");
            assertEquals(cost.flops(), onnx.flops(), "FLOPs of the ONNX graph");
        }
    }

    /**
     * Gives {@code net} seeded random weights, runs it in DJL and its export in ONNX Runtime on
     * the same seeded input, and checks the logits agree; returns the export.
     */
    private static OnnxModel compare(String label, NDManager m, SequentialBlock net, Shape in,
            Supplier<OnnxModel> export) throws OrtException {
        RandomWeights.fill(net, label.hashCode());
        NDArray x = m.create(gaussian(new Random(label.hashCode() + 1L), in.size()), in);
        float[] expected = net.forward(new ParameterStore(m, false), new NDList(x), false)
                .singletonOrThrow().toFloatArray();
        OnnxModel onnx = export.get();
        float[] actual = run(onnx.toByteArray(), x.toFloatArray(), in.getShape());
        assertEquals(expected.length, actual.length, "logits");
        double err = maxRelativeError(expected, actual);
        WORST.merge(label.substring(0, label.indexOf(' ')), err, Math::max);
        assertTrue(err <= REL_TOL, label + ": max error relative to the logit scale " + err);
        return onnx;
    }

    /** Seeded standard normal values (DJL's own random arrays are not seeded). */
    static float[] gaussian(Random rng, long n) {
        float[] v = new float[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return v;
    }

    /** max |a - b| over max(1, max |a|). */
    static double maxRelativeError(float[] expected, float[] actual) {
        double scale = 1;
        double err = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            err = Math.max(err, Math.abs(expected[i] - actual[i]));
        }
        return err / scale;
    }

    /** One ONNX Runtime session on one thread: the input's values in, the flat output out. */
    static float[] run(byte[] model, float[] input, long[] shape) throws OrtException {
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(1);
            opts.setInterOpNumThreads(1);
            try (OrtSession s = env.createSession(model, opts);
                    OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
                    OrtSession.Result r = s.run(Map.of(OnnxExporter.INPUT, t))) {
                OnnxTensor out = (OnnxTensor) r.get(0);
                assertEquals(shape[0], out.getInfo().getShape()[0], "output batch");
                FloatBuffer fb = out.getFloatBuffer();
                float[] v = new float[fb.remaining()];
                fb.get(v);
                return v;
            }
        }
    }
}
