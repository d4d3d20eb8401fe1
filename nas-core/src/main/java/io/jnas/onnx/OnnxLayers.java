package io.jnas.onnx;

import static io.jnas.onnx.OnnxGraphBuilder.floatAttr;
import static io.jnas.onnx.OnnxGraphBuilder.intAttr;
import static io.jnas.onnx.OnnxGraphBuilder.ints;

import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import io.jnas.arch.Activation;
import io.jnas.model.PReluBlock;
import io.jnas.model.SqueezeExciteBlock;
import java.util.List;

/**
 * ONNX nodes for the layers {@code ModelBuilder} uses, with the weights read from the built DJL
 * layers. Each method takes the name of its input value and returns the name of its output.
 *
 * <p>BatchNorm stays a BatchNormalization node on the running statistics (ONNX Runtime folds it
 * into the convolution when it optimizes the graph), so the file's trainable parameters are
 * exactly those of the DJL model. Activations follow the DJL blocks formula for formula:
 * relu6 is Clip(0, 6); hardswish is HardSwish (x * relu6(x + 3) / 6); silu is x * Sigmoid(x);
 * gelu is the exact form 0.5 x (1 + erf(x / sqrt 2)) that PyTorch computes by default; mish is
 * x * tanh(softplus(x)); leaky_relu has slope {@link Activation#LEAKY_SLOPE}; prelu has one
 * learned slope per channel. Gelu and Mish are composed because opset {@value OnnxModel#OPSET}
 * predates their operators.
 */
final class OnnxLayers {

    /** DJL's BatchNorm default; ModelBuilder keeps it. */
    static final float BN_EPSILON = 1e-5f;

    private final OnnxGraphBuilder g;

    OnnxLayers(OnnxGraphBuilder g) {
        this.g = g;
    }

    /** A bias-free convolution with 'same' padding, as ModelBuilder builds them. */
    String conv(BuiltLayers layers, String x, int inChannels, int outChannels, int kernel,
            int stride, int groups) {
        Conv2d conv = layers.take(Conv2d.class);
        long[] dims = {outChannels, inChannels / groups, kernel, kernel};
        String w = g.initializer("conv_w", layers.values(conv, "weight", dims), dims);
        int pad = kernel / 2;
        return g.node("Conv", new String[] {x, w}, ints("kernel_shape", kernel, kernel),
                ints("strides", stride, stride), ints("pads", pad, pad, pad, pad),
                ints("dilations", 1, 1), intAttr("group", groups));
    }

    /** Inference-mode BatchNorm: gamma, beta and the running mean and variance. */
    String batchNorm(BuiltLayers layers, String x, int channels) {
        BatchNorm bn = layers.take(BatchNorm.class);
        long[] c = {channels};
        String scale = g.initializer("bn_gamma", layers.values(bn, "gamma", c), c);
        String bias = g.initializer("bn_beta", layers.values(bn, "beta", c), c);
        String mean = g.initializer("bn_mean", layers.values(bn, "runningMean", c), c);
        String var = g.initializer("bn_var", layers.values(bn, "runningVar", c), c);
        return g.node("BatchNormalization", new String[] {x, scale, bias, mean, var},
                floatAttr("epsilon", BN_EPSILON));
    }

    /** The activation layer ModelBuilder put after a BatchNorm of {@code channels} channels. */
    String activation(BuiltLayers layers, String x, Activation a, int channels) {
        if (a == Activation.PRELU) {
            PReluBlock p = layers.take(PReluBlock.class);
            long[] dims = {channels, 1, 1};
            String slope = g.initializer("prelu_slope", layers.values(p, "alpha", dims), dims);
            return g.node("PRelu", new String[] {x, slope});
        }
        layers.take(LambdaBlock.class);
        return switch (a) {
            case RELU -> g.node("Relu", x);
            case RELU6 -> g.node("Clip", new String[] {x, g.scalar("zero", 0f), g.scalar("six", 6f)});
            case HARDSWISH -> g.node("HardSwish", x);
            case SILU -> g.node("Mul", new String[] {x, g.node("Sigmoid", x)});
            case GELU -> gelu(x);
            case MISH -> g.node("Mul", new String[] {x, g.node("Tanh", g.node("Softplus", x))});
            case LEAKY_RELU -> g.node("LeakyRelu", x, floatAttr("alpha", Activation.LEAKY_SLOPE));
            case PRELU -> throw new AssertionError("handled above");
        };
    }

