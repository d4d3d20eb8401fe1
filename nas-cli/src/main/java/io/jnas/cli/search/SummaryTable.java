package io.jnas.cli.search;

import io.jnas.arch.Architecture;
import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.PredictionBand;
import io.jnas.run.RunCounters;
import io.jnas.run.RunResult;
import io.jnas.search.Evaluation;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The console summary of a finished run: the front per device, the best, counts, where. */
final class SummaryTable {

    private SummaryTable() {
    }

    static void print(RunResult r, PrintWriter out) {
        print(r, out, Map.of());
    }

    /**
     * @param predictors each device's predictor: the front shows its p10/p90 band per member
     */
    static void print(RunResult r, PrintWriter out, Map<String, LatencyPredictor> predictors) {
        r.fronts().forEach((device, front) -> printFront(device, front, r.history().size(),
                predictors.get(device), out));
        if (r.config().devices().size() > 1 || !r.config().extraObjectives().isEmpty()) {
            printJoint(r, predictors, out);
        }
        r.best().ifPresent(b -> out.printf(Locale.ROOT,
                "Best fitness %.4f: %s (accuracy %.4f, %s, %,d params, %.2f MFLOPs)%n",
                b.fitness(), b.hash(), b.accuracy(), latencies(b), b.params(), b.flops() / 1e6));
        RunCounters c = r.counters();
        out.printf(Locale.ROOT, "%d evaluations in %s (%d replayed from the log); %d proposals"
                + " rejected by constraints, %d repaired; %d duplicate proposals skipped%n",
                r.history().size(), duration(r.wall()), r.replayed(), c.rejected(), c.repaired(),
                c.duplicates());
        out.println("Stopped: " + r.stopReason());
        out.println("Results: " + r.directory().path());
        out.println("  config.yaml        the exact config" + (r.config().async()
                ? " (asynchronous: not resumable)" : " (continue with --resume "
                + r.directory().path() + ")"));
        out.println("  evaluations.jsonl  every evaluation, in order"
                + (r.config().async() ? " of finishing" : ""));
        out.println("  checkpoint.json    population and random state");
        out.println("  pareto.json        the Pareto set per device");
        out.flush();
    }

    private static void printFront(String device, List<Evaluation> front, int total,
            LatencyPredictor predictor, PrintWriter out) {
        out.printf(Locale.ROOT, "Pareto front on %s: %d of %d evaluations (accuracy up, latency"
                + " down)%n", device, front.size(), total);
        printRows(device, front, predictor, out);
    }

    private static void printRows(String device, List<Evaluation> front,
            LatencyPredictor predictor, PrintWriter out) {
        out.printf(Locale.ROOT, "  %3s  %10s  %15s  %8s  %9s  %8s  %-16s  %5s%n", "#",
                "latency ms", "p10..p90 ms", "accuracy", "params", "MFLOPs", "hash", "index");
        int i = 1;
        for (Evaluation e : front) {
            // cells are known by their string; block lists only by hash (their JSON is long)
            String name = e.design() instanceof Architecture ? "" : "  " + e.design().notation();
            out.printf(Locale.ROOT, "  %3d  %10.3f  %15s  %8.4f  %,9d  %8.2f  %-16s  %5d%s%n", i++,
                    e.latencyMs(device), band(predictor, e), e.accuracy(), e.params(),
                    e.flops() / 1e6, e.hash(), e.index(), name);
        }
    }

    /** The prediction's p10/p90 band, or "-" when the predictor knows none. */
    private static String band(LatencyPredictor p, Evaluation e) {
        if (p == null) {
            return "-";
        }
        try {
            PredictionBand b = p.band(e.design());
            return b.p10Ms() == b.p90Ms() ? "-"
                    : String.format(Locale.ROOT, "%.3f..%.3f", b.p10Ms(), b.p90Ms());
        } catch (RuntimeException ex) {
            return "-";
        }
    }

    /** The front over every objective, by latency on the first device. */
    private static void printJoint(RunResult r, Map<String, LatencyPredictor> predictors,
            PrintWriter out) {
        List<String> down = new java.util.ArrayList<>();
        r.config().devices().forEach(d -> down.add("latency on " + d));
        down.addAll(r.config().extraObjectives());
        String first = r.config().devices().get(0);
        List<Evaluation> joint = r.joint().stream()
                .sorted(java.util.Comparator.comparingDouble(e -> e.latencyMs(first))).toList();
        out.printf(Locale.ROOT, "Joint Pareto front: %d of %d evaluations (accuracy up; %s down;"
                + " latency ms: %s), what nas export exports%n", joint.size(), r.history().size(),
                String.join(", ", down), first);
        printRows(first, joint, predictors.get(first), out);
    }

    private static String latencies(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        e.latencyMs().forEach((d, ms) -> sb.append(sb.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.3f ms", d, ms)));
        return sb.toString();
    }

    /** 2h03m, 4m05s, 12.3s. */
    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
