package io.jnas.agent;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.TimingProtocol;

/**
 * Everything a latency figure depends on besides the block: engine and version, device, dtype,
 * batch, threads, the timing protocol, the agent's version and the hardware id.
 */
public record MeasurementConditions(String engine, String engineVersion, String device,
        Precision precision, int batch, int threads, TimingProtocol timing, String agentVersion,
        String hardwareId) {

    public MeasurementConditions {
        requireNonNull(engine, "engine");
        requireNonNull(engineVersion, "engineVersion");
        requireNonNull(device, "device");
        requireNonNull(precision, "precision");
        requireNonNull(timing, "timing");
        requireNonNull(agentVersion, "agentVersion");
        requireNonNull(hardwareId, "hardwareId");
    }
}
