package io.jnas.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget regret of {@code nas bench} per latency budget, for its page: per device, per
 * strategy, the mean over seeds of the regret at each budget (the budgets being the latencies at
 * {@code quantiles} of the device's column). Drawn as one line chart per device.
 *
 * <pre>{@code
 * new RegretByBudget(List.of(0.05, 0.5, 0.9), Map.of("pixel2", Map.of("random", new double[] {
 *     3.1, 2.0, 1.2}))).charts();
 * }</pre>
 *
 * @param meanRegret per device, per strategy, one mean regret per quantile
 */
public record RegretByBudget(List<Double> quantiles,
        Map<String, Map<String, double[]>> meanRegret) {

    /** No regret to show (the page then has no regret charts). */
    public static final RegretByBudget NONE = new RegretByBudget(List.of(), Map.of());

    public RegretByBudget {
        quantiles = List.copyOf(quantiles);
        Map<String, Map<String, double[]>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, double[]>> d : meanRegret.entrySet()) {
            for (double[] v : d.getValue().values()) {
                if (v.length != quantiles.size()) {
                    throw new IllegalArgumentException("regret of device " + d.getKey()
                            + " must have one value per quantile (" + quantiles.size()
                            + "), but had " + v.length);
                }
            }
            copy.put(d.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(d.getValue())));
        }
        meanRegret = Collections.unmodifiableMap(copy);
    }

    /** One chart per device: x the budget's quantile in %, y the mean regret per strategy. */
    public List<Chart> charts() {
        List<Chart> charts = new ArrayList<>();
        meanRegret.forEach((device, byStrategy) -> {
            List<Series> series = new ArrayList<>();
            byStrategy.forEach((strategy, r) -> {
                List<Point> points = new ArrayList<>();
                for (int i = 0; i < r.length; i++) {
                    double q = quantiles.get(i) * 100;
                    points.add(new Point(q, r[i], strategy + " at the " + RunReport.fmt("%.0f", q)
                            + "% latency budget: mean regret " + RunReport.fmt("%.3f", r[i])));
                }
                series.add(Series.of(strategy, points));
            });
            charts.add(Chart.line("Budget regret on " + device + " (mean over seeds)",
                    "latency budget (quantile of the device's latencies, %)",
                    "regret (accuracy points)", series.toArray(Series[]::new)));
        });
        return charts;
    }
}
