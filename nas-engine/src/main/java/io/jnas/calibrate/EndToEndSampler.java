package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.space.SearchSpace;
import io.jnas.table.LookupTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Draws random subnets of a space and measures each end to end on one agent, one at a time.
 * Calibration and validation draw from different seeds and never share an architecture.
 */
public final class EndToEndSampler {

    /** Seed of the calibration draw; validation uses {@link #VALIDATION_SEED}. */
    public static final long CALIBRATION_SEED = 0x5eed_ca1bL;
    public static final long VALIDATION_SEED = 0x5eed_7e57L;

    private EndToEndSampler() {
    }

    /**
     * Distinct random architectures of a space whose blocks the table holds, none of whose hashes
     * is in {@code exclude}.
     *
     * @throws IllegalStateException when the table covers too few subnets of the space
     */
    public static List<Architecture> draw(SearchSpace space, int n, long seed, Set<String> exclude,
            LookupTable table) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Architecture> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(exclude);
        for (int tries = 0; out.size() < n && tries < n * 1000; tries++) {
            Architecture a = space.resolve(space.sample(rng));
            if (a.opKeys().stream().allMatch(table::contains) && seen.add(a.hash())) {
                out.add(a);
            }
        }
        if (out.size() < n) {
            throw new IllegalStateException("the table of " + table.metadata().hardwareId()
                    + " holds every block of only " + out.size() + " of " + n + " wanted subnets of "
                    + space.name() + ": build it for the whole space (`./nas tables build --space"
                    + " ...` without --sample)");
        }
        return out;
    }

    /** a0, b0, a1, b1, ...: the longer list's rest at the end. */
    public static <T> List<T> interleave(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i < a.size()) {
                out.add(a.get(i));
            }
            if (i < b.size()) {
                out.add(b.get(i));
            }
        }
        return out;
    }

    /** Measures each architecture end to end and adds its raw table sum. */
    public static List<MeasuredSample> measure(List<Architecture> archs, FleetAgent agent,
            MeasureSettings settings, LookupTablePredictor table, IntConsumer progress) {
        List<MeasuredSample> out = new ArrayList<>();
        for (int i = 0; i < archs.size(); i++) {
            Architecture a = archs.get(i);
            out.add(new MeasuredSample(a, agent.profileModel(a, settings), table.rawSumMs(a)));
            progress.accept(i + 1);
        }
        return out;
    }
}
