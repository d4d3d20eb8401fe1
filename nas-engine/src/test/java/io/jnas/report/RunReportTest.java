package io.jnas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.run.FinishedRun;
import io.jnas.run.RunResult;
import io.jnas.run.TestRuns;
import io.jnas.search.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a run (synthetic evaluator, two devices): its sections, charts and table. */
class RunReportTest {

    @TempDir
    Path tmp;

    @Test
    void aSearchReportHasAFrontPerDeviceTheBestSoFarAndTheFrontTable() throws Exception {
        RunResult r = TestRuns.runs().start(TestRuns.config(TestRuns.keys("regularized", 20, 4)),
                tmp.resolve("run"));
        FinishedRun fromFiles = FinishedRun.load(tmp.resolve("run"));
        FinishedRun inMemory = FinishedRun.of(r);
        assertEquals(fromFiles.fronts().keySet(), inMemory.fronts().keySet());
        fromFiles.fronts().forEach((name, front) -> assertEquals(hashes(front),
                hashes(inMemory.front(name)), name));

        HtmlPage page = RunReport.page(fromFiles, List.of());
        assertEquals(3, page.chartCount(), "front on local, front on edge, best so far");
        String html = page.render();
        assertTrue(html.contains("<h2>Pareto front on local</h2>"));
        assertTrue(html.contains("<h2>Pareto front on edge</h2>"));
        assertTrue(html.contains("<h2>Best so far</h2>"));
        assertFalse(html.contains("Predicted vs measured"), "nothing was measured yet");
        for (Evaluation e : fromFiles.front(FinishedRun.JOINT)) {
            assertTrue(html.contains("<td>" + e.hash() + "</td>"), e.hash());
        }
        assertTrue(html.contains("Pareto front on local: " + fromFiles.front("local").size()
                + " of 20 evaluations"));

        Path written = RunReport.write(fromFiles, List.of());
        assertEquals(tmp.resolve("run/report.html"), written);
        assertEquals(html, Files.readString(written));
    }

    @Test
    void measuredSubnetsAddTheScatterAndTheirErrors() {
        RunResult r = TestRuns.runs().start(TestRuns.config(TestRuns.keys("random", 10, 4)),
                tmp.resolve("run"));
        Evaluation e = r.fronts().get("local").get(0);
        MeasuredSubnet m = new MeasuredSubnet(1, e.hash(), "local", e.latencyMs("local"),
                2 * e.latencyMs("local"), 1.9 * e.latencyMs("local"), 2.1 * e.latencyMs("local"),
                "pytorch 2.7.1 on cpu (hw), float32, batch 1");
        assertEquals(-0.5, m.relativeError(), 1e-12);
        HtmlPage page = RunReport.page(FinishedRun.of(r), List.of(m));
        assertEquals(4, page.chartCount());
        String html = page.render();
        assertTrue(html.contains("Predicted vs measured latency of the exported subnets"));
        assertTrue(html.contains("<td class=\"num\">-50.0%</td>"), "the error column");
        assertTrue(html.contains("local: pytorch 2.7.1 on cpu (hw), float32, batch 1"));
    }

    static List<String> hashes(List<Evaluation> l) {
        return l.stream().map(Evaluation::hash).toList();
    }
}
