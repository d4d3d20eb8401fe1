package io.jnas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.run.BestSoFarCurves;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench page's best-so-far chart draws in a real browser: a line per strategy. */
class BenchPageChromiumIT {

    @TempDir
    Path tmp;

    @Test
    void theBestSoFarChartRendersOneLinePerStrategyAndTheReference() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("regularized", new double[] {1, 3, 3, 5, 6, 6, 7, 7});
        curves.put("random", new double[] {1, 2, 2, 2, 4, 4, 4, 5});
        curves.put("nsga2", new double[] {2, 2, 3, 4, 4, 5, 6, 7});
        BenchPage p = new BenchPage("nas bench: test", "8 evaluations x 1 seed",
                new BestSoFarCurves(8, curves), "acc", 7.5,
                List.of("strategy", "seed", "best"), List.of(List.of("random", "1", "5")));
        Path page = tmp.resolve("report.html");
        p.write(page);
        String html = Files.readString(page);
        for (String name : List.of("regularized", "random", "nsga2", "table's best")) {
            assertTrue(html.contains(name), name);
        }
        HeadlessChromium.Rendered r = chromium.render(page, tmp);
        assertEquals(List.of(), r.console());
        int svg = r.dom().indexOf("<svg");
        assertTrue(svg > 0, "the chart must be drawn as SVG");
        String chart = r.dom().substring(svg, r.dom().indexOf("</svg>", svg));
        // four series: each a polyline path, plus axes and markers
        assertTrue(chart.split("<path", -1).length - 1 >= 4 + 2, chart.length() + " chars");
        assertTrue(r.dom().contains("<td>random</td>"), "the runs table");
    }
}
