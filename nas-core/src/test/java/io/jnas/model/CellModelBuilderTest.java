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
     * NAS-Bench-201 pools without counting the padding (count_include_pad=False): a map of ones
     * stays ones, corners included. DJL 0.35.1 ignores that flag, so CellBlock divides by the
     * window's share inside the input itself; the ONNX writer writes count_include_pad=0.
     */
    @Test
    void theAveragePoolEdgeDividesByTheCellsInsideTheInput() {
        // avg_pool_3x3 on 0 -> 1, skip 1 -> 3: the output is the pooled input
        Cell c = Cell.of(CellOp.AVG_POOL_3X3, CellOp.NONE, CellOp.NONE, CellOp.NONE,
                CellOp.SKIP_CONNECT, CellOp.NONE);
        try (NDManager m = NDManager.newBaseManager()) {
            float[] y = forward(m, c, m.ones(new Shape(1, 1, 4, 4))).toFloatArray();
            assertEquals(1f, y[0], 1e-6, "corner: 4 inputs over 4 cells inside");
            assertEquals(1f, y[1], 1e-6, "edge: 6 inputs over 6 cells inside");
            assertEquals(1f, y[5], 1e-6, "inside");
            // 0..15 row by row: the corner window holds 0, 1, 4, 5
            float[] z = forward(m, c, m.arange(16f).reshape(1, 1, 4, 4)).toFloatArray();
            assertEquals((0 + 1 + 4 + 5) / 4f, z[0], 1e-5, "corner mean of 4");
            assertEquals((0 + 1 + 2 + 4 + 5 + 6) / 6f, z[1], 1e-5, "edge mean of 6");
            assertEquals((0 + 1 + 2 + 4 + 5 + 6 + 8 + 9 + 10) / 9f, z[5], 1e-5, "inside");
        }
    }
}
