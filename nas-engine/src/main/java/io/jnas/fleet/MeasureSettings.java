package io.jnas.fleet;

/**
 * How an agent is asked to time: zero or empty fields mean "the agent's default"; for
 * {@code warmup} and {@code maxRemeasure}, where 0 is a real choice (no warm-up, no
 * re-measuring), the default is {@code null}, as on the wire (an absent field).
 *
 * @param maxCv re-measure when the coefficient of variation is above this
 */
public record MeasureSettings(String engine, String device, int batch, String dtype, int threads,
        Integer warmup, int repetitions, int rounds, double maxCv, Integer maxRemeasure) {

    /** Everything at the agent's defaults. */
    public static MeasureSettings defaults() {
        return new MeasureSettings("", "", 0, "", 0, null, 0, 0, 0, null);
    }
}
