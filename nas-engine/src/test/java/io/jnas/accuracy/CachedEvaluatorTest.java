package io.jnas.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache alone: a counting stand-in evaluator (what is tested is caching, not scoring). */
class CachedEvaluatorTest {

    static SearchSpace space() {
        return SearchSpace.load(Path.of(System.getProperty("nas.home", ".."))
                .resolve("configs/spaces/mnist-small.yaml"));
    }

    /** Scores by parameter-free content (hash digits), counts calls, can block or fail. */
    static final class Counting implements AccuracyEvaluator {
        final AtomicInteger calls = new AtomicInteger();
        volatile CountDownLatch gate;
        volatile boolean fail;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public double evaluate(Architecture a) {
            calls.incrementAndGet();
            if (gate != null) {
                try {
                    gate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fail) {
                throw new IllegalStateException("boom " + a.hash());
            }
            return Long.parseLong(a.hash().substring(0, 6), 16);
        }
    }

    @Test
    void sameHashIsComputedOnce() {
        SearchSpace s = space();
        Counting c = new Counting();
        CachedEvaluator e = new CachedEvaluator(c);
        Architecture a = s.resolve(s.minimal());
        Architecture same = Architecture.fromJson(a.toJson());
        Architecture other = s.resolve(s.maximal());
        double first = e.evaluate(a);
        assertEquals(first, e.evaluate(same));
        e.evaluate(other);
        assertEquals(2, c.calls.get());
        assertEquals(1, e.hits());
        assertEquals(2, e.misses());
        assertEquals("counting", e.name());
    }

    @Test
    void concurrentRequestsForOneArchitectureShareOneComputation() throws Exception {
        SearchSpace s = space();
        Counting c = new Counting();
        c.gate = new CountDownLatch(1);
        CachedEvaluator e = new CachedEvaluator(c);
        Architecture a = s.resolve(s.sample(new Random(3)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> f = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                f.add(pool.submit(() -> e.evaluate(a)));
            }
            while (e.hits() + e.misses() < 4) {
                Thread.onSpinWait();
            }
            c.gate.countDown();
            for (Future<Double> x : f) {
                assertEquals(f.get(0).get(), x.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, c.calls.get());
        assertEquals(3, e.hits());
    }

    @Test
    void failuresAreNotCached() {
        SearchSpace s = space();
        Counting c = new Counting();
        c.fail = true;
        CachedEvaluator e = new CachedEvaluator(c);
        Architecture a = s.resolve(s.minimal());
        IllegalStateException x = assertThrows(IllegalStateException.class, () -> e.evaluate(a));
        assertTrue(x.getMessage().startsWith("boom "));
        c.fail = false;
        e.evaluate(a);
        assertEquals(2, c.calls.get(), "retried after the failure");
    }
}
