package io.jnas.recorded;

import static java.util.Objects.requireNonNull;

import io.jnas.search.fitness.Hypervolume;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How far a search over a recorded table is from the best network under a latency budget, in
 * accuracy points. Per device, the budgets are the latencies at fixed quantiles of the device's
 * column ({@link #QUANTILES}, linear interpolation between order statistics as numpy and R's
 * type 7 do); for each budget T the regret is (best accuracy of the whole table with latency
 * &lt;= T) - (best accuracy among the found architectures with latency &lt;= T), and a run's
 * budget regret is the mean over the budgets. 0 means the run found the best network for every
 * budget.
 *
 * <pre>{@code
 * BudgetRegret r = BudgetRegret.of(space.keys(), accuracy, "c100", latency, devices);
 * double points = r.of("pixel2", found);     // mean over the budgets
 * }</pre>
 *
 * @param budgetMs per device, the latency budgets, one per quantile
 * @param bestUnder per device, the table's best accuracy within each budget
 * @param floor the table's worst accuracy: what a run that found nothing within a budget scores
 */
public record BudgetRegret(List<Double> quantiles, Map<String, double[]> budgetMs,
        Map<String, double[]> bestUnder, double floor) {

    /** The budgets' quantiles of a device's latency column: 5, 10, 20, 30, 50, 70, 90%. */
    public static final List<Double> QUANTILES = List.of(0.05, 0.10, 0.20, 0.30, 0.50, 0.70,
            0.90);

    public BudgetRegret {
        quantiles = List.copyOf(quantiles);
        budgetMs = Collections.unmodifiableMap(new LinkedHashMap<>(budgetMs));
        bestUnder = Collections.unmodifiableMap(new LinkedHashMap<>(bestUnder));
    }

    /** The budgets of {@code devices} over {@code keys}, every architecture of the space. */
    public static BudgetRegret of(List<String> keys, RecordedTable accuracy, String column,
            RecordedTable latency, List<String> devices) {
        int acc = accuracy.column(column);
        double[] a = keys.stream().mapToDouble(k -> accuracy.require(k, acc)).toArray();
        double floor = Arrays.stream(a).min().orElseThrow(() -> new IllegalArgumentException(
                "keys must not be empty"));
        Map<String, double[]> budgets = new LinkedHashMap<>();
        Map<String, double[]> best = new LinkedHashMap<>();
        for (String d : devices) {
            int col = latency.column(d);
            double[] ms = keys.stream().mapToDouble(k -> latency.require(k, col)).toArray();
            double[] t = budgets(ms, QUANTILES);
            budgets.put(d, t);
            best.put(d, bestUnder(a, ms, t, floor));
        }
        return new BudgetRegret(QUANTILES, budgets, best, floor);
    }

    /** The latencies at {@code quantiles} (each in (0, 1]) of {@code latencyMs}, type 7. */
    public static double[] budgets(double[] latencyMs, List<Double> quantiles) {
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(latencyMs);
        return quantiles.stream().mapToDouble(q -> p.evaluate(q * 100)).toArray();
    }

    /** Per budget, the best of {@code accuracy} with latency within it ({@code floor} if none). */
    static double[] bestUnder(double[] accuracy, double[] latencyMs, double[] budgetsMs,
            double floor) {
        double[] best = new double[budgetsMs.length];
        Arrays.fill(best, floor);
        for (int i = 0; i < accuracy.length; i++) {
            for (int b = 0; b < budgetsMs.length; b++) {
                if (latencyMs[i] <= budgetsMs[b] && accuracy[i] > best[b]) {
                    best[b] = accuracy[i];
                }
            }
        }
        return best;
    }

    /** Regret per budget of the {@code found} (accuracy, latency) points on one device. */
    public double[] perBudget(String device, List<Hypervolume.Point> found) {
        double[] t = requireNonNull(budgetMs.get(device), () -> "device must be one of "
                + budgetMs.keySet() + ", but was '" + device + "'");
        double[] got = bestUnder(found.stream().mapToDouble(Hypervolume.Point::accuracy)
                .toArray(), found.stream().mapToDouble(Hypervolume.Point::latencyMs).toArray(),
                t, floor);
        double[] table = bestUnder.get(device);
        double[] r = new double[t.length];
        for (int b = 0; b < t.length; b++) {
            r[b] = table[b] - got[b];
        }
        return r;
    }

    /** The budget regret of {@code found} on one device: the mean of {@link #perBudget}. */
    public double of(String device, List<Hypervolume.Point> found) {
        return Arrays.stream(perBudget(device, found)).average().orElseThrow();
    }
}
