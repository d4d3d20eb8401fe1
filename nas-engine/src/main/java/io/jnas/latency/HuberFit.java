package io.jnas.latency;

import java.util.Arrays;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Robust linear fit of relative errors: iteratively reweighted least squares (Commons Math OLS)
 * with Huber weights, each row scaled by {@code 1 / y} so that the fit minimises relative, not
 * absolute, errors (a 10% miss on a 1 ms net counts as much as on a 10 ms one) and a network
 * caught by a load burst pulls the fit only linearly.
 *
 * <pre>{@code
 * double[] b = HuberFit.fit(x, y); // x without an intercept column; b[0] is the intercept
 * }</pre>
 */
public final class HuberFit {

    /** Huber's tuning constant: 95% efficiency under normal errors. */
    public static final double K = 1.345;

    private HuberFit() {
    }

    /**
     * Coefficients {@code [intercept, b1, b2, ...]}.
     *
     * @throws SingularMatrixException when the regressors are collinear
     */
    public static double[] fit(double[][] x, double[] y) {
        return fit(x, y, 0);
    }

    /**
     * As {@link #fit(double[][], double[])}, with a ridge penalty {@code lambda x n x (s_j b_j)^2}
     * on every coefficient but the intercept, {@code s_j} the scale of regressor j in the relative
     * system: with many regressors of few networks each, it keeps the fit from chasing noise.
     */
    public static double[] fit(double[][] x, double[] y, double lambda) {
        int n = y.length;
        int p = x[0].length + 1;
        double[] colScale = new double[p];
        for (int j = 1; j < p; j++) {
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += Math.pow(x[i][j - 1] / y[i], 2);
            }
            colScale[j] = Math.sqrt(ss / n);
        }
        int extra = lambda > 0 ? p - 1 : 0;
        double[] w = new double[n];
        Arrays.fill(w, 1);
        double[] b = new double[p];
        for (int iter = 0; iter < 50; iter++) {
            double[][] xs = new double[n + extra][p];
            double[] ys = new double[n + extra];
            for (int j = 1; j <= extra; j++) {
                xs[n + j - 1][j] = Math.sqrt(lambda * n) * colScale[j];
            }
            for (int i = 0; i < n; i++) {
                double s = Math.sqrt(w[i]) / y[i];
                xs[i][0] = s;
                for (int j = 1; j < p; j++) {
                    xs[i][j] = x[i][j - 1] * s;
                }
                ys[i] = y[i] * s;
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.setNoIntercept(true);
            ols.newSampleData(ys, xs);
            double[] nb = ols.estimateRegressionParameters();
            double[] rel = new double[n];
            for (int i = 0; i < n; i++) {
                rel[i] = (y[i] - predict(nb, x[i])) / y[i];
            }
            double scale = mad(rel) / 0.6745;
            for (int i = 0; i < n; i++) {
                double u = scale == 0 ? 0 : Math.abs(rel[i]) / scale;
                w[i] = u <= K ? 1 : K / u;
            }
            double change = 0;
            for (int j = 0; j < p; j++) {
                change = Math.max(change, Math.abs(nb[j] - b[j]));
            }
            b = nb;
            if (change < 1e-9) {
                break;
            }
        }
        return b;
    }

    /** {@code b[0] + b[1] x[0] + ...}. */
    public static double predict(double[] b, double[] x) {
        double v = b[0];
        for (int j = 0; j < x.length; j++) {
            v += b[j + 1] * x[j];
        }
        return v;
    }

    private static double mad(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        double med = s[s.length / 2];
        return Arrays.stream(s).map(r -> Math.abs(r - med)).sorted().toArray()[s.length / 2];
    }
}
