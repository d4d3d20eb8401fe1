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

    /** These settings with other call counts: a convenience for tests and the bench command. */
    public RequestedSettings withCalls(int newWarmup, int newRepetitions, int newRounds) {
        return new RequestedSettings(engine, device, batch, dtype, threads, newWarmup,
                newRepetitions, newRounds, maxCv, maxRemeasure);
    }
}
