package io.jnas.benchmark;

import static java.util.Objects.requireNonNull;

import io.jnas.accuracy.CachedEvaluator;
import io.jnas.accuracy.TrainEvaluator;
import io.jnas.accuracy.TrainResult;
import io.jnas.arch.Architecture;
import io.jnas.cost.StaticCost;
import io.jnas.latency.Quantile;
import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetSampler;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Times one accuracy evaluator on distinct random subnets ({@code nas eval-bench}): wall and
 * process-CPU seconds per candidate, the scores, and their summary.
 *
 * <pre>{@code
 * List<Architecture> archs = EvalBench.distinctSubnets(space, 20, 42);
 * EvalBench.Summary s = EvalBench.measure(evaluator, archs, row -> print(row));
 * }</pre>
 */
public final class EvalBench {

    /**
     * One evaluated subnet.
     *
     * @param checkpoints for train: the accuracies at its checkpoints and whether it stopped
     *     early or diverged; empty otherwise
     */
    public record Row(int index, Architecture architecture, StaticCost cost, double score,
            double seconds, double cpuSeconds, String checkpoints, boolean stoppedEarly) {
    }

    /**
     * What the rows add up to.
     *
     * @param spearmanWithParams rank correlation of score and parameters (NaN under 3 rows)
     */
    public record Summary(int count, boolean train, double seconds, double cpuSeconds,
            double medianSeconds, double p10Seconds, double p90Seconds, double maxSeconds,
            double medianCpuSeconds, double minScore, double medianScore, double maxScore,
            double spearmanWithParams, int stoppedEarly) {
    }

    private EvalBench() {
    }

    /** Evaluates every architecture in order, tells {@code onRow} each, returns the summary. */
    public static Summary measure(CachedEvaluator e, List<Architecture> archs,
            Consumer<Row> onRow) {
        requireNonNull(onRow, "onRow");
        boolean train = e.delegate() instanceof TrainEvaluator;
        int n = archs.size();
        double[] seconds = new double[n];
        double[] cpu = new double[n];
        double[] scores = new double[n];
        double[] params = new double[n];
        int stopped = 0;
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int i = 0; i < n; i++) {
            Architecture a = archs.get(i);
            StaticCost c = StaticCost.of(a);
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            String extra = "";
            boolean stoppedEarly = false;
            if (e.delegate() instanceof TrainEvaluator t) {
                TrainResult r = t.train(a);
                scores[i] = r.accuracy();
                stoppedEarly = r.stoppedEarly();
                extra = r.checkpointAccuracies() + (r.stoppedEarly() ? " stopped" : "")
                        + (r.diverged() ? " diverged" : "");
            } else {
                scores[i] = e.evaluate(a);
            }
            stopped += stoppedEarly ? 1 : 0;
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (processCpuNanos() - c0) / 1e9;
            params[i] = c.params();
            onRow.accept(new Row(i + 1, a, c, scores[i], seconds[i], cpu[i], extra,
                    stoppedEarly));
        }
        double total = (System.nanoTime() - start) / 1e9;
        double totalCpu = (processCpuNanos() - cpuStart) / 1e9;
        double[] sorted = sorted(seconds);
        double[] s = sorted(scores);
        return new Summary(n, train, total, totalCpu, Quantile.of(sorted, 0.5),
                Quantile.of(sorted, 0.1), Quantile.of(sorted, 0.9), sorted[n - 1],
                Quantile.of(sorted(cpu), 0.5), s[0], Quantile.of(s, 0.5), s[n - 1],
                n >= 3 ? new SpearmansCorrelation().correlation(scores, params) : Double.NaN,
                stopped);
    }

    private static double[] sorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    /** CPU time of this JVM (all threads, PyTorch's included), or 0 where not available. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /**
     * {@code count} distinct architectures sampled uniformly per gene ({@link SubnetSampler}).
     *
     * @throws IllegalArgumentException when the space has fewer distinct subnets in reach
     */
    public static List<Architecture> distinctSubnets(SearchSpace s, int count, long seed) {
        return SubnetSampler.distinct(s, count, seed, "--n").stream().map(s::resolve).toList();
    }
}
