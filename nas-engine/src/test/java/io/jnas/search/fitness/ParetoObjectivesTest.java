package io.jnas.search.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.search.Evaluation;
import io.jnas.search.Spaces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParetoObjectivesTest {

    private static final Architecture A = Spaces.load("mnist-small").resolve(
            Spaces.load("mnist-small").minimal());

    static Evaluation eval(double acc, double local, double edge, long params) {
        Map<String, Double> lat = new LinkedHashMap<>();
        lat.put("local", local);
        lat.put("edge", edge);
        return new Evaluation(0, 0, A.hash(), A, acc, lat, params, 1000, 100, acc, 1);
    }

    @Test
    void vectorMaximizesAccuracyAndNegatesCosts() {
        ParetoObjectives o = new ParetoObjectives(List.of("local", "edge"), true, true);
        assertEquals(List.of("accuracy", "latency_ms[local]", "latency_ms[edge]", "params",
                "flops"), o.names());
        assertArrayEquals(new double[] {0.9, -2, -5, -300, -2000},
                o.vector(eval(0.9, 2, 5, 300)));
    }

    @Test
    void dominanceNeedsNoWorseEverywhereAndBetterSomewhere() {
        assertTrue(ParetoObjectives.dominates(new double[] {1, -1}, new double[] {0.5, -1}));
        assertFalse(ParetoObjectives.dominates(new double[] {1, -1}, new double[] {1, -1}));
        assertFalse(ParetoObjectives.dominates(new double[] {1, -2}, new double[] {0.5, -1}));
    }

    @Test
    void tournamentPrefersTheLeastDominatedThenTheMoreAccurate() {
        ParetoObjectives o = new ParetoObjectives(List.of("local", "edge"), false, false);
        List<Evaluation> sample = List.of(eval(0.5, 3, 3, 1), eval(0.9, 4, 4, 1),
                eval(0.95, 2, 2, 1), eval(0.6, 1, 1, 1));
        assertEquals(2, o.winner(sample), "non-dominated, highest accuracy");
        assertEquals(1, o.winner(List.of(eval(0.5, 3, 3, 1), eval(0.9, 4, 4, 1))));
    }

    @Test
    void mnasnetTournamentPicksTheHighestFitnessFirstOfEquals() {
        MnasnetFitness f = MnasnetFitness.soft(Map.of("local", 1.0), -0.07);
        assertEquals(1, f.winner(List.of(eval(0.5, 1, 1, 1), eval(0.9, 1, 1, 1),
                eval(0.9, 1, 1, 1))));
    }
}
