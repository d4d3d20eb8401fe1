package io.jnas.latency;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Architecture;
import io.jnas.cost.StaticCost;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The FLOPs baseline: latency as an affine function of multiply-accumulates,
 * {@code ms = msPerMmac * MACs / 1e6 + offsetMs}. It shows what a lookup table buys over
 * counting operations, and serves devices that have no table yet.
 *
 * <pre>{@code
 * FlopsPredictor given = FlopsPredictor.of("local", 0.004, 0.15);
 * FlopsPredictor fitted = FlopsPredictor.fit("local", architectures, measuredMs);
 * }</pre>
 *
 * @param hardwareId the device these coefficients are for
 * @param msPerMmac milliseconds per million multiply-accumulates (slope)
 * @param offsetMs fixed cost per call in milliseconds (intercept)
 * @param r2 coefficient of determination of the fit, or NaN when the coefficients were given
 */
public record FlopsPredictor(String hardwareId, double msPerMmac, double offsetMs, double r2)
        implements LatencyPredictor {

    public FlopsPredictor {
        requireNonNull(hardwareId, "hardwareId");
        if (!Double.isFinite(msPerMmac) || msPerMmac < 0) {
            throw new IllegalArgumentException("msPerMmac must be a finite number >= 0, but was "
                    + msPerMmac);
        }
        if (!Double.isFinite(offsetMs)) {
            throw new IllegalArgumentException("offsetMs must be finite, but was " + offsetMs);
        }
    }

    /** A predictor with given coefficients. */
    public static FlopsPredictor of(String hardwareId, double msPerMmac, double offsetMs) {
        return new FlopsPredictor(hardwareId, msPerMmac, offsetMs, Double.NaN);
    }

    /**
     * Least-squares fit of the coefficients to measured end-to-end latencies.
     *
     * @throws IllegalArgumentException when the lists differ in size, hold fewer than two
     *     distinct MAC counts (the slope would be undetermined) or give a negative slope
     */
    public static FlopsPredictor fit(String hardwareId, List<Architecture> architectures,
            List<Double> measuredMs) {
        if (architectures.size() != measuredMs.size()) {
            throw new IllegalArgumentException("measuredMs must have one value per architecture ("
                    + architectures.size() + "), but had " + measuredMs.size());
        }
        return fitMmacs(hardwareId, architectures.stream()
                .mapToDouble(a -> StaticCost.of(a).macs() / 1e6).toArray(),
                measuredMs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The same fit on MAC counts (millions) known without their architectures, e.g. read back
     * from a saved validation.
     *
     * @throws IllegalArgumentException as {@link #fit(String, List, List)}
     */
    public static FlopsPredictor fitMmacs(String hardwareId, double[] mmacs, double[] measuredMs) {
        SimpleRegression r = new SimpleRegression(true);
        long distinct = java.util.Arrays.stream(mmacs).distinct().count();
        if (distinct < 2) {
            throw new IllegalArgumentException("fitting needs architectures with at least 2"
                    + " distinct MAC counts, but had " + distinct);
        }
        for (int i = 0; i < mmacs.length; i++) {
            double ms = measuredMs[i];
            if (!Double.isFinite(ms) || ms <= 0) {
                throw new IllegalArgumentException("measuredMs[" + i + "] must be > 0, but was "
                        + ms);
            }
            r.addData(mmacs[i], ms);
        }
        if (r.getSlope() < 0) {
            throw new IllegalArgumentException("the fitted slope must be >= 0 ms per MMAC, but was "
                    + r.getSlope() + ": these latencies do not grow with MACs");
        }
        return new FlopsPredictor(hardwareId, r.getSlope(), r.getIntercept(), r.getRSquare());
    }

    /** The prediction for a network of {@code mmacs} million MACs. */
    public double predictMmacs(double mmacs) {
        return msPerMmac * mmacs + offsetMs;
    }

    @Override
    public double predictMs(Architecture architecture) {
        return msPerMmac * StaticCost.of(architecture).macs() / 1e6 + offsetMs;
    }
}
