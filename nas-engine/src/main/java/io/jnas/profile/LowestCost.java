package io.jnas.profile;

import io.jnas.arch.Activation;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.BlockType;
import io.jnas.cell.Cell;
import io.jnas.codec.CellCodec;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SpaceCodec;
import io.jnas.cost.BlockCost;
import io.jnas.space.SearchSpace;
import io.jnas.space.StageSpace;
import java.util.HashMap;
import java.util.Map;

/**
 * The exact lowest value of one cost metric over every subnet of a space, without enumerating
 * them: a dynamic programme over stages whose state is the channel count leaving a stage.
 *
 * <p>Why not just the minimal subnet: its first-listed activation may be PReLU (extra
 * parameters), and a residual add held by a narrow stage can make it use more peak memory than a
 * wider one. A constraint is satisfiable exactly when this lowest value is within its limit.
 *
 * <pre>{@code long fewestFlops = LowestCost.of(space, CostMetric.FLOPS);}</pre>
 */
public final class LowestCost {

    private LowestCost() {
    }

    /**
     * The lowest value of {@code metric} over every design of a search codec's space: the
     * dynamic programme for block-list spaces, every cell for cell spaces (NAS-Bench-201 has
     * 15,625, costed in milliseconds).
     */
    public static long of(SearchCodec<?> codec, CostMetric metric) {
        if (codec instanceof SpaceCodec blocks) {
            return of(blocks.space(), metric);
        }
        if (codec instanceof CellCodec cells) {
            long lowest = Long.MAX_VALUE;
            for (Cell c : cells.space().cells()) {
                lowest = Math.min(lowest, metric.of(cells.cost(cells.space().network(c))));
            }
            return lowest;
        }
        throw new IllegalArgumentException("no lowest cost for a space of kind " + codec);
    }

    /** The lowest value of {@code metric} that any subnet of {@code space} has. */
    public static long of(SearchSpace space, CostMetric metric) {
        var in = space.input();
        var stem = space.stem();
        BlockSpec stemBlock = new BlockSpec(BlockType.STEM, -1, in.channels(), stem.channels(),
                stem.kernel(), stem.stride(), 1, stem.activation(), false, in.height(), in.width());
        Map<Integer, Long> best = Map.of(stem.channels(), cost(stemBlock, metric));
        int h = stemBlock.outHeight();
        int w = stemBlock.outWidth();
        for (int i = 0; i < space.stages().size(); i++) {
            StageSpace s = space.stages().get(i);
            int oh = (h - 1) / s.stride() + 1;
            int ow = (w - 1) / s.stride() + 1;
            Map<Integer, Long> next = new HashMap<>();
            for (var entry : best.entrySet()) {
                for (int out : s.channels()) {
                    for (boolean se : s.se()) {
                        long first = cheapestBlock(s, i, entry.getKey(), out, s.stride(), se, h, w,
                                metric);
                        long rest = cheapestBlock(s, i, out, out, 1, se, oh, ow, metric);
                        for (int depth : s.depth()) {
                            long stage = first;
                            for (int j = 1; j < depth; j++) {
                                stage = metric.combine(stage, rest);
                            }
                            next.merge(out, metric.combine(entry.getValue(), stage), Math::min);
                        }
                    }
                }
            }
            best = next;
            h = oh;
            w = ow;
        }
        long lowest = Long.MAX_VALUE;
        for (var entry : best.entrySet()) {
            BlockSpec head = new BlockSpec(BlockType.HEAD, space.stages().size(), entry.getKey(),
                    space.head().channels(), 1, 1, 1, space.head().activation(), false, h, w);
            BlockSpec fc = new BlockSpec(BlockType.CLASSIFIER, space.stages().size(),
                    space.head().channels(), space.classes(), 1, 1, 1, null, false, 1, 1);
            long total = metric.combine(entry.getValue(),
                    metric.combine(cost(head, metric), cost(fc, metric)));
            lowest = Math.min(lowest, total);
        }
        return lowest;
    }

    /** Cheapest kernel, expansion and activation for one block of a stage at a fixed shape. */
    private static long cheapestBlock(StageSpace s, int stage, int inC, int outC, int stride,
            boolean se, int h, int w, CostMetric metric) {
        long min = Long.MAX_VALUE;
        for (int k : s.kernel()) {
            for (int e : s.expand()) {
                for (Activation a : s.activation()) {
                    BlockSpec b = new BlockSpec(BlockType.MBCONV, stage, inC, outC, k, stride, e, a,
                            se, h, w);
                    min = Math.min(min, cost(b, metric));
                }
            }
        }
        return min;
    }

    private static long cost(BlockSpec b, CostMetric metric) {
        return metric.of(BlockCost.of(b));
    }
}
