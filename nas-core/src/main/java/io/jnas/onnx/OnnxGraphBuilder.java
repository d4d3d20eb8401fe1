package io.jnas.onnx;

import com.google.protobuf.ByteString;
import io.jnas.onnx.proto.AttributeProto;
import io.jnas.onnx.proto.GraphProto;
import io.jnas.onnx.proto.NodeProto;
import io.jnas.onnx.proto.TensorProto;
import io.jnas.onnx.proto.TensorShapeProto;
import io.jnas.onnx.proto.TypeProto;
import io.jnas.onnx.proto.ValueInfoProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Appends nodes and float initializers to one ONNX graph, naming every value uniquely. Holds no
 * knowledge of blocks or DJL: {@link OnnxLayers} and {@link OnnxExporter} say what to add.
 */
final class OnnxGraphBuilder {

    /** Symbolic name of the batch dimension of the graph's input and output. */
    static final String BATCH = "batch";

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private int values;

    OnnxGraphBuilder(String name) {
        graph.setName(name);
    }

    /** A fresh value name that starts with {@code prefix}. */
    String fresh(String prefix) {
        return prefix + "_" + values++;
    }

    /** A float initializer of the given shape; returns its name. */
    String initializer(String prefix, float[] data, long... dims) {
        long n = Arrays.stream(dims).reduce(1, Math::multiplyExact);
        if (n != data.length) {
            throw new IllegalArgumentException("initializer " + prefix + " must hold " + n
                    + " values for shape " + Arrays.toString(dims) + ", but held " + data.length);
        }
        ByteBuffer raw = ByteBuffer.allocate(data.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(data);
        String name = fresh(prefix);
        TensorProto.Builder t = TensorProto.newBuilder().setName(name)
                .setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(ByteString.copyFrom(raw.array()));
        Arrays.stream(dims).forEach(t::addDims);
        graph.addInitializer(t);
        return name;
    }

    /** A scalar float initializer (Clip bounds and the like). */
    String scalar(String prefix, float value) {
        return initializer(prefix, new float[] {value});
    }

    /**
     * Adds a node with one output and returns the output's name.
     *
     * @param attributes built with {@link #ints}, {@link #intAttr} and {@link #floatAttr}
     */
    String node(String opType, String[] inputs, AttributeProto... attributes) {
        String out = fresh(opType.toLowerCase(java.util.Locale.ROOT));
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(opType)
                .setName("n" + graph.getNodeCount());
        Arrays.stream(inputs).forEach(n::addInput);
        n.addOutput(out);
        Arrays.stream(attributes).forEach(n::addAttribute);
        graph.addNode(n);
        return out;
    }

    String node(String opType, String input, AttributeProto... attributes) {
        return node(opType, new String[] {input}, attributes);
    }

    /** Renames the value {@code from} (the output of the last node) to {@code to}. */
    void renameLastOutput(String from, String to) {
        NodeProto.Builder last = graph.getNodeBuilder(graph.getNodeCount() - 1);
        if (!last.getOutput(0).equals(from)) {
            throw new IllegalStateException("the last node's output must be " + from + ", but was "
                    + last.getOutput(0));
        }
        last.setOutput(0, to);
    }

    /** Declares a float graph input or output of shape [batch, dims...]. */
    void input(String name, long... dims) {
        graph.addInput(valueInfo(name, TensorProto.DataType.FLOAT_VALUE, dims));
    }

    /** Declares a uint8 graph input of shape [batch, dims...] (raw pixels). */
    void uint8Input(String name, long... dims) {
        graph.addInput(valueInfo(name, TensorProto.DataType.UINT8_VALUE, dims));
    }

    void output(String name, long... dims) {
        graph.addOutput(valueInfo(name, TensorProto.DataType.FLOAT_VALUE, dims));
    }

    private static ValueInfoProto valueInfo(String name, int elemType, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH));
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder()
                        .setElemType(elemType).setShape(shape))).build();
    }

    static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.INTS);
        Arrays.stream(values).forEach(a::addInts);
        return a.build();
    }

    static AttributeProto intAttr(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT)
                .setI(value).build();
    }

    static AttributeProto floatAttr(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT)
                .setF(value).build();
    }

    GraphProto build() {
        return graph.build();
    }
}
