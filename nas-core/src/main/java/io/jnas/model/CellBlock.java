package io.jnas.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.jnas.cell.Cell;
import io.jnas.cell.CellOp;

/**
 * One NAS-Bench-201 cell at a fixed width: node 0 is the input, node {@code j} the sum over
 * {@code i < j} of {@code op(i -> j)(node i)}, the output node 3. A {@code none} edge adds
 * nothing (a node whose edges are all {@code none} is zeros); {@code skip_connect} adds its input
 * as is; the other ops are child blocks, built for every edge as the benchmark builds them.
 */
public final class CellBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private final Cell cell;
    private final Block[] edges = new Block[Cell.EDGES];

    /** The cell's blocks at {@code channels} in and out. */
    public CellBlock(Cell cell, int channels) {
        super(VERSION);
        this.cell = cell;
        for (int j = 1; j < Cell.NODES; j++) {
            for (int i = 0; i < j; i++) {
                int e = Cell.edgeIndex(j, i);
                Block b = edge(cell.edges().get(e), channels);
                if (b != null) {
                    edges[e] = addChildBlock("edge" + i + "to" + j, b);
                }
            }
        }
    }

    /** The block of one op; null for none and skip_connect, which need none. */
    private static Block edge(CellOp op, int channels) {
        return switch (op) {
            case NONE, SKIP_CONNECT -> null;
            case NOR_CONV_1X1, NOR_CONV_3X3 -> reluConvBn(channels, op.convKernel(), 1);
            case AVG_POOL_3X3 -> new LambdaBlock(list -> new NDList(
                    avgPoolExcludingPadding(list.singletonOrThrow())), "avg_pool_3x3");
        };
    }

    /**
     * NAS-Bench-201's 3x3 average pooling (stride 1, padding 1, {@code count_include_pad=False}):
     * each window's sum over the cells inside the input. DJL 0.35.1 on PyTorch ignores
     * {@code countIncludePad=false} and always divides by 9, so the pooled map is divided by the
     * share of each window that lies inside the input (the same pooling of a map of ones).
     */
    static NDArray avgPoolExcludingPadding(NDArray x) {
        Shape k = new Shape(3, 3);
        Shape one = new Shape(1, 1);
        NDArray pooled = Pool.avgPool2d(x, k, one, one, false, true);
        Shape plane = new Shape(1, 1, x.getShape().get(2), x.getShape().get(3));
        NDArray share = Pool.avgPool2d(x.getManager().ones(plane, x.getDataType()), k, one, one,
                false, true);
        return pooled.div(share);
    }

    /** NAS-Bench-201's ReLU-Conv-BN (no conv bias; padding keeps the size at stride 1). */
    static SequentialBlock reluConvBn(int filters, int kernel, int stride) {
        SequentialBlock s = new SequentialBlock();
        s.add(Activation.reluBlock());
        s.add(ModelBuilder.conv(filters, kernel, stride, 1));
        s.add(BatchNorm.builder().build());
        return s;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray[] node = new NDArray[Cell.NODES];
        node[0] = inputs.singletonOrThrow();
        for (int j = 1; j < Cell.NODES; j++) {
            NDArray sum = null;
            for (int i = 0; i < j; i++) {
                int e = Cell.edgeIndex(j, i);
                CellOp op = cell.edges().get(e);
                if (op == CellOp.NONE) {
                    continue;
                }
                NDArray out = op == CellOp.SKIP_CONNECT ? node[i]
                        : edges[e].forward(ps, new NDList(node[i]), training, params)
                                .singletonOrThrow();
                sum = sum == null ? out : sum.add(out);
            }
            node[j] = sum == null ? node[0].zerosLike() : sum;
        }
        return new NDList(node[Cell.NODES - 1]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        for (Block b : edges) {
            if (b != null) {
                b.initialize(manager, dataType, inputShapes);
            }
        }
    }

    public Cell cell() {
        return cell;
    }

    /**
     * The block of the edge {@code from -> to} (ReLU-Conv-BN, or the average pooling), for
     * readers of the weights such as the ONNX writer; null for {@code none} and
     * {@code skip_connect}, which have none.
     */
    public Block edgeBlock(int to, int from) {
        return edges[Cell.edgeIndex(to, from)];
    }
}
