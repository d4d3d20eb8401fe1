package io.jnas.agent.cli;

import io.jnas.agent.Measurement;
import io.jnas.agent.MeasurementConditions;
import io.jnas.agent.timing.LatencyStats;
import io.jnas.agent.timing.TimingProtocol;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** Prints what {@code agent bench} found, with the conditions every figure depends on. */
final class BenchReport {

    private final PrintWriter out;

    BenchReport(PrintWriter out) {
        this.out = out;
    }

    void summary(List<Measurement> results, long startNanos, List<Long> arrivalNanos) {
        if (results.isEmpty()) {
            out.println("no block was measured");
            return;
        }
        MeasurementConditions c = results.get(0).conditions();
        TimingProtocol t = c.timing();
        out.printf(Locale.ROOT, "conditions: %s %s, %s, %s, batch %d, %d thread%s, %d warm-up + %d"
                        + " timed calls per round x %d rounds, re-measure when rounds cv > %.2f"
                        + " (up to %d times)%n", c.engine(), c.engineVersion(), c.device(),
                c.precision(), c.batch(), c.threads(), c.threads() == 1 ? "" : "s", t.warmup(),
                t.repetitions(), t.rounds(), t.maxCv(), t.maxRemeasure());
        DescriptiveStatistics wall = new DescriptiveStatistics();
        long previous = startNanos;
        for (long arrival : arrivalNanos) {
            wall.addValue((arrival - previous) / 1e6);
            previous = arrival;
        }
        double minutes = (arrivalNanos.get(arrivalNanos.size() - 1) - startNanos) / 6e10;
        out.printf(Locale.ROOT, "blocks measured:                  %d%n", results.size());
        distribution("block latency (median per block)", results, LatencyStats::medianMs, "ms");
        out.printf(Locale.ROOT, "time per measured block (wall):   median %.1f ms, p90 %.1f ms"
                        + " (build + warm-up + timed calls + re-measurements)%n",
                wall.getPercentile(50), wall.getPercentile(90));
        distribution("cv of all timed calls per block", results, LatencyStats::cv, "");
        distribution("cv of round medians per block", results, LatencyStats::roundsCv, "");
        long remeasured = results.stream().filter(m -> m.stats().remeasured() > 0).count();
        long unstable = results.stream().filter(m -> m.stats().unstable()).count();
        out.printf(Locale.ROOT, "re-measured:                      %d of %d blocks (%d still"
                + " unstable)%n", remeasured, results.size(), unstable);
        out.printf(Locale.ROOT, "throughput:                       %.1f blocks/minute (%d blocks"
                + " in %.1f s)%n", results.size() / minutes, results.size(), minutes * 60);
    }

    private void distribution(String label, List<Measurement> results,
            ToDoubleFunction<LatencyStats> f, String unit) {
        DescriptiveStatistics s = new DescriptiveStatistics();
        results.forEach(m -> s.addValue(f.applyAsDouble(m.stats())));
        String u = unit.isEmpty() ? "" : " " + unit;
        out.printf(Locale.ROOT, "%-33s min %.3f%s, p10 %.3f, median %.3f, p90 %.3f, max %.3f%s%n",
                label + ":", s.getMin(), u, s.getPercentile(10), s.getPercentile(50),
                s.getPercentile(90), s.getMax(), u);
    }
}
