package io.jnas.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * NAS-Bench-201's reduction between stages, a ResNet basic block with stride 2: ReLU-Conv3x3
 * (stride 2)-BN then ReLU-Conv3x3-BN, plus a shortcut of 2x2 average pooling (stride 2) and a
 * 1x1 convolution to the new width.
 */
public final class ResidualReductionBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private final SequentialBlock branch;
    private final SequentialBlock shortcut;

    public ResidualReductionBlock(int outChannels) {
        super(VERSION);
        SequentialBlock b = new SequentialBlock();
        b.add(CellBlock.reluConvBn(outChannels, 3, 2));
        b.add(CellBlock.reluConvBn(outChannels, 3, 1));
        this.branch = addChildBlock("branch", b);
        SequentialBlock s = new SequentialBlock();
        s.add(Pool.avgPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
        s.add(ModelBuilder.conv(outChannels, 1, 1, 1));
        this.shortcut = addChildBlock("shortcut", s);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return new NDList(branch.forward(ps, inputs, training, params).singletonOrThrow()
                .add(shortcut.forward(ps, inputs, training, params).singletonOrThrow()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return branch.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        branch.initialize(manager, dataType, inputShapes);
        shortcut.initialize(manager, dataType, inputShapes);
    }

    /** The main branch: ReLU-Conv3x3(stride 2)-BN, ReLU-Conv3x3-BN (read by the ONNX writer). */
    public SequentialBlock branch() {
        return branch;
    }

    /** The shortcut: 2x2 average pooling (stride 2), 1x1 convolution. */
    public SequentialBlock shortcut() {
        return shortcut;
    }
}
