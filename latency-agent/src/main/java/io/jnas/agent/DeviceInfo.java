package io.jnas.agent;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.guard.RequestLimits;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.profiler.Profiler;
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

    /** The description of an agent about to measure with {@code profiler}. */
    static DeviceInfo of(AgentConfig config, Profiler profiler, List<EngineStatus> engines,
            String gpu) {
        String model = profiler.gpuName().orElseGet(HostInfo::cpuModel);
        String hardwareId = config.hardwareId() != null ? config.hardwareId()
                : HostInfo.hardwareId(profiler.device().gpu() ? "cuda" : "cpu", model,
                        profiler.engine(), profiler.engineVersion(), config.threads());
        return new DeviceInfo(hardwareId, model, engines, HostInfo.cores(),
                HostInfo.physicalMemoryBytes(), gpu, AgentVersion.VERSION,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), profiler.engine(), profiler.engineVersion(),
                profiler.device().id(), config.threads(), config.timing(), config.limits());
    }
}
