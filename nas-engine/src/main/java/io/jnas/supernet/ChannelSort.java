package io.jnas.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Once-for-all's channel sorting: a block's expansion channels are reordered by importance, the
 * L1 norm of the projection weights that read them, so the leading channels a narrower subnet
 * keeps are the ones the trained network relies on most; the squeeze-excite hidden channels
 * likewise by the L1 norm of the SE expansion weights that read them. Every weight touching a
 * channel moves with it, so the largest subnet computes the same function before and after.
 * Blocks whose stage allows expansion ratio 1 keep their order (their channels are the input's).
 *
 * <pre>{@code
 * ChannelSort.byImportance(supernet);   // between training the largest alone and shrinking
 * }</pre>
 */
final class ChannelSort {

    private ChannelSort() {
    }

    /** Sorts the channels of every sortable block in place, most important first. */
    static void byImportance(Supernet net) {
        for (Supernet.ElasticBlock b : net.blocks()) {
            if (!b.midSortable()) {
                continue;
            }
            int[] mid = descending(columnNorms(b.project().getArray()));
            permute(b.expand(), 0, mid);
            permute(b.expandNorm()[0], 0, mid);
            permute(b.expandNorm()[1], 0, mid);
            permute(b.depthwise(), 0, mid);
            permute(b.depthwiseNorm()[0], 0, mid);
            permute(b.depthwiseNorm()[1], 0, mid);
            permute(b.project(), 1, mid);
            if (b.seReduce() != null) {
                permute(b.seReduce(), 1, mid);
                permute(b.seExpand(), 0, mid);
                permute(b.seExpandBias(), 0, mid);
                int[] hidden = descending(columnNorms(b.seExpand().getArray()));
                permute(b.seReduce(), 0, hidden);
                permute(b.seReduceBias(), 0, hidden);
                permute(b.seExpand(), 1, hidden);
            }
        }
    }

    /** Sum of |w| over all but the second dimension of a (out, in, ...) weight, per input. */
    static double[] columnNorms(NDArray w) {
        long[] shape = w.getShape().getShape();
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        int inner = (int) (w.size() / rows / cols);
        float[] v = w.toFloatArray();
        double[] out = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                for (int k = 0; k < inner; k++) {
                    out[c] += Math.abs(v[(r * cols + c) * inner + k]);
                }
            }
        }
        return out;
    }

    private static int[] descending(double[] importance) {
        return IntStream.range(0, importance.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -importance[i])
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Entry i along {@code dim} becomes the old entry {@code order[i]}; in place. */
    private static void permute(Parameter p, int dim, int[] order) {
        NDArray a = p.getArray();
        long[] shape = a.getShape().getShape();
        int outer = 1;
        for (int d = 0; d < dim; d++) {
            outer *= (int) shape[d];
        }
        int n = (int) shape[dim];
        int inner = (int) (a.size() / outer / n);
        float[] v = a.toFloatArray();
        float[] out = new float[v.length];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(v, (o * n + order[i]) * inner, out, (o * n + i) * inner, inner);
            }
        }
        a.set(out);
    }
}
