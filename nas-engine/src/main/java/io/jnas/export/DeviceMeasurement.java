package io.jnas.export;

import static java.util.Objects.requireNonNull;

import io.jnas.fleet.ModelLatency;
import io.jnas.latency.PredictionBand;
import java.util.Optional;

/**
 * The outcome of timing one subnet end to end on one device: the measurement, or why there is
 * none (the agent failed), so that a failed device is recorded beside the ones that answered.
 *
 * @param agent the agent that measured (name and address)
 * @param band the p10/p90 band of the prediction, when the predictor has one
 * @param remeasured the first measurement fell outside the band and was measured again
 * @param note what the band check did, in words (empty when nothing to say)
 */
public record DeviceMeasurement(String agent, Optional<ModelLatency> latency,
        Optional<String> error, Optional<PredictionBand> band, boolean remeasured, String note) {

    public DeviceMeasurement {
        requireNonNull(agent, "agent");
        requireNonNull(latency, "latency");
        requireNonNull(error, "error");
        requireNonNull(band, "band");
        requireNonNull(note, "note");
        if (latency.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a measurement must have a latency or an error,"
                    + " not both or neither");
        }
    }

    public static DeviceMeasurement of(String agent, ModelLatency latency) {
        return new DeviceMeasurement(agent, Optional.of(latency), Optional.empty(),
                Optional.empty(), false, "");
    }

    public static DeviceMeasurement failed(String agent, String error) {
        return new DeviceMeasurement(agent, Optional.empty(), Optional.of(error),
                Optional.empty(), false, "");
    }

    /** A measurement checked against its prediction's band. */
    public static DeviceMeasurement checked(String agent, ModelLatency latency, PredictionBand band,
            boolean remeasured, String note) {
        return new DeviceMeasurement(agent, Optional.of(latency), Optional.empty(),
                Optional.of(band), remeasured, note);
    }
}
