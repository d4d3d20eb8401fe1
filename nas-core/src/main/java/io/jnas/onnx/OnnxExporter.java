package io.jnas.onnx;

import static java.util.Objects.requireNonNull;

import ai.djl.nn.Block;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.BlockType;
import io.jnas.arch.Design;
import io.jnas.arch.InputShape;
import io.jnas.cell.CellNetwork;
import io.jnas.model.InputStandardization;
import io.jnas.onnx.proto.GraphProto;
import io.jnas.onnx.proto.TensorProto;
import java.util.List;
import java.util.Map;

/**
 * Writes an architecture, or one of its blocks, or a NAS-Bench-201 cell network, with the
 * weights of its DJL model as an ONNX model: the form people deploy and the form ONNX Runtime
 * and TensorRT load.
 *
 * <pre>{@code
 * SequentialBlock net = ModelBuilder.build(arch);
 * net.initialize(manager, DataType.FLOAT32, ModelBuilder.inputShape(arch, 1));
 * OnnxExporter.export(arch, net).writeTo(Path.of("model.onnx"));
 * }</pre>
 *
 * <p>The graph's input is {@value #INPUT} [batch, C, H, W] (batch is dynamic); a network's output
 * is {@value #LOGITS} [batch, classes], a single block's is {@value #OUTPUT}. The structure comes
 * from the architecture and the weights from the DJL block, which must be the one
 * {@code ModelBuilder} built for it (trained or not); a block of another shape is rejected.
 */
public final class OnnxExporter {

    /** Name of the graph input. */
    public static final String INPUT = "input";
    /** Name of a network's output. */
    public static final String LOGITS = "logits";
    /** ONNX's element type FLOAT, the target of the input's Cast. */
    private static final long FLOAT = TensorProto.DataType.FLOAT_VALUE;
    /** Name of a single block's output. */
    public static final String OUTPUT = "output";

    private OnnxExporter() {
    }

    /**
     * The whole network.
     *
     * @param model the initialized block {@code ModelBuilder.build(arch)} returned
     * @throws IllegalArgumentException when {@code model} does not have the layers of {@code arch}
     */
    public static OnnxModel export(Architecture arch, Block model) {
        requireNonNull(arch, "arch");
        requireNonNull(model, "model");
        OnnxGraphBuilder g = new OnnxGraphBuilder("jnas_" + arch.hash());
        g.input(INPUT, arch.input().channels(), arch.input().height(), arch.input().width());
        return OnnxModel.of(network(g, arch, model, INPUT), designMetadata(arch));
    }

    private static GraphProto network(OnnxGraphBuilder g, Architecture arch, Block model,
            String input) {
        List<Block> children = model.getChildren().values();
        if (children.size() != arch.blocks().size()) {
            throw new IllegalArgumentException("model must have one child block per architecture"
                    + " block (" + arch.blocks().size() + "), but had " + children.size());
        }
        String x = input;
        for (int i = 0; i < children.size(); i++) {
            BlockSpec b = arch.blocks().get(i);
            x = emit(g, b, children.get(i), x, "blocks[" + i + "] (" + b.opKey() + ")");
        }
        g.renameLastOutput(x, LOGITS);
        g.output(LOGITS, arch.classes());
        return g.build();
    }

    private static GraphProto network(OnnxGraphBuilder g, CellNetwork network, Block model,
            String input) {
        g.renameLastOutput(CellGraph.emit(g, network, model, input), LOGITS);
        g.output(LOGITS, network.skeleton().classes());
        return g.build();
    }

    /**
     * A NAS-Bench-201 cell network (see {@link CellGraph} for how each op is written), with the
     * same input and output as a block-list network: {@value #INPUT} [batch, C, H, W],
     * {@value #LOGITS} [batch, classes].
     *
     * @param model the initialized block {@code CellModelBuilder.build(network)} returned
     * @throws IllegalArgumentException when {@code model} does not have the layers of
     *     {@code network}
     */
    public static OnnxModel export(CellNetwork network, Block model) {
        requireNonNull(network, "network");
        requireNonNull(model, "model");
        OnnxGraphBuilder g = new OnnxGraphBuilder("jnas_" + network.hash());
        InputShape in = network.skeleton().input();
        g.input(INPUT, in.channels(), in.height(), in.width());
        return OnnxModel.of(network(g, network, model, INPUT), designMetadata(network));
    }

    /**
     * A design of either kind: {@link #export(Architecture, Block)} for a block list,
     * {@link #export(CellNetwork, Block)} for a cell network.
     *
     * @param model the initialized block {@code io.jnas.model.DesignModels.build(design)} returned
     */
    public static OnnxModel export(Design design, Block model) {
        return switch (design) {
            case Architecture a -> export(a, model);
            case CellNetwork n -> export(n, model);
            default -> throw new IllegalArgumentException("design must be an Architecture or a"
                    + " CellNetwork to export, but was a " + design.getClass().getSimpleName());
        };
    }

