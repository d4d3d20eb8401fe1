package io.jnas.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The agreement rule on scripted computations (what a native fault would return). */
class AgreedScoreTest {

    /** Returns the scripted values in turn; NaN stands for a computation failing its check. */
    private static final class Script implements DoubleSupplier {
        final Deque<Double> values;
        int calls;

        Script(Double... values) {
            this.values = new ArrayDeque<>(List.of(values));
        }

        @Override
        public double getAsDouble() {
            calls++;
            double v = values.pop();
            if (Double.isNaN(v)) {
                throw new IllegalStateException("score must be finite and >= 0, but was -1.4e25");
            }
            return v;
        }
    }

    @Test
    void twoEqualComputationsAreEnough() {
        Script s = new Script(46.78, 46.78, 1.0);
        assertEquals(46.78, AgreedScore.of("synflow of x", s));
        assertEquals(2, s.calls);
    }

    @Test
    void aWrongFirstOrSecondValueIsOutvoted() {
        // the fault seen in a 600-evaluation run: 230.6 read once for a net that scores 46.78
        Script first = new Script(230.6, 46.78, 46.78);
        assertEquals(46.78, AgreedScore.of("synflow of x", first));
        assertEquals(3, first.calls);
        Script second = new Script(46.78, 230.6, 46.78);
        assertEquals(46.78, AgreedScore.of("synflow of x", second));
    }

    @Test
    void aFailedCheckCountsAsADisagreeingRun() {
        Script s = new Script(Double.NaN, 46.78, 46.78);
        assertEquals(46.78, AgreedScore.of("synflow of x", s));
        assertEquals(3, s.calls);
    }

    @Test
    void noAgreementIsAnErrorNamingTheScoreAndWhatWasSeen() {
        Script s = new Script(1.0, 2.0, Double.NaN, 3.0, 3.0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AgreedScore.of("synflow of abc", s));
        assertEquals(AgreedScore.MAX_RUNS, s.calls);
        assertTrue(e.getMessage().startsWith("synflow of abc must come out the same in two of 4"
                + " computations, but was [1.0, 2.0, score must be finite"), e.getMessage());
    }

    @Test
    void zeroAndNegativeZeroAreNotTakenForTheSameValue() {
        // bit-for-bit agreement: a sign flip is a different result
        Script s = new Script(0.0, -0.0, 0.0);
        assertEquals(0.0, AgreedScore.of("x", s));
        assertEquals(3, s.calls);
    }

    @Test
    void anyResultAgreesByItsKeyAndTheAgreeingResultIsReturned() {
        // trainings agree on their outcome, never on their seconds
        Deque<TrainResult> runs = new ArrayDeque<>(List.of(
                new TrainResult(0.6067, 38, false, false, List.of(0.6067), 8.1),
                new TrainResult(0.5967, 38, false, false, List.of(0.5967), 8.3),
                new TrainResult(0.6067, 38, false, false, List.of(0.6067), 8.2)));
        TrainResult kept = AgreedScore.of("train of x", runs::pop, TrainResult::outcome);
        assertEquals(0.6067, kept.accuracy());
        assertEquals(8.2, kept.seconds(), "the result of the run that agreed");
        assertTrue(runs.isEmpty());
    }
}
