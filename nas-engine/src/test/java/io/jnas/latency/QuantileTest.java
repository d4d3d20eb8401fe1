package io.jnas.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuantileTest {

    @Test
    void quantilesInterpolateLinearly() {
        double[] s = {1, 2, 3, 4};
        assertEquals(2.5, Quantile.of(s, 0.5));
        assertEquals(1.3, Quantile.of(s, 0.1), 1e-12);
        assertEquals(4, Quantile.of(s, 1));
        assertEquals(1, Quantile.of(s, 0));
        assertEquals(7, Quantile.of(new double[] {7}, 0.9));
    }
}
