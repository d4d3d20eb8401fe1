package io.jnas.search.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/** The XGBoost ensemble on a landscape with known structure. */
class BoostedEnsembleTest {

    /** Rows of 6 one-hot groups of 4 choices; the label is a seeded weight per (group, choice). */
    private static final int GROUPS = 6;
    private static final int CHOICES = 4;

    private static double[][] weights() {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] w = new double[GROUPS][CHOICES];
        for (double[] g : w) {
            for (int c = 0; c < CHOICES; c++) {
                g[c] = rng.nextDouble() * 10;
            }
        }
        return w;
    }

    private static List<float[]> rows(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<float[]> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] r = new float[GROUPS * CHOICES];
            for (int g = 0; g < GROUPS; g++) {
                r[g * CHOICES + rng.nextInt(CHOICES)] = 1;
            }
            x.add(r);
        }
        return x;
    }

    private static double[] labels(List<float[]> x) {
        double[][] w = weights();
        return x.stream().mapToDouble(r -> {
            double y = 50;
            for (int i = 0; i < r.length; i++) {
                y += r[i] * w[i / CHOICES][i % CHOICES];
            }
            return y;
        }).toArray();
    }

    @Test
    void predictionsRankUnseenRowsLikeTheTruth() {
        List<float[]> train = rows(80, 1);
        List<float[]> test = rows(200, 2);
        try (BoostedEnsemble m = BoostedEnsemble.fit(train, labels(train),
                BoostedEnsemble.Settings.DEFAULT, new SplittableRandom(3))) {
            BoostedEnsemble.Prediction p = m.predict(test);
            double rho = new SpearmansCorrelation().correlation(p.mean(), labels(test));
            assertTrue(rho > 0.8, "rank correlation on unseen rows " + rho);
            assertTrue(java.util.Arrays.stream(p.sd()).allMatch(s -> s >= 0));
            assertTrue(java.util.Arrays.stream(p.sd()).anyMatch(s -> s > 0),
                    "bootstrap members disagree somewhere");
        }
    }

    @Test
    void theSameSeedGivesTheSamePredictions() {
        List<float[]> train = rows(60, 1);
        List<float[]> test = rows(50, 2);
        double[][] a;
        double[][] b;
        try (BoostedEnsemble m = BoostedEnsemble.fit(train, labels(train),
                BoostedEnsemble.Settings.DEFAULT, new SplittableRandom(9))) {
            a = new double[][] {m.predict(test).mean(), m.predict(test).sd()};
        }
        try (BoostedEnsemble m = BoostedEnsemble.fit(train, labels(train),
                BoostedEnsemble.Settings.DEFAULT, new SplittableRandom(9))) {
            b = new double[][] {m.predict(test).mean(), m.predict(test).sd()};
        }
        assertArrayEquals(a[0], b[0], 0.0);
        assertArrayEquals(a[1], b[1], 0.0);
    }

    @Test
    void aFitNeedsTwoRowsWithALabelEach() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                BoostedEnsemble.fit(rows(1, 1), new double[1], BoostedEnsemble.Settings.DEFAULT,
                        new SplittableRandom(1)));
        assertEquals("a fit needs >= 2 rows and one label per row, but had 1 rows and 1 labels",
                e.getMessage());
    }
}
