package io.jnas.fleet;

import static java.util.Objects.requireNonNull;

/**
 * How an agent timed a whole model, field by field, so that a figure written to a file (an
 * export's metrics.json) carries its protocol in a form other tools can read, not only as text.
 *
 * @param engine inference engine, e.g. {@code pytorch}
 * @param engineVersion the engine's version
 * @param device {@code cpu}, {@code gpu}, ...
 * @param hardwareId the agent's hardware id (what lookup tables are keyed by)
 * @param dtype e.g. {@code float32}
 * @param batch batch size of the timed calls
 * @param threads engine threads
 * @param warmup untimed calls before timing
 * @param repetitions timed calls per round
 * @param rounds rounds of timed calls
 * @param agentVersion version of the agent that measured
 */
public record MeasurementProtocol(String engine, String engineVersion, String device,
        String hardwareId, String dtype, int batch, int threads, int warmup, int repetitions,
        int rounds, String agentVersion) {

    public MeasurementProtocol {
        requireNonNull(engine, "engine");
        requireNonNull(engineVersion, "engineVersion");
        requireNonNull(device, "device");
        requireNonNull(hardwareId, "hardwareId");
        requireNonNull(dtype, "dtype");
        requireNonNull(agentVersion, "agentVersion");
    }

    /** One line, e.g. {@code pytorch 2.7.1 on cpu (hw), float32, batch 1, 1 thread(s), ...}. */
    @Override
    public String toString() {
        return engine + " " + engineVersion + " on " + device + " (" + hardwareId + "), " + dtype
                + ", batch " + batch + ", " + threads + " thread(s), " + warmup + " warm-up, "
                + rounds + "x" + repetitions + " timed calls";
    }
}
