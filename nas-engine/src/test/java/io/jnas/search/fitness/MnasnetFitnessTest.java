package io.jnas.search.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MnasnetFitnessTest {

    @Test
    void softPenaltyIsThePowerOfTheLatencyRatio() {
        MnasnetFitness f = MnasnetFitness.soft(Map.of("local", 10.0), -0.07);
        assertEquals(0.9, f.of(0.9, Map.of("local", 10.0)), 1e-12);
        assertEquals(0.9 * Math.pow(2, -0.07), f.of(0.9, Map.of("local", 20.0)), 1e-12);
        assertTrue(f.of(0.9, Map.of("local", 5.0)) > 0.9, "faster than the target is rewarded");
    }

    @Test
    void hardPenaltyOnlyBeyondTheTarget() {
        MnasnetFitness f = MnasnetFitness.hard(Map.of("local", 10.0));
        assertEquals(0.9, f.of(0.9, Map.of("local", 4.0)), 1e-12);
        assertEquals(0.9, f.of(0.9, Map.of("local", 10.0)), 1e-12);
        assertEquals(0.9 / 3, f.of(0.9, Map.of("local", 30.0)), 1e-12);
    }

    @Test
    void everyTargetDeviceContributesAFactor() {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("local", 10.0);
        t.put("edge", 2.0);
        MnasnetFitness f = MnasnetFitness.soft(t, -0.07);
        assertEquals(0.8 * Math.pow(2, -0.07) * Math.pow(0.5, -0.07),
                f.of(0.8, Map.of("local", 20.0, "edge", 1.0)), 1e-12);
        var e = assertThrows(IllegalArgumentException.class, () -> f.of(0.8, Map.of("local", 1.0)));
        assertEquals("latency of device 'edge' is missing; had [local]", e.getMessage());
    }

    @Test
    void negativeScoresStillPreferFasterNetworks() {
        MnasnetFitness f = MnasnetFitness.soft(Map.of("local", 10.0), -0.07);
        assertTrue(f.of(-2, Map.of("local", 5.0)) > f.of(-2, Map.of("local", 20.0)));
    }

    @Test
    void settingsAreChecked() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> MnasnetFitness.soft(Map.of("local", 10.0), 0.5));
        assertEquals("w must be a finite number <= 0, but was 0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MnasnetFitness.soft(Map.of("local", 0.0), -0.07));
        assertEquals("target latency of device 'local' must be > 0 ms, but was 0.0",
                e.getMessage());
    }
}
