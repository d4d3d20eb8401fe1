package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.fleet.MeasurementProtocol;
import io.jnas.fleet.ModelLatency;

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

    /**
     * In milliseconds of a reference level: median, p10 and p90 of the ratios times
     * {@code levelMs}, the robust CV as {@code cv}, the rounds as {@code count}, and
     * {@code unstable} when an outlier round had to be measured again.
     */
    public ModelLatency inMs(double levelMs) {
        RatioStats s = stats();
        return new ModelLatency(architecture.hash(), s.median() * levelMs, s.p10() * levelMs,
                s.p90() * levelMs, s.robustCv(), ratios.length, extraRounds > 0, protocol);
    }
}
