package io.jnas.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSkeleton;

/**
 * Builds the DJL network of a NAS-Bench-201 cell network (Dong and Yang, ICLR 2020): stem
 * (3x3 convolution, BatchNorm), per stage N {@link CellBlock}s with a
 * {@link ResidualReductionBlock} between stages, then BatchNorm, ReLU, global average pooling
 * and a linear classifier. Its parameter count equals {@code io.jnas.cost.CellCost} and the
 * benchmark's figures (a test checks both).
 *
 * <pre>{@code
 * Block net = CellModelBuilder.build(network);
 * net.initialize(manager, DataType.FLOAT32, CellModelBuilder.inputShape(network, 1));
 * }</pre>
 */
public final class CellModelBuilder {

    private CellModelBuilder() {
    }

    public static SequentialBlock build(CellNetwork network) {
        CellSkeleton k = network.skeleton();
        SequentialBlock net = new SequentialBlock();
        net.add(ModelBuilder.conv(k.channels().get(0), 3, 1, 1));
        net.add(BatchNorm.builder().build());
        for (int s = 0; s < k.stages(); s++) {
            if (s > 0) {
                net.add(new ResidualReductionBlock(k.channels().get(s)));
            }
            for (int i = 0; i < k.cellsPerStage(); i++) {
                net.add(new CellBlock(network.cell(), k.channels().get(s)));
            }
        }
        net.add(BatchNorm.builder().build());
        net.add(Activation.reluBlock());
        net.add(Pool.globalAvgPool2dBlock());
        net.add(Blocks.batchFlattenBlock());
        net.add(Linear.builder().setUnits(k.classes()).build());
        return net;
    }

    /** Input shape (NCHW) for a batch size. */
    public static Shape inputShape(CellNetwork network, int batch) {
        CellSkeleton k = network.skeleton();
        return new Shape(batch, k.input().channels(), k.input().height(), k.input().width());
    }
}
