package io.jnas.agent;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.guard.RequestLimits;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.timing.TimingProtocol;
import java.util.List;

/**
 * What {@code Describe} answers: the device, the engines here, and how this agent measures.
 *
 * @param deviceName CPU model, or GPU description for a cuda agent
 * @param gpu GPUs seen on the machine, empty when none
 * @param engine the engine this agent measures with
 * @param device {@code cpu} or {@code cuda:N}
 */
public record DeviceInfo(String hardwareId, String deviceName, List<EngineStatus> engines,
        int cpuCores, long memoryBytes, String gpu, String agentVersion, String os, String arch,
        String engine, String engineVersion, String device, int threads, TimingProtocol defaults,
        RequestLimits limits) {

    public DeviceInfo {
        requireNonNull(hardwareId, "hardwareId");
        requireNonNull(deviceName, "deviceName");
        engines = List.copyOf(engines);
        requireNonNull(gpu, "gpu");
        requireNonNull(defaults, "defaults");
        requireNonNull(limits, "limits");
    }
}
