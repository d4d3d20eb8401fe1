package io.jnas.calibrate;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Architecture;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.ModelLatency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * THE end-to-end protocol on a shared machine (docs/tables.md): every measurement of a network
 * sits between two measurements of a fixed reference network, and counts as the ratio of the
 * two, so load that comes and goes over seconds cancels. Several rounds, each on a freshly built
 * model; a round whose ratio is an outlier is measured again and replaced; the timed calls of a round are
 * raised until they last at least {@code minRoundMs}, so sub-millisecond networks are timed
 * long enough. A few untimed reference measurements first absorb the "first network in a
 * process is slower" effect.
 *
 * <pre>{@code
 * RatioTimer t = new RatioTimer(agent, reference, referenceSumMs, settings, RatioTimer.Plan.DEFAULT);
 * t.warmUp();
 * RatioMeasurement m = t.measure(architecture, tableSumMs);
 * double ms = m.stats().median() * t.referenceLevelMs();
 * }</pre>
 */
public final class RatioTimer {

    /**
     * How many rounds and how long.
     *
     * @param rounds rounds per network
     * @param maxExtraRounds cap on rounds added for outliers
     * @param minRoundMs least time the timed calls of one agent round take
     * @param tolerance a round whose ratio is further than this share from the median is measured again
     * @param warmupMeasurements untimed reference measurements at the start of a process
     * @param agentRounds rounds of timed calls inside one agent call
     */
    public record Plan(int rounds, int maxExtraRounds, double minRoundMs, double tolerance,
            int warmupMeasurements, int agentRounds) {

        public static final Plan DEFAULT = new Plan(5, 3, 25, 0.05, 3, 2);

        public Plan {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be >= 1, but was " + rounds);
            }
            if (maxExtraRounds < 0 || warmupMeasurements < 0 || agentRounds < 1) {
                throw new IllegalArgumentException("maxExtraRounds and warmupMeasurements must be"
                        + " >= 0 and agentRounds >= 1, but were " + maxExtraRounds + ", "
                        + warmupMeasurements + ", " + agentRounds);
            }
        }

        /** One line for the console, printed with every figure. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "ratio to a reference net measured before"
                    + " and after each round; %d rounds (up to %d outlier rounds beyond"
                    + " %.0f%% measured again), >= %.0f ms of timed calls per agent round, %d agent rounds per"
                    + " call, %d untimed reference measurements first", rounds, maxExtraRounds,
                    100 * tolerance, minRoundMs, agentRounds, warmupMeasurements);
        }
    }

    private final FleetAgent agent;
    private final Architecture reference;
    private final double referenceSumMs;
    private final MeasureSettings base;
    private final Plan plan;
    private final List<Double> referenceMs = new ArrayList<>();
    private double lastReferenceMs = Double.NaN;

    public RatioTimer(FleetAgent agent, Architecture reference, double referenceSumMs,
            MeasureSettings base, Plan plan) {
        this.agent = requireNonNull(agent, "agent");
        this.reference = requireNonNull(reference, "reference");
        this.referenceSumMs = referenceSumMs;
        this.base = requireNonNull(base, "base");
        this.plan = requireNonNull(plan, "plan");
    }

    public Architecture reference() {
        return reference;
    }

    public Plan plan() {
        return plan;
    }

    /** Untimed reference measurements: the first network of a process runs slower. */
    public void warmUp() {
        for (int i = 0; i < plan.warmupMeasurements(); i++) {
            time(reference, referenceSumMs);
        }
    }

    /** Measures one network; {@code expectedMs} (its table sum) sets the calls per round. */
    public RatioMeasurement measure(Architecture a, double expectedMs) {
        List<Double> ratios = new ArrayList<>();
        ModelLatency last = null;
        for (int r = 0; r < plan.rounds(); r++) {
            last = round(a, expectedMs, ratios);
        }
        int extra = 0;
        List<Integer> outliers = RatioStats.outliers(toArray(ratios), plan.tolerance());
        while (extra < plan.maxExtraRounds() && !outliers.isEmpty()) {
            // the outlier round is measured again and its ratio replaced
            List<Double> again = new ArrayList<>();
            last = round(a, expectedMs, again);
            ratios.set(outliers.get(0), again.get(0));
            extra++;
            outliers = RatioStats.outliers(toArray(ratios), plan.tolerance());
        }
        return new RatioMeasurement(a, toArray(ratios), extra, repetitions(expectedMs),
                last.protocol());
    }

    private ModelLatency round(Architecture a, double expectedMs, List<Double> ratios) {
        double before = Double.isNaN(lastReferenceMs) ? referenceNow() : lastReferenceMs;
        ModelLatency net = time(a, expectedMs);
        double after = referenceNow();
        ratios.add(net.medianMs() / Math.sqrt(before * after));
        return net;
    }

    private double referenceNow() {
        lastReferenceMs = time(reference, referenceSumMs).medianMs();
        referenceMs.add(lastReferenceMs);
        return lastReferenceMs;
    }

    private ModelLatency time(Architecture a, double expectedMs) {
        MeasureSettings s = new MeasureSettings(base.engine(), base.device(), base.batch(),
                base.dtype(), base.threads(), base.warmup(), repetitions(expectedMs),
                plan.agentRounds(), base.maxCv(), base.maxRemeasure());
        return agent.profileModel(a, s);
    }

    /** Timed calls per agent round: enough to last {@code minRoundMs}, at least 10. */
    int repetitions(double expectedMs) {
        int wanted = (int) Math.ceil(plan.minRoundMs() / Math.max(expectedMs, 0.01));
        return Math.max(Math.max(10, base.repetitions()), Math.min(wanted, 2000));
    }

    /** The reference's robust level in this run: the median of all its measurements. */
    public double referenceLevelMs() {
        return RatioStats.of(toArray(referenceMs)).median();
    }

    /** How many times the reference was measured (warm-up excluded). */
    public int referenceCount() {
        return referenceMs.size();
    }

    /** The reference's spread in this run. */
    public RatioStats referenceStats() {
        return RatioStats.of(toArray(referenceMs));
    }

    private static double[] toArray(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String toString() {
        return "RatioTimer" + Arrays.asList(reference.hash(), plan);
    }
}
