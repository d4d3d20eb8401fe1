package io.jnas.agent;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.timing.LatencyStats;
import java.time.Instant;

/**
 * One measured block or model, with how it was measured.
 *
 * @param subject the op key's canonical string, or the architecture's hash
 */
public record Measurement(String subject, LatencyStats stats, MeasurementConditions conditions,
        Instant measuredAt) {

    public Measurement {
        requireNonNull(subject, "subject");
        requireNonNull(stats, "stats");
        requireNonNull(conditions, "conditions");
        requireNonNull(measuredAt, "measuredAt");
    }
}
