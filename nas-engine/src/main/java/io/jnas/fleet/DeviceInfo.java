package io.jnas.fleet;

/** What an agent said of its device in {@code Describe}. */
public record DeviceInfo(
        String hardwareId,
        String deviceName,
        String engine,
        String engineVersion,
        String device,
        int threads,
        int cpuCores,
        long memoryBytes,
        String gpu,
        String agentVersion,
        MeasureSettings defaults) {
}
