package io.jnas.search.fitness;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The objectives of multi-objective search: accuracy (up), latency on each device (down), and
 * optionally params and FLOPs (down). {@link #vector} turns them into an all-maximize vector (costs
 * negated) as Jenetics' {@code Vec.of(double...)} expects.
 *
 * <p>As a {@link Tournament} (regularized evolution with {@code fitness: pareto}), the member
 * dominated by the fewest others of the sample wins; ties go to the higher accuracy, then to the
 * first.
 *
 * @param devices latency objectives, one per device, in the run's device order
 * @param params whether parameter count is an objective
 * @param flops whether FLOPs are an objective
 */
public record ParetoObjectives(List<String> devices, boolean params, boolean flops)
        implements Tournament {

    public ParetoObjectives {
        devices = List.copyOf(requireNonNull(devices, "devices"));
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("devices must not be empty");
        }
    }

    /** Names of the vector's components, in order. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        n.add("accuracy");
        devices.forEach(d -> n.add("latency_ms[" + d + "]"));
        if (params) {
            n.add("params");
        }
        if (flops) {
            n.add("flops");
        }
        return n;
    }

    /** The objective vector, every component to be maximized. */
    public double[] vector(Scored e) {
        double[] v = new double[1 + devices.size() + (params ? 1 : 0) + (flops ? 1 : 0)];
        int i = 0;
        v[i++] = e.accuracy();
        for (String d : devices) {
            v[i++] = -e.latencyMs(d);
        }
        if (params) {
            v[i++] = -e.params();
        }
        if (flops) {
            v[i++] = -e.flops();
        }
        return v;
    }

    /** Whether {@code a} dominates {@code b}: no worse everywhere and better somewhere. */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return false;
            }
            better |= a[i] > b[i];
        }
        return better;
    }

    @Override
    public int winner(List<? extends Scored> sample) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("sample must not be empty");
        }
        List<double[]> v = sample.stream().map(this::vector).toList();
        int best = 0;
        int bestDominators = Integer.MAX_VALUE;
        for (int i = 0; i < v.size(); i++) {
            int dominators = 0;
            for (int j = 0; j < v.size(); j++) {
                if (j != i && dominates(v.get(j), v.get(i))) {
                    dominators++;
                }
            }
            if (dominators < bestDominators || (dominators == bestDominators
                    && sample.get(i).accuracy() > sample.get(best).accuracy())) {
                best = i;
                bestDominators = dominators;
            }
        }
        return best;
    }
}
