package io.jnas.fleet;

/**
 * How an agent is asked to time: zero or empty fields mean "the agent's default".
 *
 * @param maxCv re-measure when the coefficient of variation is above this
 */
public record MeasureSettings(String engine, String device, int batch, String dtype, int threads,
        int warmup, int repetitions, int rounds, double maxCv, int maxRemeasure) {

    /** Everything at the agent's defaults. */
    public static MeasureSettings defaults() {
        return new MeasureSettings("", "", 0, "", 0, 0, 0, 0, 0, 0);
    }
}
