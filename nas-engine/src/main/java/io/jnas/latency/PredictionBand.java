package io.jnas.latency;

import java.util.Locale;

/**
 * A latency prediction with its uncertainty: the central value and the p10/p90 band of what
 * end-to-end measurements of similar networks gave.
 *
 * @param p10Ms 10% of networks measured below this
 * @param ms the central prediction (what constraints use)
 * @param p90Ms 10% of networks measured above this
 */
public record PredictionBand(double p10Ms, double ms, double p90Ms) {

    /** A prediction without a known spread. */
    public static PredictionBand point(double ms) {
        return new PredictionBand(ms, ms, ms);
    }

    public boolean contains(double measuredMs) {
        return measuredMs >= p10Ms && measuredMs <= p90Ms;
    }

    /** E.g. {@code 3.21 ms (p10 3.05, p90 3.38)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f ms (p10 %.2f, p90 %.2f)", ms, p10Ms, p90Ms);
    }
}
