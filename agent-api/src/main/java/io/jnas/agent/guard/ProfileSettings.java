package io.jnas.agent.guard;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.TimingProtocol;

/** Checked measurement settings with every default filled in: what a measurement records. */
public record ProfileSettings(String engine, String device, int batch, Precision precision,
        int threads, TimingProtocol timing) {

    public ProfileSettings {
        requireNonNull(engine, "engine");
        requireNonNull(device, "device");
        requireNonNull(precision, "precision");
        requireNonNull(timing, "timing");
    }
}
