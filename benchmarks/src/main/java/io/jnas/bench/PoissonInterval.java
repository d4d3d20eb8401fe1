package io.jnas.bench;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The exact (Garwood) confidence interval of a Poisson count: for k events seen, the range of
 * expected counts that the data do not reject. Divided by the exposure (CPU-minutes) it bounds a
 * rate: 0 faults in 10 CPU-minutes still allows up to 0.37 per CPU-minute at 95%.
 */
final class PoissonInterval {

    private PoissonInterval() {
    }

    /** @return {lower, upper} bounds of the expected count, two-sided at {@code level} */
    static double[] of(long k, double level) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, but was " + k);
        }
        double alpha = 1 - level;
        double lower = k == 0 ? 0
                : new ChiSquaredDistribution(2.0 * k).inverseCumulativeProbability(alpha / 2) / 2;
        double upper = new ChiSquaredDistribution(2.0 * k + 2)
                .inverseCumulativeProbability(1 - alpha / 2) / 2;
        return new double[] {lower, upper};
    }
}
