package io.jnas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.fleet.FleetConnector;
import io.jnas.model.DjlRuntime;
import io.jnas.report.HeadlessChromium;
import io.jnas.report.RunReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a real run and export, opened in headless Chromium: every chart is drawn as SVG
 * (so the inlined library ran, offline, from a file URL) and the page logs nothing to the
 * console. The screenshot is kept under target/ for a look.
 */
class ReportChromiumIT {

    @TempDir
    Path tmp;

    @Test
    void everyChartOfTheReportRendersAsSvgWithoutConsoleMessages() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        DjlRuntime.configure(1);
        Path run = TestExports.search(tmp.resolve("run"), 14, List.of("local"));
        ExportRun.Result r = new ExportRun(FleetConnector.standard(),
                new PrintWriter(new StringWriter())).export(run, ExportRun.Options.defaults()
                        .with(ExportTraining.untrained()));
        Path page = run.resolve(RunReport.FILE);
        assertEquals(page, r.report());
        String html = Files.readString(page);
        assertTrue(!html.contains("src=\"http") && !html.contains("href=\"http"),
                "the page must load nothing from the network");

        HeadlessChromium.Rendered rendered = chromium.render(page, tmp);
        assertEquals(List.of(), rendered.console(), "console messages of the page");
        // front on local, best so far, predicted vs measured
        List<String> charts = chartContents(rendered.dom());
        assertEquals(3, charts.size(), "chart divs in the rendered page");
        for (int i = 0; i < charts.size(); i++) {
            String c = charts.get(i);
            assertTrue(c.contains("<svg"), "chart " + i + " must be drawn as SVG, but holds: "
                    + c.substring(0, Math.min(300, c.length())));
            assertTrue(count(c, "<path") >= 10, "chart " + i + " must draw axes and points, but"
                    + " has " + count(c, "<path") + " paths");
        }
        assertTrue(charts.get(2).contains("predicted = measured"), "the legend of the scatter");

        Path shots = Files.createDirectories(Path.of("target", "report-screenshot"));
        Path png = shots.resolve("report.png").toAbsolutePath();
        chromium.screenshot(page, png, 1200, 2600, tmp);
        Files.copy(page, shots.resolve("report.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("report screenshot: " + png);
    }

    /** The content of each chart div, in page order. */
    static List<String> chartContents(String dom) {
        Matcher m = Pattern.compile("<div class=\"chart\" id=\"chart-\\d+\"").matcher(dom);
        List<Integer> starts = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : dom.length();
            out.add(dom.substring(starts.get(i), end));
        }
        return out;
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
