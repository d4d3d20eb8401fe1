package io.jnas.run;

import static java.util.Objects.requireNonNull;

import io.jnas.search.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Best accuracy so far against evaluations, per strategy, averaged over seeds: the curve that
 * shows how fast a strategy finds good architectures. A run that stopped early (its space
 * exhausted) keeps its last best for the remaining evaluation counts.
 *
 * <pre>{@code
 * BestSoFarCurves c = BestSoFarCurves.of(Map.of("random", histories), 200);
 * Files.writeString(dir.resolve("curves.csv"), c.toCsv());
 * }</pre>
 *
 * @param evaluations the length of every curve
 * @param meanBest per strategy, element {@code i} the mean over seeds of the best accuracy among
 *     the first {@code i + 1} evaluations
 */
public record BestSoFarCurves(int evaluations, Map<String, double[]> meanBest) {

    public BestSoFarCurves {
        meanBest = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                requireNonNull(meanBest, "meanBest")));
        meanBest.forEach((s, c) -> {
            if (c.length != evaluations) {
                throw new IllegalArgumentException("curve of " + s + " must have " + evaluations
                        + " points, but had " + c.length);
            }
        });
    }

    /** One run's curve: the running maximum of its accuracies, padded to {@code length}. */
    public static double[] of(List<Evaluation> history, int length) {
        double[] c = new double[length];
        double best = Double.NaN;
        for (int i = 0; i < length; i++) {
            if (i < history.size()) {
                double a = history.get(i).accuracy();
                best = Double.isNaN(best) ? a : Math.max(best, a);
            }
            c[i] = best;
        }
        return c;
    }

    /** The mean curves of each strategy's runs (histories in seed order). */
    public static BestSoFarCurves of(Map<String, List<List<Evaluation>>> runs, int length) {
        Map<String, double[]> mean = new LinkedHashMap<>();
        runs.forEach((strategy, histories) -> {
            double[] sum = new double[length];
            for (List<Evaluation> h : histories) {
                double[] c = of(h, length);
                for (int i = 0; i < length; i++) {
                    sum[i] += c[i];
                }
            }
            for (int i = 0; i < length; i++) {
                sum[i] /= histories.size();
            }
            mean.put(strategy, sum);
        });
        return new BestSoFarCurves(length, mean);
    }

    /** {@code evaluations,<strategy>,...}, then one line per evaluation count from 1. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("evaluations");
        meanBest.keySet().forEach(s -> sb.append(',').append(s));
        sb.append('\n');
        List<double[]> curves = new ArrayList<>(meanBest.values());
        for (int i = 0; i < evaluations; i++) {
            sb.append(i + 1);
            for (double[] c : curves) {
                sb.append(',').append(String.format(Locale.ROOT, "%.6f", c[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
