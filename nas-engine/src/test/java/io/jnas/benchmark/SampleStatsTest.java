package io.jnas.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleStatsTest {

    @Test
    void meanAndSampleStandardDeviation() {
        assertEquals("2.50 ± 1.29", SampleStats.meanSd(new double[] {1, 2, 3, 4}, "%.2f"));
    }

    @Test
    void welchSeparatesDistantSamplesAndNotEqualOnes() {
        assertTrue(SampleStats.welch(new double[] {1, 1.1, 0.9, 1.05},
                new double[] {5, 5.1, 4.9, 5.05}) < 1e-6);
        assertTrue(SampleStats.welch(new double[] {1, 2, 3}, new double[] {1, 2, 3}) > 0.99);
        assertTrue(Double.isNaN(SampleStats.welch(new double[] {1, 1}, new double[] {1, 1})));
    }
}
