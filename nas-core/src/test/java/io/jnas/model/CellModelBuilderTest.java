package io.jnas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.jnas.arch.InputShape;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellOp;
import io.jnas.cell.CellSkeleton;
import io.jnas.cost.CellCost;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DJL network of a cell against the static cost and NAS-Bench-201's published parameter range
 * for CIFAR-10 (0.073306 M for the all-none cell to 1.531546 M for the all-nor_conv_3x3 cell; see
 * {@code io.jnas.cell.CellCostTest} for the sources).
 */
class CellModelBuilderTest {

    @BeforeAll
    static void djl() {
        DjlRuntime.configure(1);
    }

    private static long params(CellNetwork n) {
        try (NDManager m = NDManager.newBaseManager()) {
            Block net = CellModelBuilder.build(n);
            net.initialize(m, DataType.FLOAT32, CellModelBuilder.inputShape(n, 1));
            return ModelBuilderTest.trainableParams(net);
        }
    }

    @Test
    void theExtremeCellsHaveTheBenchmarksParameterCounts() {
        assertEquals(73_306, params(new CellNetwork(Cell.uniform(CellOp.NONE),
                CellSkeleton.NAS_BENCH_201_CIFAR10)));
        assertEquals(1_531_546, params(new CellNetwork(Cell.uniform(CellOp.NOR_CONV_3X3),
                CellSkeleton.NAS_BENCH_201_CIFAR10)));
    }

    @Test
    void randomCellsRunForwardAndMatchTheStaticCost() {
        CellSkeleton small = new CellSkeleton(new InputShape(3, 16, 16), 7, 1, List.of(8, 16, 24));
        Random rng = new Random(3);
        List<Cell> all = Cell.all();
        for (int i = 0; i < 12; i++) {
            CellNetwork n = new CellNetwork(all.get(rng.nextInt(all.size())), small);
            try (NDManager m = NDManager.newBaseManager()) {
                Block net = CellModelBuilder.build(n);
                net.initialize(m, DataType.FLOAT32, CellModelBuilder.inputShape(n, 2));
                assertEquals(CellCost.of(n).params(), ModelBuilderTest.trainableParams(net),
                        n.cell().toString());
                NDArray x = m.randomNormal(CellModelBuilder.inputShape(n, 2));
                NDArray y = net.forward(new ParameterStore(m, false), new NDList(x), false)
                        .singletonOrThrow();
                assertEquals(new Shape(2, 7), y.getShape());
                assertTrue(Float.isFinite(y.sum().getFloat()), n.cell().toString());
            }
        }
    }

    @Test
    void aCellComputesTheSumOverItsEdges() {
        // skip 0->1, none elsewhere but skip 1->3 and skip 0->3: node1 = x, node3 = x + x
        Cell c = Cell.of(CellOp.SKIP_CONNECT, CellOp.NONE, CellOp.NONE, CellOp.SKIP_CONNECT,
                CellOp.SKIP_CONNECT, CellOp.NONE);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(1, 4, 5, 5));
            assertTrue(forward(m, c, x).allClose(x.mul(2)));
            assertEquals(0f, forward(m, Cell.uniform(CellOp.NONE), x).abs().sum().getFloat());
        }
    }

    /** One cell at the input's width, initialized by DJL, run on {@code x}. */
    private static NDArray forward(NDManager m, Cell c, NDArray x) {
        CellBlock b = new CellBlock(c, Math.toIntExact(x.getShape().get(1)));
        b.initialize(m, DataType.FLOAT32, x.getShape());
        return b.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
    }

    /**
     * NAS-Bench-201 pools without counting the padding, and CellBlock asks DJL for that, but
     * DJL 0.35.1 on PyTorch counts it anyway: the corners of a map of ones pool to 4/9, not 1.
     * The ONNX writer follows what the model computes; when this fails, DJL honours the flag and
     * {@code io.jnas.onnx.CellGraph} must write count_include_pad=0 (OnnxRuntimeMatchesDjlIT
     * fails too then).
     */
    @Test
    void theAveragePoolEdgeCountsThePaddingInItsDivisor() {
        // avg_pool_3x3 on 0 -> 1, skip 1 -> 3: the output is the pooled input
        Cell c = Cell.of(CellOp.AVG_POOL_3X3, CellOp.NONE, CellOp.NONE, CellOp.NONE,
                CellOp.SKIP_CONNECT, CellOp.NONE);
        try (NDManager m = NDManager.newBaseManager()) {
            float[] y = forward(m, c, m.ones(new Shape(1, 1, 4, 4))).toFloatArray();
            assertEquals(4f / 9, y[0], 1e-6, "corner: 4 inputs over 9 window cells");
            assertEquals(6f / 9, y[1], 1e-6, "edge: 6 inputs over 9 window cells");
            assertEquals(1f, y[5], 1e-6, "inside");
        }
    }
}
