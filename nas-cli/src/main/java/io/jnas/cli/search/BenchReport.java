package io.jnas.cli.search;

import io.jnas.benchmark.SampleStats;
import io.jnas.benchmark.SearchBench;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of {@code nas search-bench} and {@code nas bench}: one row per strategy, then each
 * against the first.
 */
final class BenchReport {

    private BenchReport() {
    }

    /** The {@code search-bench} table: best fitness and hypervolume per device. */
    static void print(PrintWriter out, Map<String, List<SearchBench.Measure>> all,
            List<String> devices) {
        print(out, all, devices, "best fitness", "HV ");
    }

    /**
     * @param bestLabel the name of the best-score column (and of its comparison)
     * @param hvLabel the prefix of each device's hypervolume column
     */
    static void print(PrintWriter out, Map<String, List<SearchBench.Measure>> all,
            List<String> devices, String bestLabel, String hvLabel) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s  %-22s",
                "strategy", bestLabel));
        for (String d : devices) {
            head.append(String.format(Locale.ROOT, "  %-22s", hvLabel + d));
        }
        head.append(String.format(Locale.ROOT, "  %10s  %14s  %12s", "evals/min",
                "engine ms/eval", "(log+fsync)"));
        out.println(head);
        all.forEach((strategy, ms) -> {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s  %-22s",
                    strategy, SampleStats.meanSd(best(ms), "%.4f")));
            for (String d : devices) {
                row.append(String.format(Locale.ROOT, "  %-22s",
                        SampleStats.meanSd(hv(ms, d), "%.4f")));
            }
            double evals = ms.stream().mapToInt(SearchBench.Measure::evaluations).sum();
            double wall = ms.stream().mapToDouble(SearchBench.Measure::wallSeconds).sum();
            double inEval = ms.stream().mapToDouble(SearchBench.Measure::evaluatorSeconds).sum();
            double inLog = ms.stream().mapToDouble(SearchBench.Measure::logSeconds).sum();
            row.append(String.format(Locale.ROOT, "  %,10.0f  %14.3f  %12.3f", evals / wall * 60,
                    (wall - inEval) / evals * 1000, inLog / evals * 1000));
            out.println(row);
        });
        out.println("(mean ± sd over seeds; engine ms/eval = run wall time outside"
                + " AccuracyEvaluator.evaluate per evaluation, of which appending + fsyncing the"
                + " log and writing checkpoints)");
        String first = all.keySet().iterator().next();
        all.forEach((strategy, ms) -> {
            if (strategy.equals(first)) {
                return;
            }
            List<SearchBench.Measure> base = all.get(first);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%s vs %s: %s %+.4f (Welch p = %.3g)", first, strategy, bestLabel,
                    mean(best(base)) - mean(best(ms)),
                    SampleStats.welch(best(base), best(ms))));
            for (String d : devices) {
                line.append(String.format(Locale.ROOT, "; %s%s %+.4f (p = %.3g)", hvLabel, d,
                        mean(hv(base, d)) - mean(hv(ms, d)),
                        SampleStats.welch(hv(base, d), hv(ms, d))));
            }
            out.println(line);
        });
        out.flush();
    }

    private static double[] best(List<SearchBench.Measure> ms) {
        return ms.stream().mapToDouble(SearchBench.Measure::best).toArray();
    }

    private static double[] hv(List<SearchBench.Measure> ms, String device) {
        return ms.stream().mapToDouble(m -> m.hypervolume().get(device)).toArray();
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(Double.NaN);
    }
}
