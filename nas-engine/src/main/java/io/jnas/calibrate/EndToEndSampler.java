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
    /** Seed of the reference network of the ratio protocol. */
    public static final long REFERENCE_SEED = 0x5eed_4e4eL;

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

    /** The fixed reference network of the ratio protocol for a space and table. */
    public static Architecture reference(SearchSpace space, LookupTable table) {
        return draw(space, 1, REFERENCE_SEED, Set.of(), table).get(0);
    }

    /**
     * Measures each architecture end to end under the ratio protocol ({@link RatioTimer}), after
     * the timer's warm-up.
     */
    public static List<RatioMeasurement> measure(List<Architecture> archs, RatioTimer timer,
            LookupTablePredictor table, IntConsumer progress) {
        timer.warmUp();
        List<RatioMeasurement> out = new ArrayList<>();
        for (int i = 0; i < archs.size(); i++) {
            Architecture a = archs.get(i);
            out.add(timer.measure(a, table.rawSumMs(a)));
            progress.accept(i + 1);
        }
        return out;
    }

    /** A timer on an agent with the space's reference network. */
    public static RatioTimer timer(FleetAgent agent, SearchSpace space, LookupTable table,
            MeasureSettings settings) {
        Architecture ref = reference(space, table);
        return new RatioTimer(agent, ref,
                LookupTablePredictor.of(table, io.jnas.latency.Calibration.identity(), null)
                        .rawSumMs(ref), settings, RatioTimer.Plan.DEFAULT);
    }

    /** Ratio measurements in milliseconds: each ratio times {@code levelMs}. */
    public static List<MeasuredSample> inMs(List<RatioMeasurement> ms, double levelMs,
            LookupTablePredictor table) {
        return ms.stream().map(m -> MeasuredSample.of(m, levelMs, table.features(m.architecture())))
                .toList();
    }
}
