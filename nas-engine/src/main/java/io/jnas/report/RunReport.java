package io.jnas.report;

import io.jnas.run.FinishedRun;
import io.jnas.run.RunConfig;
import io.jnas.search.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report of a search run, {@code runs/<name>/report.html}: the Pareto front per device
 * (every evaluation, the front highlighted), the best score and fitness so far over the
 * evaluations, the table of the joint front, and, once {@code nas export} has timed the exported
 * subnets on the devices, predicted against measured latency.
 *
 * <pre>{@code
 * Path page = RunReport.write(FinishedRun.load(dir), List.of());   // after a search
 * RunReport.write(run, measured);                                   // after an export
 * }</pre>
 */
public final class RunReport {

    /** The report's file name in a run directory. */
    public static final String FILE = "report.html";

    private RunReport() {
    }

    /** Writes the report into the run's directory; returns its path. */
    public static Path write(FinishedRun run, List<MeasuredSubnet> measured) {
        Path file = run.directory().path().resolve(FILE);
        page(run, measured).write(file);
        return file;
    }

    /** The report as a page. */
    public static HtmlPage page(FinishedRun run, List<MeasuredSubnet> measured) {
        RunConfig c = run.config();
        String score = scoreLabel(c.evaluator());
        HtmlPage page = new HtmlPage("jnas run " + c.name());
        page.paragraph(String.format(Locale.ROOT, "%d evaluations of space %s by %s (fitness %s,"
                + " seed %d); accuracy from evaluator '%s'; latency predicted by %s per device: %s.",
                run.history().size(), c.space(), c.strategy(), c.fitness(), c.seed(),
                c.evaluator(), c.predictor(), String.join(", ", c.devices())));
        for (String device : c.devices()) {
            page.heading("Pareto front on " + device);
            page.chart(FrontCharts.front(run.history(), run.front(device), device, score));
        }
        page.heading("Best so far");
        page.chart(FrontCharts.bestSoFar(run.history(), score));
        page.heading("Front members (" + FinishedRun.JOINT + ": non-dominated on all objectives)");
        frontTable(page, run, score);
        if (!measured.isEmpty()) {
            page.heading("Predicted vs measured latency of the exported subnets");
            page.paragraph("Measured end to end on each device through its latency agent ("
                    + String.join("; ", measured.stream().map(m -> m.device() + ": "
                            + m.protocol()).distinct().toList())
                    + "). Points on the dashed line were predicted exactly.");
            page.chart(FrontCharts.predictedVsMeasured(measured));
            measuredTable(page, measured);
        }
        return page;
    }

    static String scoreLabel(String evaluator) {
        return evaluator.equals("train") ? "validation accuracy" : evaluator + " score";
    }

    private static void frontTable(HtmlPage page, FinishedRun run, String score) {
        List<String> devices = run.config().devices();
        List<String> headers = new ArrayList<>(List.of("#", "hash", score));
        devices.forEach(d -> headers.add(d + " ms"));
        headers.addAll(List.of("params", "MFLOPs", "evaluation", "stages (kernel, expand,"
                + " channels)"));
        List<List<String>> rows = new ArrayList<>();
        List<Evaluation> byScore = run.front(FinishedRun.JOINT).stream()
                .sorted(Comparator.comparingDouble(Evaluation::accuracy).reversed()).toList();
        for (int i = 0; i < byScore.size(); i++) {
            Evaluation e = byScore.get(i);
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1), e.hash(),
                    fmt("%.4f", e.accuracy())));
            devices.forEach(d -> row.add(fmt("%.3f", e.latencyMs(d))));
            row.addAll(List.of(fmt("%,d", e.params()), fmt("%.2f", e.flops() / 1e6),
                    String.valueOf(e.index()), e.design().summary()));
            rows.add(row);
        }
        page.table(headers, rows);
    }

    private static void measuredTable(HtmlPage page, List<MeasuredSubnet> measured) {
        List<List<String>> rows = new ArrayList<>();
        for (MeasuredSubnet m : measured) {
            rows.add(List.of(String.valueOf(m.rank()), m.hash(), m.device(),
                    fmt("%.3f", m.predictedMs()), fmt("%.3f", m.measuredMs()),
                    fmt("%.3f", m.p10Ms()) + " - " + fmt("%.3f", m.p90Ms()),
                    fmt("%+.1f%%", 100 * m.relativeError())));
        }
        page.table(List.of("#", "hash", "device", "predicted ms", "measured ms (median)",
                "measured p10 - p90", "error"), rows);
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
