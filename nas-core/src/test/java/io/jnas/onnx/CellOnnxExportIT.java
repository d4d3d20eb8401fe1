package io.jnas.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.SequentialBlock;
import io.jnas.arch.InputShape;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSkeleton;
import io.jnas.model.CellModelBuilder;
import io.jnas.model.DjlRuntime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the cell network writer records and refuses: the file names the network it was written
 * from, runs at any batch (the batch dimension is dynamic), and a DJL model of another cell or
 * another skeleton is rejected with the place where it differs.
 */
class CellOnnxExportIT {

    private static final CellSkeleton SMALL =
            new CellSkeleton(new InputShape(3, 16, 16), 7, 2, List.of(8, 12));
    private static final Cell CELL = Cell.parse("|nor_conv_3x3~0|+|none~0|avg_pool_3x3~1|+"
            + "|skip_connect~0|nor_conv_1x1~1|none~2|");

    @BeforeAll
    static void engines() {
        DjlRuntime.configure(1);
        OnnxRuntimeMatchesDjlIT.engines();
    }

    private static SequentialBlock built(NDManager m, CellNetwork n) {
        SequentialBlock net = CellModelBuilder.build(n);
        net.initialize(m, DataType.FLOAT32, CellModelBuilder.inputShape(n, 1));
        return net;
    }

    @Test
    void theFileNamesItsNetworkAndRunsAtAnyBatch() throws Exception {
        CellNetwork n = new CellNetwork(CELL, SMALL);
        try (NDManager m = NDManager.newBaseManager()) {
            OnnxModel onnx = OnnxExporter.export(n, built(m, n));
            assertEquals(Map.of("jnas.architecture", n.toJson(), "jnas.architecture_hash",
                    n.hash()), onnx.metadata());
            assertEquals(CellNetwork.fromJson(onnx.metadata().get("jnas.architecture")), n);
            float[] logits = OnnxRuntimeMatchesDjlIT.run(onnx.toByteArray(),
                    new float[5 * 3 * 16 * 16], new long[] {5, 3, 16, 16});
            assertEquals(5 * 7, logits.length);
        }
    }

    @Test
    void aModelOfAnotherCellOrSkeletonIsRejectedWithWhereItDiffers() {
        CellNetwork n = new CellNetwork(CELL, SMALL);
        Cell other = Cell.parse("|nor_conv_1x1~0|+|none~0|avg_pool_3x3~1|+"
                + "|skip_connect~0|nor_conv_1x1~1|none~2|");
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock otherCell = built(m, new CellNetwork(other, SMALL));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> OnnxExporter.export(n, otherCell));
            assertEquals("model for stage 0 cell 0 must be built for cell " + CELL
                    + ", but was built for " + other, e.getMessage());

            SequentialBlock wider = built(m, new CellNetwork(CELL, new CellSkeleton(
                    SMALL.input(), 7, 2, List.of(8, 16))));
            e = assertThrows(IllegalArgumentException.class, () -> OnnxExporter.export(n, wider));
            assertEquals("model for stage 1 reduction branch must be the block CellModelBuilder"
                    + " built for it, with parameter 'weight' of shape [12, 8, 3, 3] in its"
                    + " Conv2d, but it was (16, 8, 3, 3)", e.getMessage());

            SequentialBlock deeper = built(m, new CellNetwork(CELL, new CellSkeleton(
                    SMALL.input(), 7, 3, List.of(8, 12))));
            e = assertThrows(IllegalArgumentException.class, () -> OnnxExporter.export(n, deeper));
            assertEquals("model for cell network " + CELL + " must be the block CellModelBuilder"
                    + " built for it, with a ResidualReductionBlock as layer 4, but it was"
                    + " CellBlock", e.getMessage());
        }
    }
}
