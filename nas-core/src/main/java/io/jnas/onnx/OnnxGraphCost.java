package io.jnas.onnx;

import io.jnas.onnx.proto.AttributeProto;
import io.jnas.onnx.proto.GraphProto;
import io.jnas.onnx.proto.NodeProto;
import io.jnas.onnx.proto.TensorProto;
import io.jnas.onnx.proto.TensorShapeProto;
import io.jnas.onnx.proto.ValueInfoProto;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parameters and multiply-accumulates of an ONNX graph at batch 1, counted from the graph alone:
 * shapes are propagated from the input and the initializers through every node, the way an ONNX
 * tool would, so the figures check {@code io.jnas.cost.StaticCost} rather than repeat it.
 *
 * <p>Parameters are the weight inputs of Conv, Gemm and PRelu and the scale and bias of
 * BatchNormalization; running statistics and constants (Clip bounds, the 0.5 of Gelu) are not.
 * MACs are those of Conv (one pass over the weights per output pixel) and Gemm (one pass over
 * the weights), as in StaticCost and CellCost; pooling, adds, BatchNorm and activations cost none
 * there and none here. A node this class does not know is an error, not a zero.
 *
 * @param params trainable parameters
 * @param macs multiply-accumulates at batch 1
 */
record OnnxGraphCost(long params, long macs) {

    private static final Set<String> SAME_SHAPE = Set.of("Relu", "Clip", "HardSwish", "Sigmoid",
            "Tanh", "Softplus", "Erf", "LeakyRelu", "PRelu", "BatchNormalization", "Cast");
    private static final Set<String> BROADCAST = Set.of("Add", "Sub", "Mul", "Div");

    static OnnxGraphCost of(GraphProto graph) {
        Map<String, long[]> shapes = new HashMap<>();
        // the values of Shape nodes' outputs: the shape a ConstantOfShape then takes
        Map<String, long[]> shapeValues = new HashMap<>();
        for (TensorProto t : graph.getInitializerList()) {
            shapes.put(t.getName(), t.getDimsList().stream().mapToLong(Long::longValue).toArray());
        }
        for (ValueInfoProto in : graph.getInputList()) {
            shapes.put(in.getName(), batchOne(in));
        }
        long params = 0;
        long macs = 0;
        for (NodeProto n : graph.getNodeList()) {
            long[] x = shape(shapes, n.getInput(0));
            long[] y;
            switch (n.getOpType()) {
                case "Conv" -> {
                    long[] w = shape(shapes, n.getInput(1));
                    y = convOutput(n, x, w);
                    params += size(w)
                            + (n.getInputCount() > 2 ? size(shape(shapes, n.getInput(2))) : 0);
                    macs += y[2] * y[3] * size(w);
                }
                case "Gemm" -> {
                    long[] w = shape(shapes, n.getInput(1));
                    y = new long[] {x[0], w[0]};
                    params += size(w) + size(shape(shapes, n.getInput(2)));
                    macs += size(w);
                }
                case "GlobalAveragePool" -> y = new long[] {x[0], x[1], 1, 1};
                case "AveragePool" -> y = poolOutput(n, x);
                case "Shape" -> {
                    y = new long[] {x.length};
                    shapeValues.put(n.getOutput(0), x);
                }
                case "ConstantOfShape" -> {
                    y = shapeValues.get(n.getInput(0));
                    if (y == null) {
                        throw new IllegalStateException("node " + n.getName() + " takes its"
                                + " shape from " + n.getInput(0) + ", which no Shape node made");
                    }
                }
                case "Flatten" -> y = new long[] {x[0], size(x) / x[0]};
                default -> {
                    if (BROADCAST.contains(n.getOpType())) {
                        y = broadcast(x, shape(shapes, n.getInput(1)));
                    } else if (SAME_SHAPE.contains(n.getOpType())) {
                        y = x;
                        if (n.getOpType().equals("PRelu")) {
                            params += size(shape(shapes, n.getInput(1)));
                        } else if (n.getOpType().equals("BatchNormalization")) {
                            params += size(shape(shapes, n.getInput(1)))
                                    + size(shape(shapes, n.getInput(2)));
                        }
                    } else {
                        throw new IllegalStateException("node " + n.getName() + " has op type "
                                + n.getOpType() + ", which the cost count does not know");
                    }
                }
            }
            shapes.put(n.getOutput(0), y);
        }
        return new OnnxGraphCost(params, macs);
    }

    private static long[] batchOne(ValueInfoProto v) {
        return v.getType().getTensorType().getShape().getDimList().stream()
                .mapToLong(d -> d.getValueCase() == TensorShapeProto.Dimension.ValueCase.DIM_VALUE
                        ? d.getDimValue() : 1)
                .toArray();
    }

    private static long[] shape(Map<String, long[]> shapes, String value) {
        long[] s = shapes.get(value);
        if (s == null) {
            throw new IllegalStateException("value " + value + " is used before it is defined");
        }
        return s;
    }

    private static long[] convOutput(NodeProto n, long[] x, long[] w) {
        return windowOutput(n, x, w[0], new long[] {w[2], w[3]});
    }

    private static long[] poolOutput(NodeProto n, long[] x) {
        return windowOutput(n, x, x[1], ints(n, "kernel_shape", 1));
    }

    /** A sliding window in floor mode: (size + pads - kernel) / stride + 1 per spatial axis. */
    private static long[] windowOutput(NodeProto n, long[] x, long channels, long[] kernel) {
        long[] strides = ints(n, "strides", 1);
        long[] pads = ints(n, "pads", 0);
        long[] out = {x[0], channels, 0, 0};
        for (int i = 0; i < 2; i++) {
            out[2 + i] = (x[2 + i] + pads[i] + pads[i + 2] - kernel[i]) / strides[i] + 1;
        }
        return out;
    }

    /** An INTS attribute, or {@code fallback} for each of 4 entries when absent. */
    private static long[] ints(NodeProto n, String name, long fallback) {
        return n.getAttributeList().stream().filter(a -> a.getName().equals(name))
                .map(AttributeProto::getIntsList)
                .map(l -> l.stream().mapToLong(Long::longValue).toArray())
                .findFirst().orElse(new long[] {fallback, fallback, fallback, fallback});
    }

    /** Numpy-style broadcast of two shapes. */
    private static long[] broadcast(long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 0; i < rank; i++) {
            long da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            long db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalStateException("shapes " + Arrays.toString(a) + " and "
                        + Arrays.toString(b) + " do not broadcast");
            }
            out[i] = Math.max(da, db);
        }
        return out;
    }

    private static long size(long[] shape) {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }
}
