package io.jnas.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** A body of layers whose output is added to its input when {@code residual} is set. */
public final class InvertedResidualBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private final SequentialBlock body;
    private final boolean residual;

    public InvertedResidualBlock(SequentialBlock body, boolean residual) {
        super(VERSION);
        this.body = addChildBlock("body", body);
        this.residual = residual;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray out = body.forward(ps, inputs, training, params).singletonOrThrow();
        return new NDList(residual ? out.add(inputs.singletonOrThrow()) : out);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return body.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        body.initialize(manager, dataType, inputShapes);
    }

    public SequentialBlock body() {
        return body;
    }

    public boolean residual() {
        return residual;
    }
}
