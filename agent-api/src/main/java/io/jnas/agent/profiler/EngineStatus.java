package io.jnas.agent.profiler;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Whether an engine can measure on this machine, and if not, why.
 *
 * @param version engine version, empty when unavailable
 * @param reason why the engine is unavailable; empty when available
 * @param devices devices it can measure on ({@code cpu}, {@code cuda:0})
 * @param unavailableDevices devices it knows but cannot use here, with the reason
 */
public record EngineStatus(String engine, String version, boolean available, String reason,
        List<String> devices, Map<String, String> unavailableDevices) {

    public EngineStatus {
        requireNonNull(engine, "engine");
        requireNonNull(version, "version");
        requireNonNull(reason, "reason");
        devices = List.copyOf(devices);
        unavailableDevices = Map.copyOf(unavailableDevices);
    }

    /** An engine that cannot measure here. */
    public static EngineStatus unavailable(String engine, String reason) {
        return new EngineStatus(engine, "", false, reason, List.of(), Map.of());
    }
}
