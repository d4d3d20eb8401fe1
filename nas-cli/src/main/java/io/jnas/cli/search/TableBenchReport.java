package io.jnas.cli.search;

import io.jnas.benchmark.SampleStats;
import io.jnas.benchmark.SearchBench;
import io.jnas.benchmark.TableBench;
import io.jnas.codec.CellCodec;
import io.jnas.recorded.BudgetRegret;
import io.jnas.recorded.RecordedTable;
import io.jnas.recorded.TableOptimum;
import io.jnas.report.BenchPage;
import io.jnas.report.RegretByBudget;
import io.jnas.run.BestSoFarCurves;
import io.jnas.run.RunConfig;
import io.jnas.run.RunDirectory;
import io.jnas.search.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@code nas bench} prints and writes: the setting and the table's optimum, the comparison
 * table ({@link BenchReport}), how often each strategy found the table's best, the report
 * column, and the files {@code curves.csv} (mean best-so-far per evaluation count) and
 * {@code summary.csv} (one row per run).
 */
final class TableBenchReport {

    private TableBenchReport() {
    }

    static void header(PrintWriter out, RunConfig c, CellCodec codec, TableOptimum t,
            RecordedTable accuracy, int seeds, long firstSeed) {
        out.printf(Locale.ROOT, "bench: space %s (%,d cells), %d evaluations x %d seeds (%d..%d)%n",
                codec.spaceName(), codec.space().size(), c.evaluations(), seeds, firstSeed,
                firstSeed + seeds - 1);
        out.printf(Locale.ROOT, "accuracy: %s column %s (table best %.4f: %s)%n", accuracy.file(),
                c.evaluatorOptions().get("column"), t.bestAccuracy(), t.bestKey());
        out.printf(Locale.ROOT, "latency: %s, devices %s (recorded)%n", c.recordedLatency(),
                String.join(", ", c.devices()));
        out.printf(Locale.ROOT, "settings: population %d, sample %d, mutation %.3f, crossover"
                + " %.2f; fitness %s%n", c.population(), c.sampleSize(), c.mutation(),
                c.crossover(), c.fitness());
        StringJoiner ref = new StringJoiner("; ");
        t.reference().forEach((d, p) -> ref.add(String.format(Locale.ROOT,
                "%s: accuracy %.4f, %.4f ms, true front of %d", d, p.accuracy(), p.latencyMs(),
                t.front().get(d).size())));
        out.println("HV share = HV(found front) / HV(table's true front), both against the"
                + " table's worst accuracy and the device's worst latency (" + ref + ")");
    }

    static void results(PrintWriter out, Map<String, List<TableBench.Outcome>> all, RunConfig c,
            TableOptimum t, BudgetRegret regret, String reportColumn, Path dir) {
        Map<String, List<SearchBench.Measure>> measures = new LinkedHashMap<>();
        all.forEach((s, os) -> measures.put(s, os.stream().map(TableBench.Outcome::measure)
                .toList()));
        String column = c.evaluatorOptions().get("column");
        BenchReport.print(out, measures, c.devices(), "best " + column, "HV share ");
        printRegret(out, all, c.devices(), regret);
        StringJoiner found = new StringJoiner(", ");
        all.forEach((s, os) -> found.add(s + " " + os.stream().filter(
                TableBench.Outcome::foundBest).count() + "/" + os.size()));
        out.printf(Locale.ROOT, "found the table's best (%s %.4f): %s%n", column,
                t.bestAccuracy(), found);
        if (reportColumn != null) {
            StringJoiner rep = new StringJoiner(", ");
            all.forEach((s, os) -> rep.add(s + " " + SampleStats.meanSd(os.stream()
                    .mapToDouble(o -> o.reported().orElseThrow()).toArray(), "%.4f")));
            out.printf(Locale.ROOT, "%s of each run's best by %s: %s%n", reportColumn, column, rep);
        }
        Map<String, List<List<Evaluation>>> histories = new LinkedHashMap<>();
        all.forEach((s, os) -> histories.put(s, os.stream().map(TableBench.Outcome::history)
                .toList()));
        BestSoFarCurves curves = BestSoFarCurves.of(histories, c.evaluations());
        RunDirectory.writeAtomically(dir.resolve("curves.csv"), curves.toCsv());
        String summary = summary(all, c, reportColumn);
        RunDirectory.writeAtomically(dir.resolve("summary.csv"), summary);
        List<String> lines = summary.lines().toList();
        new BenchPage("nas bench: " + c.space(), String.format(Locale.ROOT, "%d evaluations x %d"
                + " seeds per strategy; accuracy column %s (table's best %.4f); devices %s."
                + " HV share: hypervolume of the found front / the table's true front.",
                c.evaluations(), all.values().iterator().next().size(), column, t.bestAccuracy(),
                c.devices()), curves, column, t.bestAccuracy(), regretByBudget(all, c, regret),
                List.of(lines.get(0).split(",")), lines.subList(1, lines.size()).stream()
                        .map(l -> List.of(l.split(","))).toList())
                .write(dir.resolve("report.html"));
        out.println("files: " + dir.resolve("curves.csv") + " (mean best-so-far " + column
                + " per evaluation), " + dir.resolve("summary.csv") + " (one row per run), "
                + dir.resolve("report.html") + " (best-so-far and regret plots), "
                + dir.resolve("runs") + "/<strategy>-<seed>/ (every run)");
        out.flush();
    }

