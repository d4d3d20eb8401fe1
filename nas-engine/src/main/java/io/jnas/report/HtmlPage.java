package io.jnas.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jnas.run.RunDirectory;
import java.nio.file.Path;
import java.util.List;

/**
 * A self-contained HTML page of headings, text, tables and charts: the charting library and
 * every chart's data are inlined, so the file opens offline, from any folder, with no server.
 * Charts are drawn in the browser by ECharts' SVG renderer: vector plots with tooltips.
 *
 * <pre>{@code
 * new HtmlPage("Run demo").heading("Front").chart(chart).table(headers, rows).write(path);
 * }</pre>
 */
public final class HtmlPage {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222}
            h1{font-size:22px}h2{font-size:17px;margin-top:32px;border-bottom:1px solid #ddd}
            p{line-height:1.45}.chart{width:100%;height:420px;margin:12px 0}
            table{border-collapse:collapse;font-size:13px}td,th{padding:3px 8px;border:1px solid #ddd}
            th{background:#f4f4f4;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
            code{font-size:12px}""";

    private final String title;
    private final StringBuilder body = new StringBuilder();
    private final ArrayNode charts = EChartsOption.MAPPER.createArrayNode();

    public HtmlPage(String title) {
        this.title = requireNonNull(title, "title");
    }

    public HtmlPage heading(String text) {
        body.append("<h2>").append(Html.escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlPage paragraph(String text) {
        body.append("<p>").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    /** A chart, drawn where it is added. */
    public HtmlPage chart(Chart chart) {
        body.append("<div class=\"chart\" id=\"chart-").append(charts.size())
                .append("\"></div>\n");
        charts.add(EChartsOption.of(chart));
        return this;
    }

    /**
     * A table of text cells; cells that read as numbers are right-aligned.
     *
     * @throws IllegalArgumentException when a row's length differs from the header's
     */
    public HtmlPage table(List<String> headers, List<List<String>> rows) {
        body.append("<table>\n<tr>");
        headers.forEach(h -> body.append("<th>").append(Html.escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a table row must have " + headers.size()
                        + " cells, but had " + row.size() + ": " + row);
            }
            body.append("<tr>");
            for (String cell : row) {
                boolean num = cell.matches("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");
                body.append(num ? "<td class=\"num\">" : "<td>").append(Html.escape(cell))
                        .append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** How many charts the page draws. */
    public int chartCount() {
        return charts.size();
    }

    /** The whole page. */
    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + Html.escape(title) + "</title>\n<style>\n" + STYLE + "\n</style>\n<script>\n"
                + EChartsScript.text() + "\n</script>\n</head>\n<body>\n<h1>" + Html.escape(title)
                + "</h1>\n" + body + "<script>\nconst charts = "
                + Html.scriptSafe(charts.toString()) + ";\n" + """
                charts.forEach(function (option, i) {
                  option.tooltip.formatter = function (p) {
                    return p.data && p.data.tip ? p.data.tip : p.seriesName;
                  };
                  const chart = echarts.init(document.getElementById('chart-' + i), null,
                      {renderer: 'svg'});
                  chart.setOption(option);
                  window.addEventListener('resize', function () { chart.resize(); });
                });
                </script>
                </body>
                </html>
                """;
    }

    /** Writes the page atomically (readers see the old page or the new one). */
    public void write(Path file) {
        RunDirectory.writeAtomically(file, render());
    }
}
