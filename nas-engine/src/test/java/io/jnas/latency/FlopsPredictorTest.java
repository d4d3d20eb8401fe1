package io.jnas.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnas.arch.Architecture;
import io.jnas.cost.StaticCost;
import io.jnas.search.Spaces;
import io.jnas.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlopsPredictorTest {

    private final SearchSpace space = Spaces.load("mnist-small");

    @Test
    void givenCoefficientsPredictAnAffineFunctionOfMacs() {
        Architecture a = space.resolve(space.maximal());
        FlopsPredictor p = FlopsPredictor.of("local", 0.5, 0.2);
        assertEquals(0.5 * StaticCost.of(a).macs() / 1e6 + 0.2, p.predictMs(a), 1e-12);
        assertEquals("local", p.hardwareId());
    }

    @Test
    void fitRecoversTheCoefficientsOfExactData() {
        SplittableRandom rng = new SplittableRandom(1);
        List<Architecture> archs = new ArrayList<>();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Architecture a = space.resolve(space.sample(rng));
            archs.add(a);
            ms.add(0.3 * StaticCost.of(a).macs() / 1e6 + 0.7);
        }
        FlopsPredictor p = FlopsPredictor.fit("local", archs, ms);
        assertEquals(0.3, p.msPerMmac(), 1e-9);
        assertEquals(0.7, p.offsetMs(), 1e-9);
        assertEquals(1.0, p.r2(), 1e-9);
    }

    @Test
    void fitNeedsTwoDistinctMacCounts() {
        Architecture a = space.resolve(space.minimal());
        var e = assertThrows(IllegalArgumentException.class,
                () -> FlopsPredictor.fit("local", List.of(a, a), List.of(1.0, 1.1)));
        assertEquals("fitting needs architectures with at least 2 distinct MAC counts, but had 1",
                e.getMessage());
    }
}