    private static RegretByBudget regretByBudget(Map<String, List<TableBench.Outcome>> all,
            RunConfig c, BudgetRegret regret) {
        Map<String, Map<String, double[]>> mean = new LinkedHashMap<>();
        for (String d : c.devices()) {
            Map<String, double[]> byStrategy = new LinkedHashMap<>();
            all.forEach((s, os) -> {
                double[] m = new double[regret.quantiles().size()];
                os.forEach(o -> {
                    double[] r = o.regret().get(d);
                    for (int i = 0; i < m.length; i++) {
                        m[i] += r[i] / os.size();
                    }
                });
                byStrategy.put(s, m);
            });
            mean.put(d, byStrategy);
        }
        return new RegretByBudget(regret.quantiles(), mean);
    }

    /** Budget regret per strategy and device (mean ± sd over seeds), with its budgets. */
    static void printRegret(PrintWriter out, Map<String, List<TableBench.Outcome>> all,
            List<String> devices, BudgetRegret regret) {
        StringJoiner q = new StringJoiner(", ");
        regret.quantiles().forEach(x -> q.add(String.format(Locale.ROOT, "%.0f", x * 100)));
        out.println("budget regret (accuracy points; per device, budgets at the " + q + "%"
                + " quantiles of its latency column: mean over the budgets of the table's best"
                + " within the budget minus the run's best within it; 0 = found every budget's"
                + " best):");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", "strategy"));
        devices.forEach(d -> head.append(String.format(Locale.ROOT, "  %-18s", d)));
        out.println(head);
        all.forEach((s, os) -> {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s", s));
            devices.forEach(d -> row.append(String.format(Locale.ROOT, "  %-18s",
                    SampleStats.meanSd(os.stream().mapToDouble(o -> o.meanRegret(d))
                            .toArray(), "%.3f"))));
            out.println(row);
        });
    }

    private static String summary(Map<String, List<TableBench.Outcome>> all, RunConfig c,
            String reportColumn) {
        StringBuilder sb = new StringBuilder("strategy,seed,evaluations,best_accuracy,best_arch,"
                + "found_best");
        if (reportColumn != null) {
            sb.append(",").append(reportColumn);
        }
        c.devices().forEach(d -> sb.append(",hv_share_").append(d));
        c.devices().forEach(d -> sb.append(",regret_").append(d));
        sb.append('\n');
        all.forEach((s, os) -> os.forEach(o -> {
            SearchBench.Measure m = o.measure();
            sb.append(String.format(Locale.ROOT, "%s,%d,%d,%.6f,%s,%b", s, m.seed(),
                    o.history().size(), m.best(), o.bestKey(), o.foundBest()));
            o.reported().ifPresent(v -> sb.append(String.format(Locale.ROOT, ",%.6f", v)));
            c.devices().forEach(d -> sb.append(String.format(Locale.ROOT, ",%.6f",
                    m.hypervolume().get(d))));
            c.devices().forEach(d -> sb.append(String.format(Locale.ROOT, ",%.6f",
                    o.meanRegret(d))));
            sb.append('\n');
        }));
        return sb.toString();
    }
}
