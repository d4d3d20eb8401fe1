package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.fleet.ModelLatency;
import io.jnas.latency.BlockFeatures;
import io.jnas.latency.Calibration;

/**
 * An architecture with its end-to-end measurement and its table figures.
 *
 * @param measured median, p10 and p90 over rounds; under the ratio protocol the ratios times the
 *     reference level, {@code cv} the robust spread (1.4826 MAD / median) and {@code count} the rounds
 * @param features every {@link BlockFeatures} of the architecture on the table
 */
public record MeasuredSample(Architecture architecture, ModelLatency measured, double[] features) {

    /** A ratio measurement in milliseconds of a reference level. */
    public static MeasuredSample of(RatioMeasurement m, double levelMs, double[] features) {
        return new MeasuredSample(m.architecture(), m.inMs(levelMs), features);
    }

    /** The raw sum of the table's block medians. */
    public double tableSumMs() {
        return features[BlockFeatures.index("table_sum")];
    }

    /** What a calibration fits on. */
    public Calibration.Sample toSample() {
        return new Calibration.Sample(features, measured.medianMs());
    }
}
