package io.jnas.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One chart of a report: a title, two labelled value axes and named series. A series in style
 * {@link Series.Style#AUTO} is drawn as the chart's kind says: a line for {@link #line}, markers
 * for {@link #scatter}.
 *
 * <pre>{@code
 * Chart c = Chart.line("Best so far", "evaluations", "best fitness",
 *         Series.of("regularized", reg), Series.of("random", rnd));
 * page.chart(c);
 * }</pre>
 */
public record Chart(String title, String xLabel, String yLabel, List<Series> series) {

    public Chart {
        requireNonNull(title, "title");
        requireNonNull(xLabel, "xLabel");
        requireNonNull(yLabel, "yLabel");
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' must have a series, but has"
                    + " none");
        }
    }

    /** A line chart: series in style AUTO are drawn as lines. */
    public static Chart line(String title, String xLabel, String yLabel, Series... series) {
        return of(title, xLabel, yLabel, Series.Style.LINE, series);
    }

    /** A scatter chart: series in style AUTO are drawn as markers. */
    public static Chart scatter(String title, String xLabel, String yLabel, Series... series) {
        return of(title, xLabel, yLabel, Series.Style.POINTS, series);
    }

    private static Chart of(String title, String xLabel, String yLabel, Series.Style auto,
            Series... series) {
        return new Chart(title, xLabel, yLabel, List.of(series).stream()
                .map(s -> s.style() == Series.Style.AUTO ? s.drawn(auto) : s).toList());
    }
}
