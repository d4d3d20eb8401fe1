package io.jnas.latency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Fits a {@link Calibration} on measured networks: Huber on relative errors ({@link HuberFit})
 * over a named feature set, a light ridge when the set has more than three features, and the
 * p10/p90 band from out-of-fold residuals (each network predicted by a fit that did not see it),
 * so the band says how far a new network lands, not how well the fit recalls its own nets.
 *
 * <pre>{@code
 * Calibration c = CalibrationFit.fit(samples, "stages-se");
 * }</pre>
 */
public final class CalibrationFit {

    /** The feature set that calibrations are fitted on unless told otherwise. */
    public static final String DEFAULT_SET = "kinds-act";

    /** Ridge strength of feature sets beyond the legacy one. */
    public static final double RIDGE = 1e-4;
    /** Folds of the out-of-fold band. */
    public static final int FOLDS = 5;

    private CalibrationFit() {
    }

    /**
     * Robust fit of one feature set; the legacy set falls back to the sum alone when block counts
     * do not vary or are collinear with it.
     *
     * @throws IllegalArgumentException with fewer samples than the set has features (at least 3)
     */
    public static Calibration fit(List<Calibration.Sample> samples, String featureSet) {
        List<String> names = BlockFeatures.set(featureSet);
        if (samples.size() < Math.max(3, names.size())) {
            throw new IllegalArgumentException("calibration on feature set " + featureSet + " needs"
                    + " at least " + Math.max(3, names.size()) + " measured architectures, but had "
                    + samples.size());
        }
        Calibration c = coefficients(samples, names);
        double[] y = samples.stream().mapToDouble(Calibration.Sample::measuredMs).toArray();
        double mean = Arrays.stream(y).average().orElse(0);
        double ssRes = samples.stream()
                .mapToDouble(s -> Math.pow(s.measuredMs() - c.apply(s.all()), 2)).sum();
        double ssTot = Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum();
        double[] ratio = outOfFoldRatios(samples, names);
        return new Calibration(c.features(), c.weights(), samples.size(),
                ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot, Instant.now(),
                Quantile.of(ratio, 0.1), Quantile.of(ratio, 0.9), "", Double.NaN);
    }

    /**
     * Measured / predicted of every sample by a fit on the other folds (in-sample below
     * {@code 4 x FOLDS} samples), sorted.
     */
    static double[] outOfFoldRatios(List<Calibration.Sample> samples, List<String> names) {
        int n = samples.size();
        double[] ratio = new double[n];
        if (n < 4 * FOLDS) {
            Calibration c = coefficients(samples, names);
            for (int i = 0; i < n; i++) {
                ratio[i] = samples.get(i).measuredMs() / c.apply(samples.get(i).all());
            }
        } else {
            for (int f = 0; f < FOLDS; f++) {
                List<Calibration.Sample> train = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (i % FOLDS != f) {
                        train.add(samples.get(i));
                    }
                }
                Calibration c = coefficients(train, names);
                for (int i = f; i < n; i += FOLDS) {
                    ratio[i] = samples.get(i).measuredMs() / c.apply(samples.get(i).all());
                }
            }
        }
        Arrays.sort(ratio);
        return ratio;
    }

    private static Calibration coefficients(List<Calibration.Sample> samples, List<String> names) {
        double[] y = samples.stream().mapToDouble(Calibration.Sample::measuredMs).toArray();
        boolean legacy = names.equals(BlockFeatures.set(Calibration.LEGACY));
        if (legacy) {
            boolean blocksVary = samples.stream().mapToInt(Calibration.Sample::blocks).distinct()
                    .count() > 1;
            if (!blocksVary || samples.size() < 4) {
                return sumOnly(samples, y);
            }
        }
        List<String> regressors = names.subList(1, names.size());
        double[][] x = samples.stream().map(s -> pick(s.all(), regressors))
                .toArray(double[][]::new);
        try {
            double[] b = HuberFit.fit(x, y, legacy ? 0 : RIDGE);
            return new Calibration(names, b, samples.size(), Double.NaN, Instant.EPOCH, 1, 1, "",
                    Double.NaN);
        } catch (SingularMatrixException e) {
            if (legacy) {
                return sumOnly(samples, y); // collinear sums and block counts: the sum alone
            }
            throw new IllegalArgumentException("the features " + names + " are collinear on these "
                    + samples.size() + " networks: use a smaller feature set or more networks");
        }
    }

    private static Calibration sumOnly(List<Calibration.Sample> samples, double[] y) {
        double[] b1 = HuberFit.fit(samples.stream().map(s -> new double[] {s.sumMs()})
                .toArray(double[][]::new), y);
        return new Calibration(BlockFeatures.set(Calibration.LEGACY), new double[] {b1[0], b1[1], 0},
                samples.size(), Double.NaN, Instant.EPOCH, 1, 1, "", Double.NaN);
    }

    private static double[] pick(double[] all, List<String> names) {
        double[] out = new double[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all[BlockFeatures.index(names.get(i))];
        }
        return out;
    }
}
