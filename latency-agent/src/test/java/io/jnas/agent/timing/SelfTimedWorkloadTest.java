package io.jnas.agent.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfTimedWorkloadTest {

    /** Reports round r's calls as r+1 ms each, and records what the harness asked for. */
    private static final class Rounds implements SelfTimedWorkload {
        final List<int[]> asked = new ArrayList<>();
        int inputs;
        int shortBy;

        @Override
        public double[] timeRound(int warmup, int repetitions) {
            asked.add(new int[] {warmup, repetitions});
            double[] ms = new double[repetitions - shortBy];
            java.util.Arrays.fill(ms, asked.size());
            return ms;
        }

        @Override
        public void newInput() {
            inputs++;
        }

        @Override
        public void call() {
            throw new AssertionError("the harness must not time a self-timed workload's calls");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theHarnessAsksForWholeRoundsAndKeepsTheProtocol() {
        Rounds w = new Rounds();
        LatencyStats s = new TimingHarness(() -> 0L)
                .measure(w, new TimingProtocol(7, 4, 3, 10, 0), () -> false);
        assertEquals(3, w.asked.size());
        for (int[] a : w.asked) {
            assertEquals(7, a[0], "warm-up calls per round");
            assertEquals(4, a[1], "timed calls per round");
        }
        assertEquals(3, w.inputs, "a fresh input per round");
        assertEquals(12, s.count());
        assertEquals(2.0, s.medianMs(), 1e-9);
        assertEquals(List.of(1.0, 2.0, 3.0), s.roundMediansMs());
    }

    @Test
    void aRoundWithMissingTimingsIsAnErrorNotAShorterSample() {
        Rounds w = new Rounds();
        w.shortBy = 1;
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                new TimingHarness(() -> 0L).measure(w, new TimingProtocol(0, 5, 1, 10, 0),
                        () -> false));
        assertEquals("the engine reported 4 timings for a round of 5 repetitions", e.getMessage());
    }
}
