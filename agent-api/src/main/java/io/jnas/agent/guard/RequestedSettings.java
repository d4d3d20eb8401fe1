package io.jnas.agent.guard;

/**
 * Measurement settings as a client sent them: zero or empty means "the agent's default", and so
 * does {@code null} for {@code warmup} and {@code maxRemeasure}, where 0 is a real choice.
 * {@link RequestValidator#settings(RequestedSettings)} checks them and fills the defaults.
 */
public record RequestedSettings(
        String engine,
        String device,
        int batch,
        String dtype,
        int threads,
        Integer warmup,
        int repetitions,
        int rounds,
        double maxCv,
        Integer maxRemeasure) {

    /** All defaults. */
    public static final RequestedSettings DEFAULTS =
            new RequestedSettings("", "", 0, "", 0, null, 0, 0, 0, null);

    public RequestedSettings {
        engine = engine == null ? "" : engine;
        device = device == null ? "" : device;
        dtype = dtype == null ? "" : dtype;
    }

    /** These settings with other call counts. */
    public RequestedSettings withCalls(int newWarmup, int newRepetitions, int newRounds) {
        return new RequestedSettings(engine, device, batch, dtype, threads, newWarmup,
                newRepetitions, newRounds, maxCv, maxRemeasure);
    }

    /** These settings with another spread threshold (0 = default) and re-measure cap. */
    public RequestedSettings withSpread(double newMaxCv, Integer newMaxRemeasure) {
        return new RequestedSettings(engine, device, batch, dtype, threads, warmup, repetitions,
                rounds, newMaxCv, newMaxRemeasure);
    }

    /** These settings with another batch size. */
    public RequestedSettings withBatch(int newBatch) {
        return new RequestedSettings(engine, device, newBatch, dtype, threads, warmup,
                repetitions, rounds, maxCv, maxRemeasure);
    }
}
