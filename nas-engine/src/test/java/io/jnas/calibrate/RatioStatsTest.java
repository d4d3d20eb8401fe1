package io.jnas.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnas.latency.Quantile;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioStatsTest {

    @Test
    void medianQuantilesAndMadOfRoundRatios() {
        // five rounds of one net against the reference: about 1% apart, as on this machine
        RatioStats s = RatioStats.of(new double[] {1.412, 1.398, 1.431, 1.405, 1.420});
        assertEquals(1.412, s.median(), 1e-12);
        assertEquals(1.4008, s.p10(), 1e-9);
        assertEquals(0.008, s.mad(), 1e-9);
        assertEquals(1.4826 * 0.008 / 1.412, s.robustCv(), 1e-12);
    }

    @Test
    void aRoundCaughtByALoadBurstIsAnOutlier() {
        // the third round ran while another agent's build took both cores (2x, where the notes
        // saw 4-13x)
        double[] ratios = {1.412, 1.398, 2.950};
        assertEquals(List.of(2), RatioStats.outliers(ratios, 0.05));
        assertEquals(1.412, RatioStats.of(ratios).median(), 1e-12, "the median ignores it");
    }

    @Test
    void roundsWithinTheToleranceAreKept() {
        assertEquals(List.of(), RatioStats.outliers(new double[] {1.00, 1.04, 0.97}, 0.05));
        assertEquals(List.of(2), RatioStats.outliers(new double[] {1.00, 1.01, 1.07}, 0.05));
    }

    @Test
    void quantileInterpolatesAndRefusesNothing() {
        assertEquals(2.5, Quantile.of(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(7, Quantile.of(new double[] {7}, 0.9), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RatioStats.of(new double[0]));
        assertEquals("ratios must not be empty, but was []", e.getMessage());
    }
}
