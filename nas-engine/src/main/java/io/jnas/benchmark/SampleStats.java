package io.jnas.benchmark;

import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Statistics of one figure over the seeds of a benchmark (best fitness, hypervolume, regret).
 *
 * <pre>{@code
 * String cell = SampleStats.meanSd(bestPerSeed, "%.4f");   // "0.8123 ± 0.0042"
 * double p = SampleStats.welch(baseline, other);
 * }</pre>
 */
public final class SampleStats {

    private SampleStats() {
    }

    /** mean ± sd of values, each printed with {@code format}. */
    public static String meanSd(double[] values, String format) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        return String.format(Locale.ROOT, format + " ± " + format, s.getMean(),
                s.getStandardDeviation());
    }

    /** Two-sided p-value of Welch's t-test; NaN when both samples are constant. */
    public static double welch(double[] a, double[] b) {
        return new TTest().tTest(a, b);
    }
}
