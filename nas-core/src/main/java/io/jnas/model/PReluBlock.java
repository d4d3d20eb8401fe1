package io.jnas.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;
import io.jnas.arch.Activation;

/**
 * PReLU with one learnable slope per channel: max(x, 0) + a * min(x, 0). DJL's own
 * {@code Activation.preluBlock()} fails under PyTorch, hence this block.
 */
public final class PReluBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private final Parameter alpha;
    private final int channels;

    public PReluBlock(int channels) {
        super(VERSION);
        this.channels = channels;
        this.alpha = addParameter(Parameter.builder()
                .setName("alpha")
                .setType(Parameter.Type.OTHER)
                .optShape(new Shape(channels, 1, 1))
                .optInitializer(new ConstantInitializer(Activation.PRELU_INIT))
                .build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray a = ps.getValue(alpha, x.getDevice(), training);
        return new NDList(x.maximum(0f).add(x.minimum(0f).mul(a)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }

    public int channels() {
        return channels;
    }
}
