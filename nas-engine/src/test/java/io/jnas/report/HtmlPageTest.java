package io.jnas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    static final Series ONE = Series.of("s", List.of(Point.of(1, 2)));

    @Test
    void thePageInlinesTheLibraryAndEveryChartsData() {
        HtmlPage page = new HtmlPage("demo").heading("h").chart(Chart.line("t", "x", "y", ONE))
                .chart(Chart.scatter("t2", "x", "y", ONE));
        String html = page.render();
        assertEquals(2, page.chartCount());
        assertTrue(html.contains("id=\"chart-0\"") && html.contains("id=\"chart-1\""));
        assertTrue(html.contains("echarts.init(") && html.contains("renderer: 'svg'"));
        assertTrue(html.length() > 900_000, "echarts.min.js must be inlined");
        assertFalse(html.contains("<script src"), "no script may come from elsewhere");
        assertTrue(html.contains("\"type\":\"line\"") && html.contains("\"type\":\"scatter\""));
    }

    @Test
    void textCannotBreakOutOfTheScriptOrTheMarkup() {
        String evil = "</script><script>alert(1)</script>";
        String html = new HtmlPage(evil).paragraph(evil)
                .chart(Chart.scatter(evil, "x", "y", Series.of(evil,
                        List.of(new Point(1, 2, evil + "\nline 2")))))
                .table(List.of(evil), List.of(List.of(evil))).render();
        assertFalse(html.contains("alert(1)</script>"), "escaped everywhere");
        assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
        assertTrue(html.contains("\\u003c/script\\u003e"), "inside JSON, < is \\u003c");
        // a tooltip is HTML: its text escaped, its lines joined by <br>
        assertTrue(html.contains("alert(1)\\u003c/script\\u003e\\u003cbr\\u003eline 2")
                || html.contains("alert(1)&lt;/script&gt;\\u003cbr\\u003eline 2"), html.substring(
                        html.indexOf("const charts")));
    }

    @Test
    void numbersAreRightAlignedAndRowsMustMatchTheHeader() {
        String html = new HtmlPage("t").table(List.of("a", "b"),
                List.of(List.of("1,234.5", "k3e6c24"))).render();
        assertTrue(html.contains("<td class=\"num\">1,234.5</td><td>k3e6c24</td>"), html);
        assertThrows(IllegalArgumentException.class, () -> new HtmlPage("t")
                .table(List.of("a", "b"), List.of(List.of("1"))));
    }

    @Test
    void autoSeriesFollowTheChartKindAndExplicitStylesStay() {
        Chart line = Chart.line("t", "x", "y", ONE, ONE.drawn(Series.Style.POINTS));
        assertEquals(List.of(Series.Style.LINE, Series.Style.POINTS),
                line.series().stream().map(Series::style).toList());
        Chart scatter = Chart.scatter("t", "x", "y", ONE, ONE.drawn(Series.Style.STEP));
        assertEquals(List.of(Series.Style.POINTS, Series.Style.STEP),
                scatter.series().stream().map(Series::style).toList());
        assertThrows(IllegalArgumentException.class, () -> Chart.line("t", "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> Point.of(Double.NaN, 1));
    }
}
