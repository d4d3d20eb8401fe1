package io.jnas.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.cost.StaticCost;
import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import io.jnas.space.SubnetEnumeration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LowestCostTest {

    /** Brute force over all 11520 subnets of the tiny space must agree with the programme. */
    @Test
    void equalsTheMinimumOverEverySubnetOfTheTinySpace() {
        SearchSpace tiny = TestSpaces.tiny();
        Map<CostMetric, Long> lowest = new EnumMap<>(CostMetric.class);
        int n = 0;
        for (SubnetChoice c : SubnetEnumeration.all(tiny, 20_000)) {
            StaticCost cost = StaticCost.of(tiny.resolve(c));
            for (CostMetric m : CostMetric.values()) {
                lowest.merge(m, m.of(cost), Math::min);
            }
            n++;
        }
        assertEquals(11520, n);
        for (CostMetric m : CostMetric.values()) {
            assertEquals(lowest.get(m), LowestCost.of(tiny, m), m.id());
        }
    }

    /**
     * In the tiny space the minimal subnet is not the cheapest in params: its first listed
     * activation in stage 1 is PReLU, which has weights. The programme must see through that.
     */
    @Test
    void isBelowTheMinimalSubnetWhenTheFirstActivationHasWeights() {
        SearchSpace tiny = TestSpaces.tiny();
        long minimal = StaticCost.of(tiny.resolve(tiny.minimal())).params();
        assertTrue(LowestCost.of(tiny, CostMetric.PARAMS) < minimal);
    }

    @ParameterizedTest
    @EnumSource(CostMetric.class)
    void noSampledSubnetOfAShippedSpaceGoesBelowIt(CostMetric metric) {
        for (String file : TestSpaces.SHIPPED) {
            SearchSpace space = TestSpaces.load(file);
            long lowest = LowestCost.of(space, metric);
            assertTrue(lowest <= metric.of(StaticCost.of(space.resolve(space.minimal()))), file);
            Random rng = new Random(13);
            for (int i = 0; i < 300; i++) {
                long v = metric.of(StaticCost.of(space.resolve(space.sample(rng))));
                assertTrue(lowest <= v, file + ": a sample has " + metric + " " + v
                        + " below the lowest " + lowest);
            }
        }
    }
}
