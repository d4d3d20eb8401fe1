package io.jnas.cell;

import java.util.Arrays;
import java.util.List;

/**
 * The operation on one edge of a NAS-Bench-201 cell (Dong and Yang, ICLR 2020), in the
 * benchmark's order and spelling. The order is the gene value of the codec and the ops' order in
 * every table we write.
 */
public enum CellOp {
    /** Zeros: the edge is absent. */
    NONE("none"),
    /** Identity. */
    SKIP_CONNECT("skip_connect"),
    /** ReLU, 1x1 convolution, BatchNorm. */
    NOR_CONV_1X1("nor_conv_1x1"),
    /** ReLU, 3x3 convolution (padding 1), BatchNorm. */
    NOR_CONV_3X3("nor_conv_3x3"),
    /** 3x3 average pooling, stride 1, padding 1, padded cells not counted. */
    AVG_POOL_3X3("avg_pool_3x3");

    private final String id;

    CellOp(String id) {
        this.id = id;
    }

    /** The benchmark's name, e.g. {@code nor_conv_3x3}. */
    public String id() {
        return id;
    }

    /** Kernel size of a convolution op; 0 for ops without weights. */
    public int convKernel() {
        return switch (this) {
            case NOR_CONV_1X1 -> 1;
            case NOR_CONV_3X3 -> 3;
            default -> 0;
        };
    }

    /** Every op's name, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(CellOp::id).toList();
    }

    /**
     * The op with a benchmark name.
     *
     * @throws IllegalArgumentException naming the known ops
     */
    public static CellOp of(String id) {
        for (CellOp op : values()) {
            if (op.id.equals(id)) {
                return op;
            }
        }
        throw new IllegalArgumentException("op must be one of " + String.join(", ", ids())
                + ", but was '" + id + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
