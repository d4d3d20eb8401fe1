package io.jnas.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnas.cost.CellCost;
import io.jnas.cost.StaticCost;
import org.junit.jupiter.api.Test;

/**
 * The static cost against NAS-Bench-201's published figures for CIFAR-10 (file
 * NAS-Bench-201-v1_1-096897, split cifar10-valid, as tabulated by users of the benchmark, e.g.
 * EvoXBench's NB201 normalisation bounds): params from 0.073306 M to 1.531546 M, FLOPs from
 * 7.78305 M to 220.11969 M; and one architecture quoted in NATS-Bench issue #36
 * (https://github.com/D-X-Y/NATS-Bench/issues/36), params 0.802426 M and FLOPs 113.95137 M. The
 * benchmark's "flop" is multiply-accumulates plus the classifier's 10 bias adds.
 */
class CellCostTest {

    private static StaticCost cost(Cell c) {
        return CellCost.of(new CellNetwork(c, CellSkeleton.NAS_BENCH_201_CIFAR10));
    }

    @Test
    void theSmallestAndLargestCellsMatchTheBenchmarksRange() {
        StaticCost none = cost(Cell.uniform(CellOp.NONE));
        StaticCost conv = cost(Cell.uniform(CellOp.NOR_CONV_3X3));
        assertEquals(73_306, none.params());
        assertEquals(1_531_546, conv.params());
        assertEquals(7_783_050 - 10, none.macs());
        assertEquals(220_119_690 - 10, conv.macs());
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Cell c : Cell.all()) {
            long p = cost(c).params();
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        assertEquals(73_306, min);
        assertEquals(1_531_546, max);
    }

    @Test
    void aQuotedArchitectureMatchesExactly() {
        StaticCost c = cost(Cell.parse("|skip_connect~0|+|none~0|nor_conv_3x3~1|+"
                + "|avg_pool_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|"));
        assertEquals(802_426, c.params());
        assertEquals(113_951_370 - 10, c.macs());
    }

    @Test
    void peakMemoryIsTheFirstStagesCell() {
        // 5 tensors of 16 x 32 x 32 floats; the stem (3 + 16 channels) and reductions are smaller
        assertEquals(5L * 16 * 32 * 32 * 4, cost(Cell.uniform(CellOp.NONE)).peakActivationBytes());
    }
}
