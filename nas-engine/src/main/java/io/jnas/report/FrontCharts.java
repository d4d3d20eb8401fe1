package io.jnas.report;

import io.jnas.search.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The charts of a run report, built from its evaluations. */
final class FrontCharts {

    private FrontCharts() {
    }

    /** Every evaluation on one device (score against predicted latency), the front as steps. */
    static Chart front(List<Evaluation> history, List<Evaluation> front, String device,
            String score) {
        return Chart.scatter("Pareto front on " + device + ": " + front.size() + " of "
                        + history.size() + " evaluations",
                "predicted latency on " + device + " (ms)", score,
                Series.of("evaluations", points(history, device, score)),
                Series.of("Pareto front", points(front, device, score))
                        .drawn(Series.Style.STEP));
    }

    /** The best score and the best fitness after each evaluation. */
    static Chart bestSoFar(List<Evaluation> history, String score) {
        List<Point> best = new ArrayList<>();
        List<Point> fitness = new ArrayList<>();
        List<Point> each = new ArrayList<>();
        double b = Double.NEGATIVE_INFINITY;
        double f = Double.NEGATIVE_INFINITY;
        for (Evaluation e : history) {
            b = Math.max(b, e.accuracy());
            f = Math.max(f, e.fitness());
            int n = e.index() + 1;
            best.add(Point.of(n, b));
            fitness.add(Point.of(n, f));
            each.add(new Point(n, e.accuracy(), e.hash() + "\n" + score + " "
                    + RunReport.fmt("%.4f", e.accuracy())));
        }
        return Chart.line("Best so far over " + history.size() + " evaluations", "evaluations",
                score + " / fitness",
                Series.of("best " + score, best).drawn(Series.Style.STEP),
                Series.of("best fitness", fitness).drawn(Series.Style.STEP),
                Series.of("each evaluation's " + score, each).drawn(Series.Style.POINTS));
    }

    /** Measured against predicted latency, one series per device, and the line y = x. */
    static Chart predictedVsMeasured(List<MeasuredSubnet> measured) {
        Map<String, List<Point>> byDevice = new LinkedHashMap<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (MeasuredSubnet m : measured) {
            byDevice.computeIfAbsent(m.device(), d -> new ArrayList<>()).add(new Point(
                    m.predictedMs(), m.measuredMs(), "#" + m.rank() + " " + m.hash() + " on "
                    + m.device() + "\npredicted " + RunReport.fmt("%.3f", m.predictedMs())
                    + " ms, measured " + RunReport.fmt("%.3f", m.measuredMs()) + " ms (p10 "
                    + RunReport.fmt("%.3f", m.p10Ms()) + ", p90 "
                    + RunReport.fmt("%.3f", m.p90Ms()) + ")\nerror "
                    + RunReport.fmt("%+.1f%%", 100 * m.relativeError())));
            lo = Math.min(lo, Math.min(m.predictedMs(), m.measuredMs()));
            hi = Math.max(hi, Math.max(m.predictedMs(), m.measuredMs()));
        }
        List<Series> series = new ArrayList<>();
        byDevice.forEach((d, pts) -> series.add(Series.of(d, pts)));
        series.add(Series.of("predicted = measured", List.of(Point.of(lo, lo), Point.of(hi, hi)))
                .drawn(Series.Style.REFERENCE));
        return Chart.scatter("Predicted vs measured latency (" + measured.size()
                + " measurements)", "predicted latency (ms)", "measured latency (ms, median)",
                series.toArray(Series[]::new));
    }

    private static List<Point> points(List<Evaluation> evals, String device, String score) {
        return evals.stream().map(e -> new Point(e.latencyMs(device), e.accuracy(),
                e.hash() + " (evaluation " + e.index() + ")\n" + score + " "
                + RunReport.fmt("%.4f", e.accuracy()) + ", " + device + " "
                + RunReport.fmt("%.3f", e.latencyMs(device)) + " ms\n"
                + RunReport.fmt("%,d params, %.2f MFLOPs", e.params(), e.flops() / 1e6) + "\n"
                + e.design().summary())).toList();
    }
}
