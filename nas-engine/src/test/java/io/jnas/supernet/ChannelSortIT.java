package io.jnas.supernet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import io.jnas.accuracy.SeededInit;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sorting moves every weight with its channel: the largest subnet (every channel in use) gives
 * the same logits before and after, and each sorted block's channels come most important first.
 */
class ChannelSortIT {

    @BeforeAll
    static void load() {
        SupernetSliceIT.load();
    }

    @Test
    void theLargestSubnetIsUnchangedAndImportanceDescends() {
        try (NDManager m = NDManager.newBaseManager()) {
            Supernet net = new Supernet(SupernetSliceIT.space);
            SeededInit.withSeed(11, () -> net.initialize(m, DataType.FLOAT32,
                    new Shape(1, 1, 28, 28)));
            SupernetSliceIT.randomizeAffine(net, m);
            NDArray x = SupernetSliceIT.batch(m, 0, 32);
            NDArray calib = SupernetSliceIT.batch(m, 32, 96);
            List<SubnetChoice> largest = List.of(Sandwich.largest(SupernetSliceIT.space),
                    Sandwich.of(SupernetSliceIT.space, 0, 3, 0).get(0));
            List<float[]> before = new ArrayList<>();
            for (SubnetChoice c : largest) {
                before.add(logits(net, c, x, calib));
            }
            ChannelSort.byImportance(net);
            int sorted = 0;
            for (Supernet.ElasticBlock b : net.blocks()) {
                if (!b.midSortable()) {
                    continue;
                }
                sorted++;
                descends(ChannelSort.columnNorms(b.project().getArray()), "project");
                descends(ChannelSort.columnNorms(b.seExpand().getArray()), "se.expand");
            }
            assertTrue(sorted >= 6, "blocks of stages without expansion 1: " + sorted);
            for (int i = 0; i < largest.size(); i++) {
                float[] after = logits(net, largest.get(i), x, calib);
                float scale = 0;
                float diff = 0;
                for (int j = 0; j < after.length; j++) {
                    scale = Math.max(scale, Math.abs(before.get(i)[j]));
                    diff = Math.max(diff, Math.abs(before.get(i)[j] - after[j]));
                }
                assertTrue(diff <= SupernetSliceIT.TOLERANCE * scale, ChoiceText.format(
                        largest.get(i)) + ": max |diff| " + diff + " of logits up to " + scale);
            }
        }
    }

    private static float[] logits(Supernet net, SubnetChoice c, NDArray x, NDArray calib) {
        SubnetSlice slice = net.slice(c, Parameter::getArray);
        BnStats stats = new BnStats();
        slice.calibrate(calib, stats);
        stats.finish();
        return slice.infer(x, stats).toFloatArray();
    }

    private static void descends(double[] v, String what) {
        for (int i = 1; i < v.length; i++) {
            assertTrue(v[i] <= v[i - 1], what + " importance " + v[i] + " after " + v[i - 1]);
        }
    }
}
