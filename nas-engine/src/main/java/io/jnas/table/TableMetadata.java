package io.jnas.table;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * How every figure of a lookup table was measured, and for which spaces it was built.
 *
 * @param spaces the spaces it covers, each as {@code name@hash}
 */
public record TableMetadata(
        int schemaVersion,
        String hardwareId,
        String deviceName,
        String engine,
        String engineVersion,
        String device,
        String dtype,
        int batch,
        int threads,
        int warmup,
        int repetitions,
        int rounds,
        String agentVersion,
        Instant created,
        List<String> spaces) {

    public static final int SCHEMA_VERSION = 1;

    public TableMetadata {
        requireNonNull(hardwareId, "hardwareId");
        requireNonNull(deviceName, "deviceName");
        requireNonNull(engine, "engine");
        requireNonNull(engineVersion, "engineVersion");
        requireNonNull(device, "device");
        requireNonNull(dtype, "dtype");
        requireNonNull(agentVersion, "agentVersion");
        requireNonNull(created, "created");
        spaces = List.copyOf(spaces);
        if (!hardwareId.matches("[a-z0-9][a-z0-9._-]{0,127}")) {
            throw new IllegalArgumentException("hardware_id must be 1-128 characters of a-z, 0-9,"
                    + " '.', '_', '-', but was '" + hardwareId + "'");
        }
    }

    /** One line describing the protocol, for reports and error messages. */
    public String protocol() {
        return engine + " " + engineVersion + " on " + device + " (" + deviceName + "), " + dtype
                + ", batch " + batch + ", " + threads + " thread(s), " + warmup + " warm-up, "
                + rounds + "x" + repetitions + " timed calls";
    }

    /** The same metadata with another space list (used when a table is extended). */
    public TableMetadata withSpaces(List<String> s) {
        return new TableMetadata(schemaVersion, hardwareId, deviceName, engine, engineVersion, device,
                dtype, batch, threads, warmup, repetitions, rounds, agentVersion, created, s);
    }
}
