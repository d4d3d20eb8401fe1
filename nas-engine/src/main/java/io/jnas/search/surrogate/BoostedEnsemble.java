package io.jnas.search.surrogate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * An ensemble of XGBoost regressors, each fitted to a bootstrap resample of the data (drawn from
 * the caller's generator, passed as row weights) with its own seed: the mean of their predictions
 * is the estimate, their standard deviation the uncertainty (as BANANAS does with neural nets).
 * Labels are standardized before fitting and predictions mapped back. One thread per model and
 * seeds from the caller's generator make a fit repeatable. Holds native memory: close it.
 *
 * <pre>{@code
 * try (BoostedEnsemble m = BoostedEnsemble.fit(x, y, BoostedEnsemble.Settings.DEFAULT, rng)) {
 *     BoostedEnsemble.Prediction p = m.predict(pool);   // p.mean()[i] ± p.sd()[i]
 * }
 * }</pre>
 */
public final class BoostedEnsemble implements AutoCloseable {

    /**
     * @param members models in the ensemble, at least 2 (a spread needs two)
     * @param rounds boosting rounds (trees) per model
     * @param maxDepth depth of each tree
     * @param eta learning rate, in (0, 1]
     */
    public record Settings(int members, int rounds, int maxDepth, double eta) {

        /** Settings of the {@code surrogate} strategy. */
        public static final Settings DEFAULT = new Settings(4, 40, 4, 0.3);

        public Settings {
            if (members < 2) {
                throw new IllegalArgumentException("members must be >= 2, but was " + members);
            }
            if (rounds < 1 || maxDepth < 1) {
                throw new IllegalArgumentException("rounds and depth must be >= 1, but were "
                        + rounds + " and " + maxDepth);
            }
            if (!(eta > 0 && eta <= 1)) {
                throw new IllegalArgumentException("eta must be in (0, 1], but was " + eta);
            }
        }
    }

    /** Per row, the ensemble's mean and standard deviation. */
    public record Prediction(double[] mean, double[] sd) {
    }

    private final List<Booster> models;
    private final int width;
    private final double center;
    private final double scale;

    private BoostedEnsemble(List<Booster> models, int width, double center, double scale) {
        this.models = models;
        this.width = width;
        this.center = center;
        this.scale = scale;
    }

    /**
     * Fits the ensemble to rows {@code x} (all of one width) and labels {@code y}.
     *
     * @throws IllegalArgumentException when there are fewer than 2 rows or sizes differ
     */
    public static BoostedEnsemble fit(List<float[]> x, double[] y, Settings settings,
            RandomGenerator rng) {
        requireNonNull(settings, "settings");
        requireNonNull(rng, "rng");
        int n = x.size();
        if (n < 2 || y.length != n) {
            throw new IllegalArgumentException("a fit needs >= 2 rows and one label per row, but"
                    + " had " + n + " rows and " + y.length + " labels");
        }
        int width = x.get(0).length;
        double center = 0;
        for (double v : y) {
            center += v / n;
        }
        double ss = 0;
        for (double v : y) {
            ss += (v - center) * (v - center);
        }
        double scale = Math.sqrt(ss / n) > 1e-12 ? Math.sqrt(ss / n) : 1;
        float[] labels = new float[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (float) ((y[i] - center) / scale);
        }
        List<Booster> models = new ArrayList<>(settings.members());
        DMatrix data = null;
        try {
            data = new DMatrix(flatten(x, width), n, width, Float.NaN);
            data.setLabel(labels);
            for (int m = 0; m < settings.members(); m++) {
                float[] weight = new float[n];
                for (int i = 0; i < n; i++) {
                    weight[rng.nextInt(n)]++;
                }
                data.setWeight(weight);
                models.add(XGBoost.train(data, params(settings, rng.nextInt(1 << 30)),
                        settings.rounds(), Map.of(), null, null));
            }
            return new BoostedEnsemble(models, width, center, scale);
        } catch (XGBoostError e) {
            models.forEach(Booster::dispose);
            throw new IllegalStateException("XGBoost failed to fit the surrogate: "
                    + e.getMessage(), e);
        } finally {
            if (data != null) {
                data.dispose();
            }
        }
    }

    private static Map<String, Object> params(Settings s, int seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "reg:squarederror");
        p.put("eta", s.eta());
        p.put("max_depth", s.maxDepth());
        p.put("min_child_weight", 1.0);
        p.put("colsample_bytree", 0.8);
        p.put("lambda", 1.0);
        p.put("base_score", 0.0);
        p.put("nthread", 1);
        p.put("seed", seed);
        p.put("verbosity", 0);
        return p;
    }

    private static float[] flatten(List<float[]> x, int width) {
        float[] flat = new float[x.size() * width];
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i).length != width) {
                throw new IllegalArgumentException("every row must have " + width
                        + " features, but row " + i + " had " + x.get(i).length);
            }
            System.arraycopy(x.get(i), 0, flat, i * width, width);
        }
        return flat;
    }

    /** The ensemble's estimate for each row of {@code x}. */
    public Prediction predict(List<float[]> x) {
        int n = x.size();
        double[] sum = new double[n];
        double[] sq = new double[n];
        if (n > 0) {
            float[] flat = flatten(x, width);
            try {
                for (Booster b : models) {
                    float[][] p = b.inplace_predict(flat, n, width, Float.NaN);
                    for (int i = 0; i < n; i++) {
                        sum[i] += p[i][0];
                        sq[i] += (double) p[i][0] * p[i][0];
                    }
                }
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost failed to predict: " + e.getMessage(), e);
            }
        }
        int k = models.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            double m = sum[i] / k;
            mean[i] = center + scale * m;
            sd[i] = scale * Math.sqrt(Math.max(0, sq[i] / k - m * m));
        }
        return new Prediction(mean, sd);
    }

    @Override
    public void close() {
        models.forEach(Booster::dispose);
        models.clear();
    }
}
