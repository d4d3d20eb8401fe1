package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.fleet.ModelLatency;

/**
 * An architecture with its end-to-end measurement and its table sum.
 *
 * @param measured median, p10 and p90 over rounds; under the ratio protocol the ratios times the
 *     reference level, {@code cv} the robust spread (1.4826 MAD / median) and {@code count} the rounds
 */
public record MeasuredSample(Architecture architecture, ModelLatency measured, double tableSumMs) {

    /** A ratio measurement in milliseconds of a reference level. */
    public static MeasuredSample of(RatioMeasurement m, double levelMs, double tableSumMs) {
        return new MeasuredSample(m.architecture(), m.inMs(levelMs), tableSumMs);
    }
}
