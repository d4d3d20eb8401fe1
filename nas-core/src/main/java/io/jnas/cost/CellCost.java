package io.jnas.cost;

import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellOp;
import io.jnas.cell.CellSkeleton;

/**
 * Static cost of a NAS-Bench-201 cell network at batch 1, counted as the benchmark counts it
 * (every edge's op is built, so a convolution on an edge whose input is all zeros still has its
 * weights and its work):
 *
 * <ul>
 *   <li>params: convolution weights (no biases), BatchNorm scale and shift, classifier weights
 *       and biases;</li>
 *   <li>MACs: convolutions and the classifier (NAS-Bench-201's {@code flop} figure is this plus
 *       the classifier's bias adds, in millions);</li>
 *   <li>peak activation memory: the largest of the stem (input and output), a cell (its input,
 *       nodes 1 and 2, the output being summed, and one edge's output: 5 tensors of the stage's
 *       shape) and a reduction block (its input, and the two branch tensors and the shortcut at
 *       the reduced shape).</li>
 * </ul>
 *
 * <pre>{@code StaticCost c = CellCost.of(network);}</pre>
 */
public final class CellCost {

    private CellCost() {
    }

    public static StaticCost of(CellNetwork network) {
        CellSkeleton k = network.skeleton();
        Cell cell = network.cell();
        int in = k.input().channels();
        int c0 = k.channels().get(0);
        long hw0 = (long) k.height(0) * k.width(0);
        long params = 9L * in * c0 + 2L * c0;
        long macs = 9L * in * c0 * hw0;
        long peak = (in + c0) * hw0;
        for (int s = 0; s < k.stages(); s++) {
            long c = k.channels().get(s);
            long hw = (long) k.height(s) * k.width(s);
            if (s > 0) {
                long cin = k.channels().get(s - 1);
                long hwIn = (long) k.height(s - 1) * k.width(s - 1);
                params += 9 * cin * c + 2 * c + 9 * c * c + 2 * c + cin * c;
                macs += (9 * cin * c + 9 * c * c + cin * c) * hw;
                peak = Math.max(peak, cin * hwIn + 3 * c * hw);
            }
            long cellParams = 0;
            long cellMacs = 0;
            for (CellOp op : cell.edges()) {
                int kk = op.convKernel() * op.convKernel();
                if (kk > 0) {
                    cellParams += kk * c * c + 2 * c;
                    cellMacs += kk * c * c * hw;
                }
            }
            params += k.cellsPerStage() * cellParams;
            macs += k.cellsPerStage() * cellMacs;
            peak = Math.max(peak, 5 * c * hw);
        }
        long last = k.channels().get(k.stages() - 1);
        params += 2 * last + last * k.classes() + k.classes();
        macs += last * k.classes();
        return new StaticCost(params, macs, peak * Float.BYTES);
    }
}
