package io.jnas.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import io.jnas.arch.Activation;

/**
 * DJL blocks for each {@link Activation}; PReLU, hardswish and mish are our own (DJL lacks the first
 * two and computes the third differently).
 */
public final class ActivationBlocks {

    private ActivationBlocks() {
    }

    static Block of(Activation a, int channels) {
        return switch (a) {
            case RELU -> lambda(ai.djl.nn.Activation::relu, "relu");
            case RELU6 -> lambda(ai.djl.nn.Activation::relu6, "relu6");
            case HARDSWISH -> lambda(ActivationBlocks::hardswish, "hardswish");
            case SILU -> lambda(x -> ai.djl.nn.Activation.swish(x, 1f), "silu");
            case GELU -> lambda(ai.djl.nn.Activation::gelu, "gelu");
            case MISH -> lambda(ActivationBlocks::mish, "mish");
            case LEAKY_RELU -> lambda(x -> ai.djl.nn.Activation.leakyRelu(x, Activation.LEAKY_SLOPE),
                    "leaky_relu");
            case PRELU -> new PReluBlock(channels);
        };
    }

    /**
     * Applies a parameter-free activation to an array (what the block of {@link #of} computes),
     * for networks that run their layers as functions, such as the weight-sharing supernet.
     *
     * @throws IllegalArgumentException for PReLU, whose slope is a parameter
     */
    public static NDArray apply(Activation a, NDArray x) {
        return switch (a) {
            case RELU -> ai.djl.nn.Activation.relu(x);
            case RELU6 -> ai.djl.nn.Activation.relu6(x);
            case HARDSWISH -> hardswish(x);
            case SILU -> ai.djl.nn.Activation.swish(x, 1f);
            case GELU -> ai.djl.nn.Activation.gelu(x);
            case MISH -> mish(x);
            case LEAKY_RELU -> ai.djl.nn.Activation.leakyRelu(x, Activation.LEAKY_SLOPE);
            case PRELU -> throw new IllegalArgumentException("activation must be parameter-free"
                    + " to be applied as a function, but was prelu");
        };
    }

    /** x * relu6(x + 3) / 6, as in MobileNetV3 and PyTorch's nn.Hardswish. */
    static NDArray hardswish(NDArray x) {
        return x.mul(ai.djl.nn.Activation.relu6(x.add(3f))).div(6f);
    }

    /**
     * x * tanh(softplus(x)), as in the Mish paper and PyTorch's nn.Mish. DJL's own
     * {@code Activation.mish} takes log2 instead of ln inside the softplus (DJL 0.35.1), which is
     * another function: a model trained with it and deployed as Mish would compute differently.
     */
    static NDArray mish(NDArray x) {
        return x.mul(x.getNDArrayInternal().softPlus().tanh());
    }

    private static Block lambda(java.util.function.Function<NDArray, NDArray> f, String name) {
        return new LambdaBlock(list -> new NDList(f.apply(list.singletonOrThrow())), name);
    }
}
