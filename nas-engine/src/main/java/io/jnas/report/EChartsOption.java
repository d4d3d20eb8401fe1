package io.jnas.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link Chart} as an ECharts option object. Each data item carries its tooltip as HTML in
 * {@code tip} (escaped here); the page's script shows it on hover. Animation is off, so a chart
 * is complete as soon as it is drawn (and a headless browser sees it whole).
 */
final class EChartsOption {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private EChartsOption() {
    }

    static ObjectNode of(Chart chart) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("animation", false);
        o.putObject("title").put("text", chart.title()).put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        o.putObject("tooltip").put("trigger", "item").put("confine", true);
        o.putObject("legend").put("top", 24).put("type", "scroll");
        o.putObject("grid").put("left", 64).put("right", 24).put("top", 64).put("bottom", 48);
        o.set("xAxis", axis(chart.xLabel(), 28));
        o.set("yAxis", axis(chart.yLabel(), 48));
        ArrayNode series = o.putArray("series");
        chart.series().forEach(s -> series.add(series(s)));
        return o;
    }

    private static ObjectNode axis(String label, int gap) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("type", "value").put("name", label).put("nameLocation", "middle")
                .put("nameGap", gap).put("scale", true);
        return a;
    }

    private static ObjectNode series(Series s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", s.name());
        switch (s.style()) {
            case AUTO, POINTS -> n.put("type", "scatter").put("symbolSize", 6)
                    .putObject("itemStyle").put("opacity", 0.55);
            case LINE -> n.put("type", "line").put("symbolSize", 7);
            // markers on a long staircase (best so far over hundreds of evaluations) only clutter
            case STEP -> n.put("type", "line").put("step", "end").put("symbolSize", 8)
                    .put("showSymbol", s.points().size() <= 50).put("z", 3);
            case REFERENCE -> n.put("type", "line").put("symbol", "none").put("silent", true)
                    .putObject("lineStyle").put("type", "dashed").put("width", 1);
        }
        ArrayNode data = n.putArray("data");
        for (Point p : s.points()) {
            ObjectNode d = data.addObject();
            d.putArray("value").add(p.x()).add(p.y());
            if (!p.tooltip().isEmpty()) {
                d.put("tip", Html.escape(p.tooltip()).replace("\n", "<br>"));
            }
        }
        return n;
    }
}
