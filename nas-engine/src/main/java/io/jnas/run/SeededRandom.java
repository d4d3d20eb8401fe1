package io.jnas.run;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The run's random generator: L64X256MixRandom from a seed, counting its draws. Every other
 * method of {@link RandomGenerator} derives from {@link #nextLong()} (the interface's specified
 * defaults), so {@code (seed, draws)} is the complete state: a checkpoint records it, and a
 * resumed run checks that its replay reached the same state.
 *
 * <pre>{@code
 * SeededRandom rng = new SeededRandom(42);
 * int gene = rng.nextInt(3);
 * long state = rng.draws();
 * }</pre>
 */
public final class SeededRandom implements RandomGenerator {

    /** The algorithm, recorded with the state in checkpoints. */
    public static final String ALGORITHM = "L64X256MixRandom";

    private final long seed;
    private final RandomGenerator delegate;
    private long draws;

    public SeededRandom(long seed) {
        this.seed = seed;
        this.delegate = RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }

    /** The generator in state {@code (seed, draws)}. */
    public static SeededRandom at(long seed, long draws) {
        SeededRandom r = new SeededRandom(seed);
        for (long i = 0; i < draws; i++) {
            r.nextLong();
        }
        return r;
    }

    @Override
    public long nextLong() {
        draws++;
        return delegate.nextLong();
    }

    public long seed() {
        return seed;
    }

    /** Number of 64-bit values drawn so far. */
    public long draws() {
        return draws;
    }
}
