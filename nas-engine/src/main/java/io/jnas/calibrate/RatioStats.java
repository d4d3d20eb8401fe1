package io.jnas.calibrate;

import io.jnas.latency.Quantile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Robust summary of the per-round ratios of one network to the reference network: median, p10,
 * p90 and the median absolute deviation, and which rounds are outliers to be measured again.
 *
 * <pre>{@code
 * RatioStats s = RatioStats.of(new double[] {1.42, 1.40, 2.95});
 * List<Integer> again = RatioStats.outliers(ratios, 0.05); // [2]
 * }</pre>
 *
 * @param mad median absolute deviation from the median (unscaled)
 */
public record RatioStats(double median, double p10, double p90, double mad) {

    public static RatioStats of(double[] ratios) {
        if (ratios.length == 0) {
            throw new IllegalArgumentException("ratios must not be empty, but was []");
        }
        double[] s = ratios.clone();
        Arrays.sort(s);
        double med = Quantile.of(s, 0.5);
        double[] dev = Arrays.stream(s).map(r -> Math.abs(r - med)).sorted().toArray();
        return new RatioStats(med, Quantile.of(s, 0.1), Quantile.of(s, 0.9), Quantile.of(dev, 0.5));
    }

    /**
     * Rounds whose ratio is further from the median of all rounds than
     * {@code max(tolerance x median, 3 x 1.4826 x MAD)}: a round caught by a load burst.
     */
    public static List<Integer> outliers(double[] ratios, double tolerance) {
        RatioStats st = of(ratios);
        double limit = Math.max(tolerance * st.median, 3 * 1.4826 * st.mad);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ratios.length; i++) {
            if (Math.abs(ratios[i] - st.median) > limit) {
                out.add(i);
            }
        }
        return out;
    }

    /** The spread as a coefficient: 1.4826 x MAD / median (a robust CV). */
    public double robustCv() {
        return median == 0 ? 0 : 1.4826 * mad / median;
    }
}
