package io.jnas.accuracy;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * Remembers each architecture's score by {@link Architecture#hash()}: evolution revisits
 * architectures often, and training one again would cost seconds for the same number. Thread-safe;
 * when two threads ask for the same new architecture, one computes and the other waits for that
 * result. A failed evaluation is not cached.
 *
 * <pre>{@code
 * AccuracyEvaluator e = new CachedEvaluator(new SynFlowProxy(42));
 * }</pre>
 */
public final class CachedEvaluator implements AccuracyEvaluator {

    private final AccuracyEvaluator delegate;
    private final ConcurrentHashMap<String, CompletableFuture<Double>> cache =
            new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public CachedEvaluator(AccuracyEvaluator delegate) {
        this.delegate = requireNonNull(delegate, "delegate");
    }

    @Override
    public String name() {
        return delegate.name();
    }

    public AccuracyEvaluator delegate() {
        return delegate;
    }

    @Override
    public double evaluate(Architecture architecture) {
        return cached(architecture.hash(), () -> delegate.evaluate(architecture));
    }

    /** Designs of other spaces are cached the same way, by their hash. */
    @Override
    public double evaluate(Design design) {
        return cached(design.hash(), () -> delegate.evaluate(design));
    }

    private double cached(String key, DoubleSupplier compute) {
        CompletableFuture<Double> mine = new CompletableFuture<>();
        CompletableFuture<Double> existing = cache.putIfAbsent(key, mine);
        if (existing != null) {
            hits.incrementAndGet();
            try {
                return existing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + key, e);
            } catch (ExecutionException e) {
                // the computing thread rethrew this; ours may retry later
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        misses.incrementAndGet();
        try {
            double v = compute.getAsDouble();
            mine.complete(v);
            return v;
        } catch (RuntimeException | Error e) {
            cache.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Evaluations answered from the cache (including those that waited for another thread). */
    public long hits() {
        return hits.get();
    }

    /** Evaluations computed by the delegate. */
    public long misses() {
        return misses.get();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
