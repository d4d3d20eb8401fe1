package io.jnas.export;

import static java.util.Objects.requireNonNull;

import io.jnas.fleet.ModelLatency;
import java.util.Optional;

/**
 * The outcome of timing one subnet end to end on one device: the measurement, or why there is
 * none (the agent failed), so that a failed device is recorded beside the ones that answered.
 *
 * @param agent the agent that measured (name and address)
 */
public record DeviceMeasurement(String agent, Optional<ModelLatency> latency,
        Optional<String> error) {

    public DeviceMeasurement {
        requireNonNull(agent, "agent");
        requireNonNull(latency, "latency");
        requireNonNull(error, "error");
        if (latency.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a measurement must have a latency or an error,"
                    + " not both or neither");
        }
    }

    public static DeviceMeasurement of(String agent, ModelLatency latency) {
        return new DeviceMeasurement(agent, Optional.of(latency), Optional.empty());
    }

    public static DeviceMeasurement failed(String agent, String error) {
        return new DeviceMeasurement(agent, Optional.empty(), Optional.of(error));
    }
}
