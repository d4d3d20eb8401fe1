package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.fleet.MeasurementProtocol;

/**
 * One network measured under the ratio protocol: per round, its end-to-end median divided by the
 * geometric mean of the reference network's medians just before and just after it.
 *
 * @param ratios one per round, an outlier round replaced by its re-measurement
 * @param extraRounds rounds measured again because they were outliers
 * @param repetitions timed calls per agent round (raised for sub-millisecond networks)
 * @param protocol how the agent timed each call
 */
public record RatioMeasurement(Architecture architecture, double[] ratios, int extraRounds,
        int repetitions, MeasurementProtocol protocol) {

    public RatioStats stats() {
        return RatioStats.of(ratios);
    }
}
