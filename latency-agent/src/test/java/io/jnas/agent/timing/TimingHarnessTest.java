package io.jnas.agent.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimingHarnessTest {

    private static TimingHarness on(ScriptedWorkload w) {
        return new TimingHarness(() -> w.now);
    }

    @Test
    void timesOnlyTheCallsAfterTheWarmUpOfEveryRound() {
        // 3 rounds of 2 warm-up + 4 timed calls; warm-up calls take 9 ms, timed ones 1 ms
        ScriptedWorkload w = new ScriptedWorkload(n -> n % 6 < 2 ? 9_000_000 : 1_000_000);
        LatencyStats s = on(w).measure(w, new TimingProtocol(2, 4, 3, 0.1, 0), () -> false);
        assertEquals(18, w.calls);
        assertEquals(3, w.inputs, "a fresh input per round");
        assertEquals(12, s.count());
        assertEquals(1.0, s.medianMs(), 1e-9);
        assertEquals(1.0, s.p90Ms(), 1e-9);
        assertEquals(0.0, s.cv(), 1e-9);
        assertEquals(0.0, s.roundsCv(), 1e-9);
        assertEquals(3, s.roundMediansMs().size());
        assertEquals(0, s.remeasured());
        assertFalse(s.unstable());
    }

    @Test
    void reportsMedianPercentilesAndSpreadOfAllTimedCalls() {
        // one round of 10 timed calls: 1..10 ms
        ScriptedWorkload w = new ScriptedWorkload(n -> (n + 1) * 1_000_000L);
        LatencyStats s = on(w).measure(w, new TimingProtocol(0, 10, 1, 10, 0), () -> false);
        assertEquals(5.5, s.medianMs(), 1e-9);
        assertEquals(5.5, s.meanMs(), 1e-9);
        assertEquals(1.1, s.p10Ms(), 1e-9);
        assertEquals(9.9, s.p90Ms(), 1e-9);
        assertEquals(3.0276503540974917, s.stdMs(), 1e-9);
        assertEquals(3.0276503540974917 / 5.5, s.cv(), 1e-9);
        assertEquals(0.0, s.roundsCv(), 1e-9, "one round has no spread between rounds");
    }

    @Test
    void remeasuresWhenRoundsDisagreeAndStopsOnceTheyAgree() {
        // first measurement: round 0 at 5 ms, round 1 at 1 ms; later measurements: all 1 ms
        ScriptedWorkload w = new ScriptedWorkload(n -> n < 3 ? 5_000_000 : 1_000_000);
        LatencyStats s = on(w).measure(w, new TimingProtocol(0, 3, 2, 0.1, 3), () -> false);
        assertEquals(1, s.remeasured());
        assertFalse(s.unstable());
        assertEquals(1.0, s.medianMs(), 1e-9);
        assertEquals(12, w.calls, "two measurements of 2 rounds x 3 calls");
    }

    @Test
    void keepsTheSteadiestAttemptAndSaysUnstableWhenTheCapIsReached() {
        // every measurement's rounds disagree; the second one least (2 ms vs 1 ms)
        ScriptedWorkload w = new ScriptedWorkload(n -> switch (n / 2) {
            case 0 -> 9_000_000L;
            case 2 -> 2_000_000L;
            case 4 -> 8_000_000L;
            default -> 1_000_000L;
        });
        LatencyStats s = on(w).measure(w, new TimingProtocol(0, 2, 2, 0.1, 2), () -> false);
        assertTrue(s.unstable());
        assertEquals(2, s.remeasured());
        assertEquals(12, w.calls);
        assertEquals(1.5, s.medianMs(), 1e-9);
        assertEquals(2, s.roundMediansMs().get(0), 1e-9);
    }

    @Test
    void stopsBetweenRoundsWhenCancelled() {
        ScriptedWorkload w = new ScriptedWorkload(n -> 1_000_000);
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> on(w).measure(w,
                new TimingProtocol(1, 2, 5, 0.1, 0), () -> polls.incrementAndGet() > 2));
        assertEquals(2, w.inputs, "two rounds ran before the cancellation was seen");
        assertEquals(6, w.calls);
    }

    @Test
    void protocolRejectsImpossibleSettingsNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimingProtocol(1, 0, 1, 0.1, 0));
        assertEquals("repetitions must be >= 1, but was 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TimingProtocol(1, 1, 1, 0, 0));
        assertEquals(2 * (10 + 10) * 3, new TimingProtocol(10, 10, 2, 0.1, 2).maxCalls());
    }
}