    /**
     * A design as people deploy it: the graph's input {@value #INPUT} is the image as people
     * have it, uint8 [batch, C, H, W] with pixel values 0-255, and {@code Cast}, {@code Sub},
     * {@code Div} nodes apply {@code standardization} (the trainer's) before the network. The
     * metadata is the design's (JSON and hash) plus {@code metadata} (class labels, data set,
     * training recipe: whatever the caller knows).
     *
     * @param model the initialized block {@code io.jnas.model.DesignModels.build(design)} returned
     * @throws IllegalArgumentException when the standardization's channels are not the design's
     */
    public static OnnxModel exportDeployable(Design design, Block model,
            InputStandardization standardization, Map<String, String> metadata) {
        requireNonNull(design, "design");
        requireNonNull(model, "model");
        requireNonNull(metadata, "metadata");
        InputShape in = design.input();
        if (standardization.channels() != in.channels()) {
            throw new IllegalArgumentException("standardization must have " + in.channels()
                    + " channels (the design's input " + in + "), but had "
                    + standardization.channels());
        }
        OnnxGraphBuilder g = new OnnxGraphBuilder("jnas_" + design.hash());
        g.uint8Input(INPUT, in.channels(), in.height(), in.width());
        long[] perChannel = {1, in.channels(), 1, 1};
        String x = g.node("Cast", INPUT, OnnxGraphBuilder.intAttr("to", FLOAT));
        x = g.node("Sub", new String[] {x,
            g.initializer("input_mean", standardization.rawMean(), perChannel)});
        x = g.node("Div", new String[] {x,
            g.initializer("input_std", standardization.rawStd(), perChannel)});
        GraphProto graph = switch (design) {
            case Architecture a -> network(g, a, model, x);
            case CellNetwork n -> network(g, n, model, x);
            default -> throw new IllegalArgumentException("design must be an Architecture or a"
                    + " CellNetwork to export, but was a " + design.getClass().getSimpleName());
        };
        Map<String, String> all = new java.util.HashMap<>(metadata);
        all.putAll(designMetadata(design));
        return OnnxModel.of(graph, all);
    }

    /** The design's JSON and hash, so a file says what it was written from. */
    private static Map<String, String> designMetadata(Design d) {
        return Map.of("jnas.architecture", d.toJson(), "jnas.architecture_hash", d.hash());
    }

    /**
     * One block alone, as an agent times it: input {@value #INPUT} of the block's input shape
     * ([batch, C] for the classifier), output {@value #OUTPUT}.
     *
     * @param block the initialized block {@code ModelBuilder.buildBlock(spec)} returned
     */
    public static OnnxModel exportBlock(BlockSpec spec, Block block) {
        requireNonNull(spec, "spec");
        requireNonNull(block, "block");
        OnnxGraphBuilder g = new OnnxGraphBuilder("jnas_block");
        boolean flat = spec.type() == BlockType.CLASSIFIER;
        if (flat) {
            g.input(INPUT, spec.inChannels());
        } else {
            g.input(INPUT, spec.inChannels(), spec.inHeight(), spec.inWidth());
        }
        String y = emit(g, spec, block, INPUT, spec.opKey().toString());
        g.renameLastOutput(y, OUTPUT);
        if (spec.type() == BlockType.HEAD || flat) {
            g.output(OUTPUT, spec.outChannels());
        } else {
            g.output(OUTPUT, spec.outChannels(), spec.outHeight(), spec.outWidth());
        }
        return OnnxModel.of(g.build(), Map.of("jnas.opkey", spec.opKey().toString()));
    }

    /** Appends one block's nodes after value {@code x}; returns the block's output value. */
    private static String emit(OnnxGraphBuilder g, BlockSpec b, Block djl, String x, String owner) {
        BuiltLayers layers = BuiltLayers.of(djl, owner);
        OnnxLayers on = new OnnxLayers(g);
        String y = switch (b.type()) {
            case STEM -> convBnAct(on, layers, x, b, b.inChannels(), b.outChannels(), b.kernel(),
                    b.stride(), 1);
            case MBCONV -> mbconv(on, layers, x, b);
            case HEAD -> on.poolAndFlatten(layers,
                    convBnAct(on, layers, x, b, b.inChannels(), b.outChannels(), 1, 1, 1));
            case CLASSIFIER -> on.gemm(layers, x, b.inChannels(), b.outChannels());
        };
        layers.expectEnd();
        return y;
    }

    private static String mbconv(OnnxLayers on, BuiltLayers layers, String x, BlockSpec b) {
        int mid = b.midChannels();
        String y = x;
        if (b.expand() != 1) {
            y = convBnAct(on, layers, y, b, b.inChannels(), mid, 1, 1, 1);
        }
        y = convBnAct(on, layers, y, b, mid, mid, b.kernel(), b.stride(), mid);
        if (b.se()) {
            y = on.squeezeExcite(layers, y, mid, b.seChannels());
        }
        y = on.batchNorm(layers, on.conv(layers, y, mid, b.outChannels(), 1, 1, 1), b.outChannels());
        return b.residual() ? on.add(y, x) : y;
    }

    private static String convBnAct(OnnxLayers on, BuiltLayers layers, String x, BlockSpec b,
            int in, int out, int kernel, int stride, int groups) {
        String y = on.conv(layers, x, in, out, kernel, stride, groups);
        return on.activation(layers, on.batchNorm(layers, y, out), b.activation(), out);
    }
}
