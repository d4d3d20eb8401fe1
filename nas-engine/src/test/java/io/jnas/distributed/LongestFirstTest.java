package io.jnas.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Activation;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.Design;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SearchCodecs;
import io.jnas.cost.StaticCost;
import io.jnas.search.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongestFirstTest {

    private static List<Design> randomBatch(String space, int n, long seed) {
        SearchCodec<?> codec = SearchCodecs.load(Spaces.file(space));
        SplittableRandom rng = new SplittableRandom(seed);
        List<Design> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(codec.decode(codec.random(rng)));
        }
        return out;
    }

    private static long macs(Design d) {
        return StaticCost.of((Architecture) d).macs();
    }

    @Test
    void blockListsGoMostMultiplyAccumulatesFirstAndKeepEveryDesign() {
        List<Design> batch = randomBatch("mnist-small", 32, 11);
        List<Design> ordered = LongestFirst.order(batch);
        assertEquals(batch.size(), ordered.size());
        assertTrue(ordered.containsAll(batch));
        for (int i = 1; i < ordered.size(); i++) {
            assertTrue(macs(ordered.get(i - 1)) >= macs(ordered.get(i)),
                    "position " + i + ": " + macs(ordered.get(i - 1)) + " before "
                            + macs(ordered.get(i)));
        }
        assertNotEquals(batch, ordered, "a random batch of 32 is not already sorted");
        assertEquals(randomBatch("mnist-small", 32, 11).get(0), batch.get(0),
                "the proposal list itself is left as it was");
    }

    @Test
    void equalCostsKeepTheirProposalOrder() {
        Architecture a = (Architecture) randomBatch("mnist-small", 1, 3).get(0);
        // the same network with another activation in its first block: other design, same MACs
        List<BlockSpec> blocks = new ArrayList<>(a.blocks());
        BlockSpec f = blocks.get(0);
        Activation other = f.activation() == Activation.values()[0] ? Activation.values()[1]
                : Activation.values()[0];
        blocks.set(0, new BlockSpec(f.type(), f.stage(), f.inChannels(), f.outChannels(),
                f.kernel(), f.stride(), f.expand(), other, f.se(), f.inHeight(), f.inWidth()));
        Architecture twin = new Architecture(a.input(), a.classes(), blocks);
        assertNotEquals(a.hash(), twin.hash());
        assertEquals(macs(a), macs(twin));
        Design small = randomBatch("mnist-small", 8, 4).stream()
                .filter(d -> macs(d) < macs(a)).findFirst().orElseThrow();
        assertEquals(List.of(twin, a, small), LongestFirst.order(List.of(small, twin, a)));
        assertEquals(List.of(a, twin, small), LongestFirst.order(List.of(a, small, twin)));
    }

    @Test
    void cellsKeepTheProposalOrder() {
        List<Design> cells = randomBatch("nb201-mini", 16, 5);
        assertEquals(cells, LongestFirst.order(cells));
    }
}
