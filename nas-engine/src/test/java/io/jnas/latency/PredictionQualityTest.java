package io.jnas.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionQualityTest {

    @Test
    void figuresOfAKnownCase() {
        double[] measured = {1, 2, 3, 4};
        double[] predicted = {1.05, 2.5, 2.9, 4.8}; // errors 5%, 25%, 3.3%, 20%
        PredictionQuality q = PredictionQuality.of(predicted, measured);
        assertEquals(0.5, q.within10(), 1e-12);
        assertEquals((0.05 + 0.25 + 0.1 / 3 + 0.2) / 4, q.mape(), 1e-12);
        assertEquals(1.0, q.spearman(), 1e-12);
        assertEquals(1.0, q.kendall(), 1e-12);
        PredictionQuality reversed = PredictionQuality.of(new double[] {4, 3, 2, 1}, measured);
        assertEquals(-1.0, reversed.spearman(), 1e-12);
        assertEquals(-1.0, reversed.kendall(), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> PredictionQuality.of(new double[] {1}, new double[] {1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PredictionQuality.of(new double[] {1, 2}, new double[] {1, 0}));
        assertEquals("measured[1] must be positive, but was 0.0", e.getMessage());
    }

    @Test
    void calibrationRecoversAKnownLinearMap() {
        List<Calibration.Sample> s = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double sum = 1 + i * 0.37;
            int blocks = 5 + (i * 7) % 6;
            s.add(new Calibration.Sample(sum, blocks, 0.8 * sum - 0.02 * blocks + 0.3));
        }
        Calibration c = Calibration.fit(s);
        assertEquals(0.8, c.slope(), 1e-9);
        assertEquals(-0.02, c.perBlockMs(), 1e-9);
        assertEquals(0.3, c.interceptMs(), 1e-9);
        assertEquals(0.8 * 2 - 0.02 * 7 + 0.3, c.apply(2, 7), 1e-9);
    }
}
