package io.jnas.search.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.cost.StaticCost;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    private static final StaticCost COST = new StaticCost(50_000, 2_000_000, 300_000);

    @Test
    void noLimitsNothingBroken() {
        assertTrue(Constraints.NONE.violations(COST, Map.of("local", 99.0)).isEmpty());
        assertTrue(Constraints.NONE.isEmpty());
    }

    @Test
    void everyBrokenLimitIsNamed() {
        Constraints c = new Constraints(Map.of("local", 2.0, "edge", 10.0), OptionalLong.of(40_000),
                OptionalLong.of(4_000_000), OptionalLong.of(200_000));
        assertEquals(List.of("latency on local 2.500 ms > 2.000 ms", "params 50000 > 40000",
                "activation memory 300000 B > 200000 B"),
                c.violations(COST, Map.of("local", 2.5, "edge", 9.0)));
        Constraints loose = new Constraints(Map.of("local", 3.0), OptionalLong.of(50_000),
                OptionalLong.of(3_999_999), OptionalLong.empty());
        assertEquals(List.of("FLOPs 4000000 > 3999999"),
                loose.violations(COST, Map.of("local", 3.0)));
    }

    @Test
    void limitsAreCheckedAtTheDoor() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Constraints(Map.of(),
                OptionalLong.of(0), OptionalLong.empty(), OptionalLong.empty()));
        assertEquals("max params must be > 0, but was 0", e.getMessage());
        Constraints c = new Constraints(Map.of("gpu", 1.0), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty());
        e = assertThrows(IllegalArgumentException.class,
                () -> c.violations(COST, Map.of("local", 1.0)));
        assertEquals("max latency is set for device 'gpu', which is not a device of the run"
                + " [local]", e.getMessage());
    }
}
