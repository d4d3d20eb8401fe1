package io.jnas.latency;

import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How well predictions match measurements: the share within ±10% (nn-Meter's headline figure),
 * the mean absolute percentage error, and the rank correlations that decide which candidate a
 * search prefers.
 */
public record PredictionQuality(int n, double within10, double mape, double spearman,
        double kendall) {

    /**
     * Compares predicted with measured latencies (same order, same units).
     *
     * @throws IllegalArgumentException when the arrays differ in length, have fewer than 2
     *     values, or a measurement is not positive
     */
    public static PredictionQuality of(double[] predicted, double[] measured) {
        if (predicted.length != measured.length || measured.length < 2) {
            throw new IllegalArgumentException("predicted and measured must have the same length"
                    + " >= 2, but had " + predicted.length + " and " + measured.length);
        }
        int within = 0;
        double ape = 0;
        for (int i = 0; i < measured.length; i++) {
            if (!(measured[i] > 0)) {
                throw new IllegalArgumentException("measured[" + i + "] must be positive, but was "
                        + measured[i]);
            }
            double rel = Math.abs(predicted[i] - measured[i]) / measured[i];
            ape += rel;
            if (rel <= 0.10) {
                within++;
            }
        }
        boolean constant = Arrays.stream(predicted).distinct().count() < 2
                || Arrays.stream(measured).distinct().count() < 2;
        double rho = constant ? Double.NaN : new SpearmansCorrelation().correlation(predicted, measured);
        double tau = constant ? Double.NaN : new KendallsCorrelation().correlation(predicted, measured);
        return new PredictionQuality(measured.length, (double) within / measured.length,
                ape / measured.length, rho, tau);
    }
}
