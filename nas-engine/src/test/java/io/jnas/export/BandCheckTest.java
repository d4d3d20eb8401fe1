package io.jnas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.MeasurementProtocol;
import io.jnas.fleet.ModelLatency;
import io.jnas.latency.PredictionBand;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandCheckTest {

    private static final SearchSpace SPACE = SearchSpace.load(Path.of(
            System.getProperty("nas.home", "..")).resolve("configs/spaces/mnist-small.yaml"));
    private static final Architecture NET = SPACE.resolve(SPACE.sample(new SplittableRandom(3)));
    /** The band of a 3.10 ms prediction with the committed calibration's x0.962..x1.041. */
    private static final PredictionBand BAND = new PredictionBand(2.982, 3.10, 3.227);

    /** Answers the given figures in turn, with the given band (a test double of the timing). */
    private static SubnetTiming replaying(Optional<PredictionBand> band, Double... ms) {
        Deque<Double> left = new ArrayDeque<>(List.of(ms));
        return new SubnetTiming() {
            @Override
            public ModelLatency measure(String device, FleetAgent agent, Design design,
                    MeasureSettings settings) {
                double v = left.removeFirst();
                return new ModelLatency(NET.hash(), v, v, v, 0, 3, false, new MeasurementProtocol(
                        "pytorch", "2.7.1", "cpu", "hw", "float32", 1, 1, 10, 13, 2, "test"));
            }

            @Override
            public Optional<PredictionBand> band(String device, Design design) {
                return band;
            }
        };
    }

    @Test
    void aFigureInsideTheBandIsReportedAsMeasured() {
        DeviceMeasurement m = BandCheck.measure(replaying(Optional.of(BAND), 3.05), "local",
                "this-cpu", null, NET, MeasureSettings.defaults());
        assertFalse(m.remeasured());
        assertEquals(3.05, m.latency().orElseThrow().medianMs());
        assertEquals(Optional.of(BAND), m.band());
    }

    @Test
    void aFigureOutsideTheBandIsMeasuredAgainAndFlagged() {
        // 3.53 ms: 11.6% away from 3.10, as one subnet of the main job's export was
        DeviceMeasurement m = BandCheck.measure(replaying(Optional.of(BAND), 3.53, 3.14), "local",
                "this-cpu", null, NET, MeasureSettings.defaults());
        assertTrue(m.remeasured());
        assertEquals(3.14, m.latency().orElseThrow().medianMs());
        assertEquals("re-measured: the first figure 3.530 ms was outside the band 2.982..3.227 ms;"
                + " inside now", m.note());
    }

    @Test
    void aFigureStillOutsideIsReportedWithThatSaid() {
        DeviceMeasurement m = BandCheck.measure(replaying(Optional.of(BAND), 3.53, 3.49), "local",
                "this-cpu", null, NET, MeasureSettings.defaults());
        assertTrue(m.remeasured());
        assertTrue(m.note().endsWith("still outside"), m.note());
    }

    @Test
    void withoutABandNothingIsMeasuredTwice() {
        DeviceMeasurement m = BandCheck.measure(replaying(Optional.empty(), 9.0), "local",
                "this-cpu", null, NET, MeasureSettings.defaults());
        assertFalse(m.remeasured());
        assertEquals(Optional.empty(), m.band());
    }
}
