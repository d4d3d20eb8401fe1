package io.jnas.search.fitness;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MnasNet's reward (Tan et al. 2019), one factor per target device:
 * {@code ACC * prod_d (LAT_d / T_d)^w_d}. Soft: {@code w_d = w} (default -0.07) everywhere.
 * Hard: {@code w_d = 0} within the target and {@code -1} beyond it, so a slower network loses
 * fitness in proportion to how much it misses the target.
 *
 * <p>Proxies may score below 0; a negative score is divided by the factor instead, so a slower
 * network still gets a lower fitness than a faster one with the same score.
 *
 * <pre>{@code
 * MnasnetFitness f = MnasnetFitness.soft(Map.of("local", 5.0), -0.07);
 * double fitness = f.of(0.93, Map.of("local", 6.2));
 * }</pre>
 *
 * @param targetMs target latency T per device, in the run's device order
 * @param w the soft exponent (ignored when hard)
 * @param hard whether the hard variant (w = 0 within the target, -1 beyond) is used
 */
public record MnasnetFitness(Map<String, Double> targetMs, double w, boolean hard)
        implements Tournament {

    /** MnasNet's soft exponent. */
    public static final double DEFAULT_W = -0.07;

    public MnasnetFitness {
        requireNonNull(targetMs, "targetMs");
        if (targetMs.isEmpty()) {
            throw new IllegalArgumentException("targetMs must name at least one device");
        }
        targetMs.forEach((d, t) -> {
            if (t == null || !(t > 0) || t.isInfinite()) {
                throw new IllegalArgumentException("target latency of device '" + d
                        + "' must be > 0 ms, but was " + t);
            }
        });
        targetMs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targetMs));
        if (!(w <= 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("w must be a finite number <= 0, but was " + w);
        }
    }

    public static MnasnetFitness soft(Map<String, Double> targetMs, double w) {
        return new MnasnetFitness(targetMs, w, false);
    }

    public static MnasnetFitness hard(Map<String, Double> targetMs) {
        return new MnasnetFitness(targetMs, -1, true);
    }

    /**
     * The fitness of an accuracy at the given latencies.
     *
     * @throws IllegalArgumentException when a target device has no latency
     */
    public double of(double accuracy, Map<String, Double> latencyMs) {
        double factor = 1;
        for (Map.Entry<String, Double> t : targetMs.entrySet()) {
            Double lat = latencyMs.get(t.getKey());
            if (lat == null) {
                throw new IllegalArgumentException("latency of device '" + t.getKey()
                        + "' is missing; had " + latencyMs.keySet());
            }
            double ratio = Math.max(lat, 1e-9) / t.getValue();
            double exponent = hard ? (ratio <= 1 ? 0 : -1) : w;
            factor *= StrictMath.pow(ratio, exponent); // same bits on every JVM and CPU
        }
        return accuracy >= 0 ? accuracy * factor : accuracy / factor;
    }

    /** The highest fitness wins. */
    @Override
    public int winner(List<? extends Scored> sample) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("sample must not be empty");
        }
        int best = 0;
        for (int i = 1; i < sample.size(); i++) {
            if (sample.get(i).fitness() > sample.get(best).fitness()) {
                best = i;
            }
        }
        return best;
    }
}