    /** 0.5 * x * (1 + erf(x / sqrt 2)). */
    private String gelu(String x) {
        String erf = g.node("Erf", g.node("Div", new String[] {x, g.scalar("sqrt2",
                (float) Math.sqrt(2))}));
        String onePlus = g.node("Add", new String[] {erf, g.scalar("one", 1f)});
        return g.node("Mul", new String[] {g.node("Mul", new String[] {x, onePlus}),
                g.scalar("half", 0.5f)});
    }

    /** Squeeze-excite: pool, 1x1 conv down (bias), ReLU, 1x1 conv up (bias), sigmoid, scale. */
    String squeezeExcite(BuiltLayers layers, String x, int channels, int squeeze) {
        SqueezeExciteBlock se = layers.take(SqueezeExciteBlock.class);
        List<Block> convs = se.getChildren().values();
        String s = g.node("GlobalAveragePool", x);
        s = g.node("Relu", biasedConv(layers, convs.get(0), s, channels, squeeze));
        s = g.node("Sigmoid", biasedConv(layers, convs.get(1), s, squeeze, channels));
        return g.node("Mul", new String[] {x, s});
    }

    private String biasedConv(BuiltLayers layers, Block conv, String x, int in, int out) {
        long[] dims = {out, in, 1, 1};
        String w = g.initializer("se_w", layers.values(conv, "weight", dims), dims);
        String b = g.initializer("se_b", layers.values(conv, "bias", out), out);
        return g.node("Conv", new String[] {x, w, b}, ints("kernel_shape", 1, 1));
    }

    /** The residual connection. */
    String add(String a, String b) {
        return g.node("Add", new String[] {a, b});
    }

    /** The head's pooling and flattening (two parameter-free layers in the DJL block). */
    String poolAndFlatten(BuiltLayers layers, String x) {
        layers.take(LambdaBlock.class);
        layers.take(LambdaBlock.class);
        return g.node("Flatten", g.node("GlobalAveragePool", x), intAttr("axis", 1));
    }

    /** The classifier: y = x W^T + b. */
    String gemm(BuiltLayers layers, String x, int in, int out) {
        Linear fc = layers.take(Linear.class);
        long[] dims = {out, in};
        String w = g.initializer("fc_w", layers.values(fc, "weight", dims), dims);
        String b = g.initializer("fc_b", layers.values(fc, "bias", out), out);
        return g.node("Gemm", new String[] {x, w, b}, intAttr("transB", 1));
    }

    /** A ReLU that sits in the DJL block as a parameter-free layer of its own. */
    String relu(BuiltLayers layers, String x) {
        layers.take(LambdaBlock.class);
        return g.node("Relu", x);
    }

    /**
     * Average pooling, a parameter-free layer in the DJL block. {@code countPadding} is DJL's
     * {@code countIncludePad}, which ONNX calls {@code count_include_pad}: false divides each
     * window's sum by the cells inside the input only (NAS-Bench-201's 3x3 pooling).
     */
    String avgPool(BuiltLayers layers, String x, int kernel, int stride, int pad,
            boolean countPadding) {
        layers.take(LambdaBlock.class);
        return g.node("AveragePool", x, ints("kernel_shape", kernel, kernel),
                ints("strides", stride, stride), ints("pads", pad, pad, pad, pad),
                intAttr("count_include_pad", countPadding ? 1 : 0));
    }
}
