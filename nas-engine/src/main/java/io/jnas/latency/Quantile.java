package io.jnas.latency;

/**
 * The linear-interpolated quantile of sorted values (numpy's default), the one used by the
 * calibration's band and by the ratio protocol's robust statistics.
 *
 * <pre>{@code
 * double p90 = Quantile.of(sortedRatios, 0.9);
 * }</pre>
 */
public final class Quantile {

    private Quantile() {
    }

    /** @param sorted ascending, at least one value; @param q in [0, 1] */
    public static double of(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
