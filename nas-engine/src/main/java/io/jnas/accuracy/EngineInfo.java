package io.jnas.accuracy;

import ai.djl.engine.Engine;
import io.jnas.model.DjlRuntime;

/**
 * What the evaluators run on, for benchmark headers and run records, so that callers outside the
 * DJL packages (the CLI) can print it without importing DJL.
 */
public record EngineInfo(String djlVersion, String engine, String engineVersion, String device,
        int threads) {

    /** Starts the engine if needed (configured with one thread unless configured before). */
    public static EngineInfo current() {
        Engine e = DjlRuntime.engine();
        return new EngineInfo(Engine.getDjlVersion(), e.getEngineName(), e.getVersion(), "cpu",
                DjlRuntime.threads());
    }

    @Override
    public String toString() {
        return "DJL " + djlVersion + ", " + engine + " " + engineVersion + ", device " + device
                + ", threads " + threads + " (inter-op 1)";
    }
}
