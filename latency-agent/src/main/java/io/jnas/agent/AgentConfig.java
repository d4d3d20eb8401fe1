package io.jnas.agent;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.guard.RequestLimits;
import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.timing.MeasurementListener;
import io.jnas.agent.timing.TimingProtocol;
import java.time.Duration;

/**
 * How a {@link DeviceAgent} runs.
 *
 * <pre>{@code AgentConfig c = AgentConfig.defaults().withThreads(1).withStartupWarmup(Duration.ZERO);}</pre>
 *
 * @param engine the engine that measures, e.g. {@code pytorch}
 * @param timing the protocol used where a request leaves a setting at its default
 * @param threads intra-op threads, fixed for the agent's lifetime
 * @param hardwareId overrides the derived hardware id; null to derive it
 * @param startupWarmup how long to run untimed calls at start, so the JIT and the engine's
 *     caches are warm before the first measurement (zero to skip)
 * @param shutdownGrace how long a stop waits for the block in hand
 * @param listener hears every measurement window (tests, benchmark)
 */
public record AgentConfig(
        String engine,
        ComputeDevice device,
        int threads,
        String hardwareId,
        RequestLimits limits,
        TimingProtocol timing,
        Duration startupWarmup,
        Duration shutdownGrace,
        MeasurementListener listener) {

    public AgentConfig {
        requireNonNull(engine, "engine");
        requireNonNull(device, "device");
        requireNonNull(limits, "limits");
        requireNonNull(timing, "timing");
        requireNonNull(startupWarmup, "startupWarmup");
        requireNonNull(shutdownGrace, "shutdownGrace");
        requireNonNull(listener, "listener");
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be in [1, 256], but was " + threads);
        }
        if (hardwareId != null && !HostInfo.isValidHardwareId(hardwareId)) {
            throw new IllegalArgumentException("hardware id must match [a-z0-9][a-z0-9-]{0,99},"
                    + " but was '" + hardwareId + "'");
        }
    }

    /** PyTorch on the CPU, one thread, default limits and protocol, 2 s start-up warm-up. */
    public static AgentConfig defaults() {
        return new AgentConfig("pytorch", ComputeDevice.CPU, 1, null,
                RequestLimits.defaults(HostInfo.physicalMemoryBytes()), TimingProtocol.defaults(),
                Duration.ofSeconds(2), Duration.ofSeconds(30), MeasurementListener.NONE);
    }

    /** This config measuring with another engine ({@code pytorch}, {@code onnxruntime}). */
    public AgentConfig withEngine(String e) {
        return new AgentConfig(e, device, threads, hardwareId, limits, timing, startupWarmup,
                shutdownGrace, listener);
    }

    public AgentConfig withDevice(ComputeDevice d) {
        return new AgentConfig(engine, d, threads, hardwareId, limits, timing, startupWarmup,
                shutdownGrace, listener);
    }

    public AgentConfig withThreads(int t) {
        return new AgentConfig(engine, device, t, hardwareId, limits, timing, startupWarmup,
                shutdownGrace, listener);
    }

    public AgentConfig withHardwareId(String id) {
        return new AgentConfig(engine, device, threads, id, limits, timing, startupWarmup,
                shutdownGrace, listener);
    }

    public AgentConfig withLimits(RequestLimits l) {
        return new AgentConfig(engine, device, threads, hardwareId, l, timing, startupWarmup,
                shutdownGrace, listener);
    }

    public AgentConfig withTiming(TimingProtocol p) {
        return new AgentConfig(engine, device, threads, hardwareId, limits, p, startupWarmup,
                shutdownGrace, listener);
    }

    public AgentConfig withStartupWarmup(Duration d) {
        return new AgentConfig(engine, device, threads, hardwareId, limits, timing, d,
                shutdownGrace, listener);
    }

    public AgentConfig withShutdownGrace(Duration d) {
        return new AgentConfig(engine, device, threads, hardwareId, limits, timing,
                startupWarmup, d, listener);
    }

    public AgentConfig withListener(MeasurementListener l) {
        return new AgentConfig(engine, device, threads, hardwareId, limits, timing,
                startupWarmup, shutdownGrace, l);
    }
}
