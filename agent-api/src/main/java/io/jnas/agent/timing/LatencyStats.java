package io.jnas.agent.timing;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Statistics of one measurement, in milliseconds, over every timed call of every round.
 *
 * @param cv coefficient of variation (std / mean) of all timed calls
 * @param roundsCv coefficient of variation of the per-round medians: how far the rounds
 *     disagree; this, not {@code cv}, decides re-measuring (see {@link TimingHarness})
 * @param remeasured how many times the block was measured again because of spread
 * @param unstable {@code roundsCv} still above the threshold after the last re-measurement
 */
public record LatencyStats(
        double medianMs,
        double meanMs,
        double p10Ms,
        double p90Ms,
        double stdMs,
        double cv,
        int count,
        double roundsCv,
        List<Double> roundMediansMs,
        int remeasured,
        boolean unstable) {

    public LatencyStats {
        roundMediansMs = List.copyOf(roundMediansMs);
    }

    /**
     * Statistics of timed calls grouped by round.
     *
     * @param roundsMs one array of call times per round, each non-empty
     */
    public static LatencyStats of(List<double[]> roundsMs) {
        if (roundsMs.isEmpty()) {
            throw new IllegalArgumentException("roundsMs must not be empty");
        }
        DescriptiveStatistics all = new DescriptiveStatistics();
        DescriptiveStatistics medians = new DescriptiveStatistics();
        for (double[] round : roundsMs) {
            if (round.length == 0) {
                throw new IllegalArgumentException("every round must hold at least one call");
            }
            Arrays.stream(round).forEach(all::addValue);
            medians.addValue(new DescriptiveStatistics(round).getPercentile(50));
        }
        double mean = all.getMean();
        // a single call or a single round has no spread to speak of: report 0, not NaN
        double std = all.getN() > 1 ? all.getStandardDeviation() : 0;
        double roundsCv = medians.getN() > 1 && medians.getMean() > 0
                ? medians.getStandardDeviation() / medians.getMean() : 0;
        return new LatencyStats(all.getPercentile(50), mean, all.getPercentile(10),
                all.getPercentile(90), std, mean > 0 ? std / mean : 0, (int) all.getN(), roundsCv,
                Arrays.stream(medians.getValues()).boxed().toList(), 0, false);
    }

    /** The same figures with the re-measurement outcome. */
    public LatencyStats withRemeasure(int times, boolean stillUnstable) {
        return new LatencyStats(medianMs, meanMs, p10Ms, p90Ms, stdMs, cv, count, roundsCv,
                roundMediansMs, times, stillUnstable);
    }
}
