package io.jnas.agent;

import io.jnas.agent.guard.MeasurementQueue;
import io.jnas.agent.guard.RequestRejectedException;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.profiler.Profiler;
import io.jnas.agent.timing.Workload;
import io.jnas.arch.OpKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Untimed calls on a few typical blocks, first in the queue of a new agent. The first blocks a
 * fresh JVM times run 2-4x slower than the same blocks later (the JIT compiles DJL's forward
 * path, the engine fills its caches); without this, whichever blocks a client asks for first
 * would carry that cost into the table.
 */
final class StartupWarmup implements MeasurementQueue.Job {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmup.class);
    private static final List<String> BLOCKS = List.of(
            "stem:i3:o16:k3:s2:e1:relu:se0:32x32",
            "mbconv:i16:o24:k3:s2:e3:relu:se1:16x16",
            "mbconv:i24:o24:k5:s1:e6:hardswish:se0:8x8",
            "head:i24:o64:k1:s1:e1:relu:se0:8x8",
            "fc:i64:o10:k1:s1:e1:none:se0:1x1");

    private final Profiler profiler;
    private final Duration duration;
    private final CountDownLatch done = new CountDownLatch(1);

    StartupWarmup(Profiler profiler, Duration duration) {
        this.profiler = profiler;
        this.duration = duration;
    }

    /** Counts down once the warm-up ran (or will never run). */
    CountDownLatch done() {
        return done;
    }

    @Override
    public void run() {
        try {
            warmUp();
        } finally {
            done.countDown();
        }
    }

    private void warmUp() {
        long end = System.nanoTime() + duration.toNanos();
        long calls = 0;
        try {
            while (System.nanoTime() < end) {
                for (String key : BLOCKS) {
                    try (Workload w = profiler.newBlockWorkload(OpKey.parse(key).toBlockSpec(), 1,
                            Precision.FLOAT32)) {
                        w.newInput();
                        for (int i = 0; i < 20; i++) {
                            w.beforeCall();
                            w.call();
                            w.afterCall();
                            calls++;
                        }
                    }
                }
            }
            LOG.info("start-up warm-up: {} untimed calls in {} ms", calls, duration.toMillis());
        } catch (RuntimeException e) {
            // a warm-up that fails says the engine is broken: the first real call will say how
            LOG.warn("start-up warm-up failed after {} calls: {}", calls, e.toString());
        }
    }

    @Override
    public void abandon(RequestRejectedException why) {
        done.countDown();
    }
}
