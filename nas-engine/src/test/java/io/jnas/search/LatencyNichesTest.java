package io.jnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyNichesTest {

    /** Two devices with latencies 1..10 ms each: budgets 2 ms (20%) and 5 ms (50%). */
    private static LatencyNiches twoDevices() {
        Map<String, double[]> ms = new LinkedHashMap<>();
        ms.put("a", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        ms.put("b", new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        return LatencyNiches.budgets(ms, List.of(0.2, 0.5));
    }

    @Test
    void aLevelHoldsOneBudgetPerDevice() {
        LatencyNiches n = twoDevices();
        assertEquals(4, n.size());
        assertEquals(2, n.levels());
        assertTrue(n.fitsLevel(0, Map.of("a", 2.0, "b", 9.0)));
        assertTrue(n.fitsLevel(0, Map.of("a", 9.0, "b", 2.0)));
        assertFalse(n.fitsLevel(0, Map.of("a", 3.0, "b", 3.0)));
        assertTrue(n.fitsLevel(1, Map.of("a", 3.0, "b", 3.0)));
    }

    @Test
    void aDesignWithinEveryDevicesBudgetCountsForEveryDevice() {
        LatencyNiches n = twoDevices();
        double one = LatencyNiches.ei(60, 2, 50);
        assertEquals(one, n.expectedImprovement(0, Map.of("a", 2.0, "b", 9.0), 60, 2, 50),
                1e-12);
        assertEquals(2 * one, n.expectedImprovement(0, Map.of("a", 1.0, "b", 1.0), 60, 2, 50),
                1e-12);
        assertEquals(0, n.expectedImprovement(0, Map.of("a", 3.0, "b", 3.0), 60, 2, 50));
    }

    @Test
    void eachDevicesNicheImprovesOverItsOwnBest() {
        LatencyNiches n = twoDevices();
        Evaluation fastOnA = evaluation(Map.of("a", 1.0, "b", 9.0), 58);
        n.add(fastOnA, fastOnA.accuracy());
        Map<String, Double> both = Map.of("a", 1.0, "b", 1.0);
        assertEquals(LatencyNiches.ei(60, 2, 58) + LatencyNiches.ei(60, 2, 50),
                n.expectedImprovement(0, both, 60, 2, 50), 1e-12);
        assertEquals(List.of(fastOnA), n.incumbents());
    }

    @Test
    void aScalarFitnessHasOneLevelThatEveryDesignFits() {
        LatencyNiches n = LatencyNiches.single();
        assertEquals(1, n.levels());
        assertTrue(n.fitsLevel(0, Map.of("a", 1e9)));
        assertEquals(LatencyNiches.ei(60, 2, 50),
                n.expectedImprovement(0, Map.of("a", 1e9), 60, 2, 50), 1e-12);
    }

    private static Evaluation evaluation(Map<String, Double> latencyMs, double accuracy) {
        Architecture a = Spaces.load("mnist-small").resolve(Spaces.load("mnist-small").minimal());
        return new Evaluation(0, 0, a.hash(), a, accuracy, latencyMs, 1, 1, 1, accuracy, 1);
    }
}
