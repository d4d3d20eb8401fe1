package io.jnas.report;

import static java.util.Objects.requireNonNull;

import io.jnas.run.BestSoFarCurves;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The page {@code nas bench} writes beside its CSV files: the mean best-so-far curve of every
 * strategy against evaluations (with the table's best as a reference line), per device the mean
 * budget regret of every strategy against the latency budget ({@link RegretByBudget}), and one
 * row per run. Self-contained like the run report.
 *
 * <pre>{@code
 * new BenchPage("nas bench: nb201-mini", intro, curves, "synflow", 47.67, headers, rows)
 *         .write(dir.resolve("report.html"));
 * }</pre>
 *
 * @param tableBest the best value of the accuracy column in the whole table
 */
public record BenchPage(String title, String intro, BestSoFarCurves curves, String column,
        double tableBest, RegretByBudget regret, List<String> headers, List<List<String>> rows) {

    /** A page without regret charts. */
    public BenchPage(String title, String intro, BestSoFarCurves curves, String column,
            double tableBest, List<String> headers, List<List<String>> rows) {
        this(title, intro, curves, column, tableBest, RegretByBudget.NONE, headers, rows);
    }

    public BenchPage {
        requireNonNull(title, "title");
        requireNonNull(regret, "regret");
        requireNonNull(intro, "intro");
        requireNonNull(curves, "curves");
        requireNonNull(column, "column");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** The best-so-far chart: one line per strategy and the table's best, dashed. */
    public Chart chart() {
        List<Series> series = new ArrayList<>();
        curves.meanBest().forEach((strategy, curve) -> {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < curve.length; i++) {
                if (!Double.isNaN(curve[i])) {
                    points.add(new Point(i + 1, curve[i], strategy + " after " + (i + 1)
                            + " evaluations: mean best " + RunReport.fmt("%.4f", curve[i])));
                }
            }
            series.add(Series.of(strategy, points));
        });
        series.add(Series.of("table's best", List.of(
                new Point(1, tableBest, "table's best " + RunReport.fmt("%.4f", tableBest)),
                new Point(curves.evaluations(), tableBest, "table's best "
                        + RunReport.fmt("%.4f", tableBest)))).drawn(Series.Style.REFERENCE));
        return Chart.line("Best " + column + " so far (mean over seeds)", "evaluations",
                "best " + column, series.toArray(Series[]::new));
    }

    /** The page; written atomically. */
    public void write(Path file) {
        HtmlPage page = new HtmlPage(title).paragraph(intro).chart(chart());
        for (Chart c : regret.charts()) {
            page.chart(c);
        }
        page.heading("Runs").table(headers, rows).write(file);
    }
}
