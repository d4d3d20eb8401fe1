package io.jnas.accuracy;

import ai.djl.engine.Engine;
import io.jnas.model.DjlRuntime;
import java.util.function.Supplier;

/**
 * Runs parameter initialization under a fixed engine seed. PyTorch has one global generator, so
 * seeding and drawing happen under one lock: candidates evaluated on several threads still get
 * exactly the weights that a single-threaded run would give them.
 */
public final class SeededInit {

    private static final Object LOCK = new Object();

    private SeededInit() {
    }

    /** Runs {@code init} with the engine seeded from {@code seed}; returns what it returns. */
    public static <T> T withSeed(long seed, Supplier<T> init) {
        Engine engine = DjlRuntime.engine();
        synchronized (LOCK) {
            engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
            return init.get();
        }
    }

    /** Runs {@code init} with the engine seeded from {@code seed}. */
    public static void withSeed(long seed, Runnable init) {
        withSeed(seed, () -> {
            init.run();
            return null;
        });
    }
}
