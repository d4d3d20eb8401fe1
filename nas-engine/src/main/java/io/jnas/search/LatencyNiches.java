package io.jnas.search;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.special.Erf;

/**
 * The niches the {@code surrogate} strategy fills: per device, a ladder of latency budgets (the
 * latencies at fixed quantiles of a random sample of the space, predicted for free before any
 * accuracy is paid for), each niche holding the best evaluated design within its budget. One
 * niche without a budget when the run optimizes a scalar fitness. The niches of one quantile
 * form a <em>level</em> (one niche per device); a candidate's worth at a level is the sum, over
 * the level's niches it fits, of the expected improvement of its estimated score over the
 * niche's best, so a design within every device's budget counts for every device.
 *
 * <pre>{@code
 * LatencyNiches n = LatencyNiches.budgets(sampleLatencyMsByDevice, LatencyNiches.QUANTILES);
 * n.add(evaluation, evaluation.accuracy());
 * double worth = n.fits(level, candidate.latencyMs())
 *         ? n.expectedImprovement(level, candidate.latencyMs(), mean, sd, floor) : 0;
 * }</pre>
 */
final class LatencyNiches {

    /** Quantiles of the budget ladder: 5, 10, 20, 30, 50, 70 and 90%. */
    static final List<Double> QUANTILES = List.of(0.05, 0.10, 0.20, 0.30, 0.50, 0.70, 0.90);

    private final List<String> device;
    private final int[] level;
    private final int levels;
    private final double[] budgetMs;
    private final double[] best;
    private final Evaluation[] incumbent;

    private LatencyNiches(List<String> device, int[] level, double[] budgetMs) {
        this.device = new ArrayList<>(device);
        this.level = level;
        this.levels = Arrays.stream(level).max().orElse(0) + 1;
        this.budgetMs = budgetMs;
        this.best = new double[budgetMs.length];
        Arrays.fill(best, Double.NaN);
        this.incumbent = new Evaluation[budgetMs.length];
    }

    /** One niche without a budget. */
    static LatencyNiches single() {
        List<String> none = new ArrayList<>();
        none.add(null);
        return new LatencyNiches(none, new int[] {0}, new double[] {Double.POSITIVE_INFINITY});
    }

    /**
     * Per device of {@code latencyMs} (latencies of a sample, per device), one niche per
     * quantile, with the sample's latency at that quantile (nearest rank) as budget; level k
     * holds every device's niche of the k-th quantile.
     */
    static LatencyNiches budgets(Map<String, double[]> latencyMs, List<Double> quantiles) {
        List<String> device = new ArrayList<>();
        List<Double> budget = new ArrayList<>();
        List<Integer> level = new ArrayList<>();
        latencyMs.forEach((d, ms) -> {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            for (int k = 0; k < quantiles.size(); k++) {
                double q = quantiles.get(k);
                device.add(d);
                level.add(k);
                budget.add(sorted[(int) Math.min(sorted.length - 1,
                        Math.max(0, Math.ceil(q * sorted.length) - 1))]);
            }
        });
        if (device.isEmpty()) {
            throw new IllegalArgumentException("latencyMs must name a device, but was empty");
        }
        return new LatencyNiches(device, level.stream().mapToInt(Integer::intValue).toArray(),
                budget.stream().mapToDouble(Double::doubleValue).toArray());
    }

    int size() {
        return budgetMs.length;
    }

    /** Levels (quantiles of the budget ladder; 1 for the niche without a budget). */
    int levels() {
        return levels;
    }

    /** Whether a design with these latencies fits niche {@code i}. */
    boolean fits(int i, Map<String, Double> latencyMs) {
        return device.get(i) == null || latencyMs.get(device.get(i)) <= budgetMs[i];
    }

    /** Whether a design with these latencies fits a niche of level {@code k}. */
    boolean fitsLevel(int k, Map<String, Double> latencyMs) {
        for (int i = 0; i < budgetMs.length; i++) {
            if (level[i] == k && fits(i, latencyMs)) {
                return true;
            }
        }
        return false;
    }

    /** Counts an evaluation with its score (accuracy or fitness) in every niche it fits. */
    void add(Evaluation e, double score) {
        requireNonNull(e, "e");
        for (int i = 0; i < budgetMs.length; i++) {
            if (fits(i, e.latencyMs()) && !(score <= best[i])) {
                best[i] = score;
                incumbent[i] = e;
            }
        }
    }

    /** The distinct incumbents, in niche order. */
    List<Evaluation> incumbents() {
        Set<Evaluation> s = new LinkedHashSet<>();
        for (Evaluation e : incumbent) {
            if (e != null) {
                s.add(e);
            }
        }
        return List.copyOf(s);
    }

    /**
     * The expected improvement of a Gaussian score {@code mean ± sd} over the best of niche
     * {@code i}; an empty niche counts as having {@code floor}.
     */
    double expectedImprovement(int i, double mean, double sd, double floor) {
        return ei(mean, sd, Double.isNaN(best[i]) ? floor : best[i]);
    }

    /**
     * The expected improvement of a Gaussian score {@code mean ± sd} summed over the niches of
     * level {@code k} that a design with these latencies fits (0 when it fits none).
     */
    double expectedImprovement(int k, Map<String, Double> latencyMs, double mean, double sd,
            double floor) {
        double sum = 0;
        for (int i = 0; i < budgetMs.length; i++) {
            if (level[i] == k && fits(i, latencyMs)) {
                sum += expectedImprovement(i, mean, sd, floor);
            }
        }
        return sum;
    }

    /** Expected improvement of N(mean, sd^2) over {@code best}. */
    static double ei(double mean, double sd, double best) {
        double gain = mean - best;
        if (!(sd > 1e-12)) {
            return Math.max(gain, 0);
        }
        double z = gain / sd;
        return gain * cdf(z) + sd * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    private static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
