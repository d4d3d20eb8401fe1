package io.jnas.onnx;

import ai.djl.nn.Block;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellOp;
import io.jnas.cell.CellSkeleton;
import io.jnas.model.CellBlock;
import io.jnas.model.ResidualReductionBlock;

/**
 * The nodes of a NAS-Bench-201 cell network, laid out as {@code io.jnas.model.CellModelBuilder}
 * builds it: stem (Conv3x3-BN), per stage N cells with a residual reduction block between
 * stages, then BN-ReLU, global average pooling, Flatten and Gemm.
 *
 * <p>A cell is written node by node: node {@code j} is the sum of its incoming edges in edge
 * order, as {@link CellBlock} adds them. {@code nor_conv} is Relu-Conv-BatchNormalization;
 * {@code avg_pool_3x3} is AveragePool 3x3, stride 1, pads 1 with {@code count_include_pad=0},
 * the benchmark's pooling, which CellBlock computes itself (DJL 0.35.1 ignores its own
 * {@code countIncludePad=false}; {@code CellModelBuilderTest} pins the result).
 * {@code skip_connect} uses the node's value as is;
 * {@code none} writes nothing. A node whose edges are all {@code none} is zeros of its input's
 * shape: ConstantOfShape(Shape(input)), which is exact whatever the input holds (a Mul by 0
 * would turn an infinite input into NaN, where DJL's {@code zerosLike} gives 0).
 */
final class CellGraph {

    private static final String BUILDER = "CellModelBuilder";

    private final OnnxGraphBuilder g;
    private final OnnxLayers on;

    private CellGraph(OnnxGraphBuilder g) {
        this.g = g;
        this.on = new OnnxLayers(g);
    }

    /** Appends the whole network after value {@code input}; returns the logits' value name. */
    static String emit(OnnxGraphBuilder g, CellNetwork n, Block model, String input) {
        return new CellGraph(g).network(n, model, input);
    }

    private String network(CellNetwork n, Block model, String input) {
        CellSkeleton k = n.skeleton();
        BuiltLayers layers = BuiltLayers.of(model, "cell network " + n.cell(), BUILDER);
        int c0 = k.channels().get(0);
        String x = on.batchNorm(layers, on.conv(layers, input, k.input().channels(),
                c0, 3, 1, 1), c0);
        for (int s = 0; s < k.stages(); s++) {
            int c = k.channels().get(s);
            if (s > 0) {
                x = reduction(layers.take(ResidualReductionBlock.class), x,
                        k.channels().get(s - 1), c, "stage " + s + " reduction");
            }
            for (int i = 0; i < k.cellsPerStage(); i++) {
                x = cell(layers.take(CellBlock.class), n.cell(), x, c,
                        "stage " + s + " cell " + i);
            }
        }
        int last = k.channels().get(k.stages() - 1);
        x = on.relu(layers, on.batchNorm(layers, x, last));
        x = on.gemm(layers, on.poolAndFlatten(layers, x), last, k.classes());
        layers.expectEnd();
        return x;
    }

    private String cell(CellBlock block, Cell cell, String x, int channels, String owner) {
        if (!block.cell().equals(cell)) {
            throw new IllegalArgumentException("model for " + owner + " must be built for cell "
                    + cell + ", but was built for " + block.cell());
        }
        String[] node = new String[Cell.NODES];
        node[0] = x;
        for (int j = 1; j < Cell.NODES; j++) {
            String sum = null;
            for (int i = 0; i < j; i++) {
                String out = edge(block, cell.op(j, i), j, i, node[i], channels,
                        owner + " edge " + i + "->" + j);
                if (out != null) {
                    sum = sum == null ? out : on.add(sum, out);
                }
            }
            node[j] = sum != null ? sum : g.node("ConstantOfShape", g.node("Shape", x));
        }
        return node[Cell.NODES - 1];
    }

    /** The value one edge adds to its node, or null for {@code none}. */
    private String edge(CellBlock block, CellOp op, int to, int from, String x, int channels,
            String owner) {
        if (op == CellOp.NONE || op == CellOp.SKIP_CONNECT) {
            return op == CellOp.NONE ? null : x;
        }
        Block b = block.edgeBlock(to, from);
        if (b == null) {
            throw new IllegalArgumentException("model for " + owner + " must have a block for "
                    + op + ", but has none");
        }
        BuiltLayers layers = BuiltLayers.of(b, owner + " (" + op + ")", BUILDER);
        String y = op == CellOp.AVG_POOL_3X3
                ? on.avgPool(layers, x, 3, 1, 1, false)
                : on.batchNorm(layers, on.conv(layers, on.relu(layers, x), channels, channels,
                        op.convKernel(), 1, 1), channels);
        layers.expectEnd();
        return y;
    }

    /** ReLU-Conv3x3/2-BN, ReLU-Conv3x3-BN, plus AvgPool2x2/2 then Conv1x1 on the shortcut. */
    private String reduction(ResidualReductionBlock block, String x, int in, int out,
            String owner) {
        BuiltLayers branch = BuiltLayers.of(block.branch(), owner + " branch", BUILDER);
        String y = on.batchNorm(branch, on.conv(branch, on.relu(branch, x), in, out, 3, 2, 1),
                out);
        y = on.batchNorm(branch, on.conv(branch, on.relu(branch, y), out, out, 3, 1, 1), out);
        branch.expectEnd();
        BuiltLayers shortcut = BuiltLayers.of(block.shortcut(), owner + " shortcut", BUILDER);
        String s = on.conv(shortcut, on.avgPool(shortcut, x, 2, 2, 0, true), in, out, 1, 1, 1);
        shortcut.expectEnd();
        return on.add(y, s);
    }
}
