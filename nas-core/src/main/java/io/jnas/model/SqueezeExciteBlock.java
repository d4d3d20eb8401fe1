package io.jnas.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Squeeze-excite: global average, 1x1 conv down to {@code squeeze} channels, ReLU, 1x1 conv back,
 * sigmoid, and the input scaled channel by channel.
 */
public final class SqueezeExciteBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private final Block reduce;
    private final Block expand;
    private final int squeeze;

    public SqueezeExciteBlock(int channels, int squeeze) {
        super(VERSION);
        this.squeeze = squeeze;
        this.reduce = addChildBlock("reduce", Conv2d.builder().setKernelShape(new Shape(1, 1))
                .setFilters(squeeze).build());
        this.expand = addChildBlock("expand", Conv2d.builder().setKernelShape(new Shape(1, 1))
                .setFilters(channels).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        // PyTorch engine reduces one axis per call
        NDArray s = x.mean(new int[] {3}, true).mean(new int[] {2}, true);
        s = reduce.forward(ps, new NDList(s), training).singletonOrThrow();
        s = ai.djl.nn.Activation.relu(s);
        s = expand.forward(ps, new NDList(s), training).singletonOrThrow();
        return new NDList(x.mul(ai.djl.nn.Activation.sigmoid(s)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        reduce.initialize(manager, dataType, new Shape(in.get(0), in.get(1), 1, 1));
        expand.initialize(manager, dataType, new Shape(in.get(0), squeeze, 1, 1));
    }
}
