package io.jnas.agent.timing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Times a {@link Workload} by a {@link TimingProtocol}.
 *
 * <p>Each round draws a fresh input, runs the warm-up calls, then times each call alone with
 * {@link System#nanoTime()}; nothing else (no logging, no allocation of note, no statistics)
 * happens between the two clock reads (the clock is a field read once per call: a lambda the
 * JIT inlines). When the round medians disagree by more than
 * {@code maxCv} (coefficient of variation) the whole measurement is repeated, up to
 * {@code maxRemeasure} times, and the attempt whose rounds agree best is kept. The spread
 * between rounds, rather than between single calls, decides: the reported figure is a median,
 * which single slow calls barely move, but a round that runs at a different speed moves it.
 *
 * <pre>{@code LatencyStats s = new TimingHarness().measure(workload, protocol, () -> false);}</pre>
 */
public final class TimingHarness {

    private final LongSupplier clock;

    /** A harness on {@link System#nanoTime()}. */
    public TimingHarness() {
        this(System::nanoTime);
    }

    /** A harness on another clock, in nanoseconds (tests script the time calls take). */
    TimingHarness(LongSupplier clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Measures one workload.
     *
     * @param cancelled polled between rounds; when true the measurement stops
     * @throws CancellationException when {@code cancelled} turned true
     */
    public LatencyStats measure(Workload workload, TimingProtocol protocol,
            BooleanSupplier cancelled) {
        requireNonNull(workload, "workload");
        requireNonNull(protocol, "protocol");
        requireNonNull(cancelled, "cancelled");
        LatencyStats best = null;
        for (int attempt = 0; attempt <= protocol.maxRemeasure(); attempt++) {
            LatencyStats s = once(workload, protocol, cancelled);
            if (best == null || s.roundsCv() < best.roundsCv()) {
                best = s;
            }
            if (s.roundsCv() <= protocol.maxCv()) {
                return best.withRemeasure(attempt, false);
            }
        }
        return best.withRemeasure(protocol.maxRemeasure(), true);
    }

    private LatencyStats once(Workload w, TimingProtocol p, BooleanSupplier cancelled) {
        List<double[]> rounds = new ArrayList<>(p.rounds());
        for (int r = 0; r < p.rounds(); r++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("measurement cancelled by the caller");
            }
            w.newInput();
            if (w instanceof SelfTimedWorkload self) {
                rounds.add(selfTimed(self, p));
                continue;
            }
            for (int i = 0; i < p.warmup(); i++) {
                w.beforeCall();
                w.call();
                w.afterCall();
            }
            long[] nanos = new long[p.repetitions()];
            for (int i = 0; i < nanos.length; i++) {
                w.beforeCall();
                long t0 = clock.getAsLong();
                w.call();
                nanos[i] = clock.getAsLong() - t0;
                w.afterCall();
            }
            double[] ms = new double[nanos.length];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = nanos[i] / 1e6;
            }
            rounds.add(ms);
        }
        return LatencyStats.of(rounds);
    }

    private static double[] selfTimed(SelfTimedWorkload w, TimingProtocol p) {
        double[] ms = w.timeRound(p.warmup(), p.repetitions());
        if (ms.length != p.repetitions()) {
            throw new IllegalStateException("the engine reported " + ms.length
                    + " timings for a round of " + p.repetitions() + " repetitions");
        }
        return ms.clone();
    }
}
